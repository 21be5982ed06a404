import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import type { Deps } from './deps.ts';
import { createDispatcher, type EventConsumer } from './events/dispatcher.ts';
import { createJobs } from './jobs/boss.ts';
import { systemClock, type Clock } from './lib/clock.ts';
import { createLogger, type Logger } from './lib/logger.ts';
import type { Services } from './services.ts';

export interface Sportello {
  app: FastifyInstance;
  deps: Deps;
  services: Services;
  /** The base URL this process listens on, as other local processes reach it. */
  url: string;
  /** Waits until the asynchronous pipelines (webhooks, outbox) have nothing left to do. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  log?: Logger;
  clock?: Clock;
  /** An already open database (tests pass one); otherwise opened from the config. */
  database?: Database;
  /** Extra event consumers (tests use one to observe delivery). */
  consumers?: EventConsumer[];
}

/**
 * Boots one Sportello process in its role: migrations, pg-boss, the
 * asynchronous loops (worker role) and the HTTP server (api role).
 */
export async function startSportello(options: StartOptions): Promise<Sportello> {
  const { config } = options;
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const database =
    options.database ?? (await openDatabase(config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir }));
  if (database.kind === 'pglite' && config.role !== 'all') throw new Error('Split roles need PostgreSQL (DATABASE_URL): PGlite is one process');
  await runMigrations(database, config.databaseUrl);

  const jobs = createJobs(database, config.databaseUrl);
  jobs.on('error', (err) => log.error({ err }, 'job queue error'));
  await jobs.start();

  const deps: Deps = { database, jobs, clock, log, config };
  const runsWorkers = config.role !== 'api';
  const dispatcher = createDispatcher({ database, jobs, log, consumers: options.consumers ?? [] });

  const services: Services = {
    wakeWebhookProcessor: () => undefined,
  };

  let ready = false;
  const app = await buildApp({ deps, services, isReady: () => ready });
  if (runsWorkers) {
    await dispatcher.subscribe();
    await dispatcher.startConsumers();
    dispatcher.start();
  }

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  ready = true;

  return {
    app,
    deps,
    services,
    url,
    async drain() {
      if (runsWorkers) await dispatcher.idle();
    },
    async stop() {
      ready = false;
      await app.close();
      await dispatcher.stop();
      await jobs.stop({ graceful: false, wait: true, close: database.kind === 'postgres' } as never);
      if (!options.database) await database.close();
    },
  };
}
