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
import { createWorkLoop } from './lib/work-loop.ts';
import { ChannelCache } from './modules/channels/channel-cache.ts';
import { AutomationEngine } from './modules/automations/engine/engine.ts';
import { startDailyAutomations } from './modules/automations/engine/daily.ts';
import { WEBHOOK_CHANNEL } from './modules/channels/ingest.ts';
import { ReceiptWriter, throttledSignal } from './modules/channels/receipt-writer.ts';
import { registerAllWithSandbox, type SandboxLink } from './modules/channels/sandbox-link.ts';
import { listSandboxChannels } from './modules/channels/service.ts';
import { ThroughputLimiter } from './modules/channels/throughput.ts';
import { createWebhookProcessor } from './modules/channels/webhook-processor.ts';
import { runSendJob, SEND_QUEUE, sendOrphanedMessages } from './modules/conversations/send-message.ts';
import { createMailTransport } from './modules/notifications/mail-transport.ts';
import { startTicketMailWorker, ticketMailConsumer } from './modules/notifications/ticket-mail-jobs.ts';
import { LiveHub } from './modules/realtime/hub.ts';
import { createSandboxState, sandboxPlugin, type SandboxState } from './sandbox/plugin.ts';
import type { Services } from './services.ts';

export interface Sportello {
  app: FastifyInstance;
  deps: Deps;
  /** The in-process WhatsApp simulator, when mounted. */
  sandbox: SandboxState | null;
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
  /** Extra event consumers (tests use one to observe delivery), run beside the built-in ones (ticket e-mails). */
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

  const webhookProcessor = createWebhookProcessor(deps);
  // The safety net under the send jobs: sends whose process and job both died are found by their rows.
  const orphanedSends = createWorkLoop({ name: 'orphaned-sends', pass: () => sendOrphanedMessages(deps, services), pollMs: 10_000, log });
  const wakeWebhookProcessor = () => (runsWorkers ? webhookProcessor.wake() : undefined);
  // This node's processor is woken directly; the others hear a throttled NOTIFY.
  const signalOtherNodes = throttledSignal(() => database.sql.query(`SELECT pg_notify('${WEBHOOK_CHANNEL}', '')`), 50);
  const services = {
    sandbox: null,
    channels: new ChannelCache(deps),
    throughput: new ThroughputLimiter(),
    live: new LiveHub(database, log),
    receipts: new ReceiptWriter(database, () => {
      wakeWebhookProcessor();
      signalOtherNodes();
    }),
    wakeWebhookProcessor,
    startedAt: new Date(),
  } as Omit<Services, 'automations'> as Services;
  services.automations = new AutomationEngine(deps, services);
  const dispatcher = createDispatcher({
    database,
    jobs,
    log,
    consumers: [ticketMailConsumer(deps), services.automations.consumer(), ...(options.consumers ?? [])],
  });

  const sandbox = config.mountSandbox ? createSandboxState({ clock }) : null;
  let ready = false;
  const app = await buildApp({
    deps,
    services,
    isReady: () => ready,
    mounts: sandbox ? [async (root) => void (await root.register(sandboxPlugin, { prefix: '/sandbox', state: sandbox }))] : [],
  });
  await services.live.start();
  if (runsWorkers) {
    await database.listen(WEBHOOK_CHANNEL, () => webhookProcessor.wake());
    webhookProcessor.start();
    await dispatcher.subscribe();
    // The mail queue exists before the ticket-mail consumer can fill it.
    await startTicketMailWorker(deps, createMailTransport(config, sandbox, log));
    await dispatcher.startConsumers();
    dispatcher.start();
    await startDailyAutomations(deps, services.automations);
    services.automations.executor.start();
    orphanedSends.start();
    await jobs.createQueue(SEND_QUEUE);
    await jobs.work<{ messageId: string }>(SEND_QUEUE, { pollingIntervalSeconds: 1, batchSize: 10 }, async (batch) => {
      for (const job of batch) await runSendJob(deps, services, job.data.messageId);
    });
  }

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  services.sandbox = sandboxLinkFor(config, url);
  if (services.sandbox) await registerAllWithSandbox(services.sandbox, await listSandboxChannels(deps), log);
  ready = true;

  return {
    app,
    deps,
    services,
    sandbox,
    url,
    async drain() {
      if (!runsWorkers) return;
      await webhookProcessor.idle();
      await dispatcher.idle();
      await services.automations.executor.idle();
    },
    async stop() {
      ready = false;
      await services.live.stop();
      await app.close();
      await webhookProcessor.stop();
      await dispatcher.stop();
      await services.automations.executor.stop();
      await orphanedSends.stop();
      await jobs.stop({ graceful: false, wait: true, close: database.kind === 'postgres' } as never);
      if (!options.database) await database.close();
    },
  };
}

/** The simulator in this process (reached on loopback), or a separate one at SANDBOX_URL. */
function sandboxLinkFor(config: Config, localUrl: string): SandboxLink | null {
  if (config.mountSandbox) return { baseUrl: `${localUrl}/sandbox`, webhookUrl: `${localUrl}/webhooks/whatsapp` };
  if (config.sandboxUrl) return { baseUrl: config.sandboxUrl, webhookUrl: `${config.publicUrl ?? localUrl}/webhooks/whatsapp` };
  return null;
}
