import { z } from 'zod';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { silentLogger } from '../lib/logger.ts';
import { createAccountWithChannel } from '../modules/accounts/provisioning.ts';
import { parseFlags } from './args.ts';

const ZFlags = z.object({
  name: z.string().min(1, 'needs --name NAME'),
  email: z.email('needs --email EMAIL'),
  password: z.string().min(8, 'needs --password PW (at least 8 characters)'),
  sandbox: z.literal(true).optional(),
  json: z.literal(true).optional(),
});

/**
 * `account:create --name NAME --email EMAIL --password PW [--sandbox] --json`:
 * prints one JSON line (CONTRACT.md). With PGlite it runs while the server is
 * stopped; with PostgreSQL at any time.
 */
export async function accountCreateCommand(config: Config, argv: string[]): Promise<number> {
  const parsed = ZFlags.safeParse(parseFlags(argv));
  if (!parsed.success) {
    console.error(`account:create: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'flags'}: ${i.message}`).join('; ')}`);
    return 2;
  }
  const flags = parsed.data;
  const database = await openDatabase(config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl, poolSize: 2 } : { kind: 'pglite', dataDir: config.dataDir });
  try {
    await runMigrations(database, config.databaseUrl);
    const created = await createAccountWithChannel({ database, log: silentLogger }, null, {
      name: flags.name,
      email: flags.email,
      password: flags.password,
      sandbox: flags.sandbox === true,
    });
    const out = {
      accountId: created.accountId,
      userId: created.userId,
      apiKey: created.apiKey,
      ...(created.channel
        ? {
            channel: {
              id: created.channel.id,
              phoneNumberId: created.channel.phoneNumberId,
              wabaId: created.channel.wabaId,
              verifyToken: created.channel.verifyToken,
              appSecret: created.channel.appSecret,
            },
          }
        : {}),
    };
    if (flags.json) process.stdout.write(`${JSON.stringify(out)}\n`);
    else {
      process.stdout.write(`Account ${flags.name} created.\n  account id: ${out.accountId}\n  admin:      ${flags.email}\n  API key:    ${out.apiKey}\n`);
      if (out.channel) process.stdout.write(`  sandbox phone number id: ${out.channel.phoneNumberId}\n`);
    }
    return 0;
  } catch (err) {
    console.error(`account:create: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await database.close();
  }
}
