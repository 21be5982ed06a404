import PgBoss from 'pg-boss';
import type { Database, SqlExecutor } from '../db/client.ts';

export type Jobs = PgBoss;

/** pg-boss's own connection interface, bound to an executor (a pool, PGlite, or an open transaction). */
export function bossDb(sql: SqlExecutor): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  return { executeSql: (text, values) => sql.query(text, values) };
}

/**
 * pg-boss on the same database as the data, so that a job can be enqueued in
 * the transaction of the change that causes it.
 */
export function createJobs(database: Database, postgresUrl: string | undefined): Jobs {
  const common = { schema: 'pgboss', supervise: true, schedule: true } as const;
  if (database.kind === 'postgres') {
    return new PgBoss({ ...common, connectionString: postgresUrl, max: 4 });
  }
  return new PgBoss({ ...common, db: bossDb(database.sql) });
}
