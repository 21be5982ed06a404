import path from 'node:path';
import { z } from 'zod';

/** The process's settings, read once from the environment (CONTRACT.md "Environment"). */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  /** The sender of notification e-mails. */
  MAIL_FROM: z.string().min(3).default('Sportello <noreply@sportello.local>'),
  /** First retry delay of an e-mail the SMTP server did not take; later retries back off exponentially. */
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SPORTELLO_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  /** Where the Cloud API simulator listens when it is not mounted in this process. */
  SANDBOX_URL: z.string().url().optional(),
  /** Graph API base URL for channels of kind "cloud". */
  GRAPH_API_URL: z.string().url().default('https://graph.facebook.com'),
  GRAPH_API_VERSION: z.string().default('v21.0'),
});

export type Role = 'all' | 'api' | 'worker';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailRetryDelaySeconds: number;
  logLevel: string;
  role: Role;
  /** Mount the Cloud API simulator in this process (off when SANDBOX_URL points elsewhere). */
  mountSandbox: boolean;
  sandboxUrl: string | undefined;
  graphApiUrl: string;
  graphApiVersion: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailRetryDelaySeconds: e.MAIL_RETRY_DELAY_SECONDS,
    logLevel: e.LOG_LEVEL,
    role: e.SPORTELLO_ROLE,
    mountSandbox: !e.SANDBOX_URL,
    sandboxUrl: e.SANDBOX_URL?.replace(/\/$/, ''),
    graphApiUrl: e.GRAPH_API_URL.replace(/\/$/, ''),
    graphApiVersion: e.GRAPH_API_VERSION,
    ...overrides,
  };
}
