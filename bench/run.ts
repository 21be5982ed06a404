import { cleanupAll, log } from './lib/processes.ts';

/**
 * `npm run bench -- <name>`: runs one benchmark and prints its result as one
 * JSON line on stdout (progress goes to stderr).
 */

const BENCHMARKS: Record<string, { describe: string; run: () => Promise<Record<string, unknown>> }> = {
  ingest: {
    describe: 'signed WhatsApp webhooks into Sportello on PostgreSQL, against a bare Fastify route',
    run: async () => (await import('./ingest.ts')).runIngest(),
  },
  tickets: {
    describe: 'ticket list, full-text search and stats over 1,000,000 tickets in 50 accounts on PostgreSQL',
    run: async () => (await import('./tickets.ts')).runTickets(),
  },
  automations: {
    describe: 'automation runs started by webhooks, internal effects, and 1,000,000 runs waiting for a reply on PostgreSQL',
    run: async () => (await import('./automations.ts')).runAutomations(),
  },
};

const USAGE = `Usage: npm run bench -- <benchmark>

Benchmarks:
${Object.entries(BENCHMARKS)
  .map(([name, b]) => `  ${name.padEnd(10)} ${b.describe}`)
  .join('\n')}

Environment (ingest): BENCH_DATABASE_URL, BENCH_REQUESTS, BENCH_CONCURRENCY, BENCH_WARMUP,
BENCH_CONTACTS, BENCH_SEED_MESSAGES, BENCH_CUSTOMERS, BENCH_DRAIN_TIMEOUT_S, BENCH_SEED, BENCH_SKIP_BARE=1, BENCH_CPU_PROFILE=DIR
Environment (tickets): BENCH_DATABASE_URL, BENCH_TICKETS, BENCH_ACCOUNTS, BENCH_SAMPLES, BENCH_WARMUP, BENCH_SEED
Environment (automations): BENCH_DATABASE_URL, AUTOMATION_BENCH_MESSAGES, AUTOMATION_BENCH_CONCURRENCY, AUTOMATION_BENCH_FLOWS,
AUTOMATION_BENCH_EFFECT_RUNS, AUTOMATION_BENCH_WAITING, AUTOMATION_BENCH_EXPIRING, AUTOMATION_BENCH_WINDOW_S, AUTOMATION_BENCH_DRAIN_TIMEOUT_S, BENCH_SEED`;

let interruptedBy: NodeJS.Signals | undefined;

async function interrupted(signal: NodeJS.Signals): Promise<void> {
  interruptedBy = signal;
  log(`${signal}: stopping children and dropping the database`);
  await cleanupAll();
  process.exit(130);
}

async function main(): Promise<number> {
  const name = process.argv[2];
  const benchmark = name ? BENCHMARKS[name] : undefined;
  if (!name || !benchmark) {
    console.error(name ? `Unknown benchmark "${name}".\n\n${USAGE}` : USAGE);
    return 2;
  }
  process.once('SIGINT', (s) => void interrupted(s));
  process.once('SIGTERM', (s) => void interrupted(s));
  try {
    const result = await benchmark.run();
    await cleanupAll();
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (err) {
    if (interruptedBy) {
      await cleanupAll();
      return 130;
    }
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    await cleanupAll();
    process.stdout.write(`${JSON.stringify({ benchmark: name, error: err instanceof Error ? err.message : String(err) })}\n`);
    return 1;
  }
}

process.exit(await main());
