import PgBoss from 'pg-boss';
import type { Database, SqlExecutor } from '../db/client.ts';

export type Jobs = PgBoss;

/** pg-boss's own connection interface, bound to an executor (a pool, PGlite, or an open transaction). */
export function bossDb(sql: SqlExecutor): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  return { executeSql: (text, values) => sql.query(text, values) };
}

/** An arbitrary constant: the advisory lock that lets one node at a time create pg-boss queues. */
const QUEUE_CREATION_LOCK = 7_420_116;

/**
 * pg-boss on the same database as the data, so that a job can be enqueued in
 * the transaction of the change that causes it.
 */
export function createJobs(database: Database, postgresUrl: string | undefined): Jobs {
  const common = { schema: 'pgboss', supervise: true, schedule: true } as const;
  if (database.kind === 'postgres') {
    const boss = new PgBoss({ ...common, connectionString: postgresUrl, max: 4 });
    // Creating a queue attaches a partition with DDL: nodes starting together on a fresh
    // database deadlock on it, so they create queues one node at a time.
    const createQueue = boss.createQueue.bind(boss);
    boss.createQueue = (name, options) =>
      database.transaction(async (tx) => {
        await tx.sql.query('SELECT pg_advisory_xact_lock($1)', [QUEUE_CREATION_LOCK]);
        await createQueue(name, options);
      });
    return boss;
  }
  return new PgBoss({ ...common, db: bossDb(database.sql) });
}
