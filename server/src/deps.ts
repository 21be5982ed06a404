import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Jobs } from './jobs/boss.ts';
import type { Clock } from './lib/clock.ts';
import type { Logger } from './lib/logger.ts';

/** What business code receives instead of importing singletons. */
export interface Deps {
  database: Database;
  jobs: Jobs;
  clock: Clock;
  log: Logger;
  config: Config;
}
