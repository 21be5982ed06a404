import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';

/** The Drizzle handle every service receives; the same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface SqlResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Raw SQL on the same connection as a Drizzle handle (pg-boss and hand-written SQL use it). */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<SqlResult<Row>>;
}

/** An open transaction: Drizzle and raw SQL on one connection. */
export interface Tx {
  db: Db;
  sql: SqlExecutor;
}

export interface Database extends Tx {
  kind: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Subscribes to a LISTEN channel; returns the unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: 'pglite'; dataDir?: string } | { kind: 'postgres'; url: string; poolSize?: number };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'pglite' ? openPglite(target.dataDir) : openPostgres(target.url, target.poolSize ?? 10);
}

/** PGlite is one connection inside this process: its own queue serialises every query and transaction. */
async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const asExecutor = (c: PGlite | PgliteTransaction): SqlExecutor => ({
    async query<Row>(text: string, values?: unknown[]) {
      // Parameterless text may hold several statements (pg-boss migrations): only exec() runs those.
      if (!values || values.length === 0) {
        const results = await c.exec(text);
        const last = results[results.length - 1];
        return { rows: (last?.rows ?? []) as Row[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
      }
      const result = await c.query<Row>(text, values);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  });
  return {
    kind: 'pglite',
    db: drizzlePglite({ client }) as unknown as Db,
    sql: asExecutor(client),
    transaction: (work) =>
      client.transaction((t) => work({ db: drizzlePglite({ client: t as unknown as PGlite }) as unknown as Db, sql: asExecutor(t) })),
    async listen(channel, onPayload) {
      const unsubscribe = await client.listen(channel, onPayload);
      return unsubscribe;
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  const asExecutor = (c: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<Row>(text: string, values?: unknown[]) {
      const result = await c.query(text, values as unknown[] | undefined);
      // A multi-statement text returns one result per statement; the last one is the answer.
      const last = Array.isArray(result) ? (result[result.length - 1] as pg.QueryResult) : result;
      return { rows: (last?.rows ?? []) as Row[], rowCount: last?.rowCount ?? 0 };
    },
  });
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let listenClient: pg.Client | undefined;
  let closed = false;

  async function connectListener(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    c.on('notification', (msg) => {
      for (const cb of listeners.get(msg.channel) ?? []) cb(msg.payload ?? '');
    });
    c.on('error', () => {
      // Reconnect and re-subscribe; notifications sent meanwhile are lost, which is why
      // every consumer of them can catch up from the database.
      listenClient = undefined;
      c.end().catch(() => undefined);
      if (!closed) setTimeout(() => void ensureListener().catch(() => undefined), 500);
    });
    for (const channel of listeners.keys()) await c.query(`LISTEN ${quoteIdent(channel)}`);
    return c;
  }
  async function ensureListener(): Promise<pg.Client> {
    if (!listenClient) listenClient = await connectListener();
    return listenClient;
  }

  return {
    kind: 'postgres',
    db: drizzlePg({ client: pool }) as unknown as Db,
    sql: asExecutor(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ db: drizzlePg({ client }) as unknown as Db, sql: asExecutor(client) });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      let set = listeners.get(channel);
      const first = !set;
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(onPayload);
      const c = await ensureListener();
      if (first) await c.query(`LISTEN ${quoteIdent(channel)}`);
      return async () => {
        set.delete(onPayload);
      };
    },
    async close() {
      closed = true;
      await listenClient?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A Database whose every query and nested transaction runs inside an open
 * transaction (nested ones as savepoints), so that services written for a
 * Database can take part in a caller's transaction: the automation executor
 * applies a step's effect and the run's new state in one commit.
 */
export function joinTransaction(kind: Database['kind'], tx: Tx): Database {
  let savepoints = 0;
  return {
    kind,
    db: tx.db,
    sql: tx.sql,
    async transaction(work) {
      const name = `sp_${++savepoints}`;
      await tx.sql.query(`SAVEPOINT ${name}`);
      try {
        const result = await work(tx);
        await tx.sql.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (err) {
        await tx.sql.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw err;
      }
    },
    listen: () => Promise.reject(new Error('LISTEN is not available inside a transaction')),
    close: () => Promise.resolve(),
  };
}
