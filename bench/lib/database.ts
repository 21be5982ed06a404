import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { log, onCleanup } from './processes.ts';

export interface BenchDatabase {
  name: string;
  url: string;
  /** The admin connection; it stays open until the clean-up drops the database. */
  admin: pg.Client;
  postgresVersion: string;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates `sportello_bench_<random>` through the admin connection and
 * registers its `DROP … WITH (FORCE)` for the end of the run (also on failure
 * or interrupt).
 */
export async function createBenchDatabase(adminUrl: string, applicationName: string): Promise<BenchDatabase> {
  const name = `sportello_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, application_name: applicationName });
  // Connections dropped by DROP DATABASE … WITH (FORCE) at clean-up are expected, not failures.
  admin.on('error', () => undefined);
  await admin.connect();
  const postgresVersion = (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  await admin.query(`CREATE DATABASE "${name}"`);
  log(`created database ${name}`);
  onCleanup(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    log(`dropped database ${name}`);
  });
  return { name, url: databaseUrl(adminUrl, name), admin, postgresVersion };
}
