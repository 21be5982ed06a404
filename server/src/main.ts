import { accountCreateCommand } from './cli/account-create.ts';
import { parseFlags } from './cli/args.ts';
import { seedDemoAccount } from './cli/demo.ts';
import { loadConfig, type Role } from './config.ts';
import { createLogger } from './lib/logger.ts';
import { startSportello } from './runtime.ts';

const USAGE = `Usage:
  sportello start [--role all|api|worker]
  sportello account:create --name NAME --email EMAIL --password PW [--sandbox] [--json]`;

async function start(argv: string[]): Promise<void> {
  const flags = parseFlags(argv);
  const role = typeof flags.role === 'string' ? flags.role : undefined;
  if (role && !['all', 'api', 'worker'].includes(role)) throw new Error(`--role must be all, api or worker, not "${role}"`);
  const config = loadConfig(process.env, role ? { role: role as Role } : {});
  const log = createLogger(config.logLevel);
  const sportello = await startSportello({ config, log });
  const publicUrl = config.publicUrl ?? `http://localhost:${new URL(sportello.url).port}`;

  const demo = await seedDemoAccount(sportello);
  const lines = [
    '',
    `  Sportello is running (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}, role ${config.role})`,
    `  Console:        ${publicUrl}/`,
    `  API docs:       ${publicUrl}/api/docs`,
    ...(config.mountSandbox ? [`  Sandbox phone:  ${publicUrl}/sandbox/phone`] : []),
  ];
  if (demo) {
    lines.push(
      '',
      '  A demo account was created. These credentials are shown only once:',
      `    e-mail:   ${demo.email}`,
      `    password: ${demo.password}`,
      `    API key:  ${demo.apiKey}`,
    );
  }
  console.log(`${lines.join('\n')}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await sportello.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'start':
    case undefined:
      await start(rest);
      return;
    case 'account:create':
      process.exitCode = await accountCreateCommand(loadConfig(), rest);
      return;
    default:
      console.error(`Unknown command "${command}".\n${USAGE}`);
      process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
