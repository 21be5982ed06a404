import type { Logger } from './logger.ts';

export interface WorkLoop {
  start(): void;
  /** Asks for a pass now (new work was committed). */
  wake(): void;
  /** Stops after the pass under way, if any. */
  stop(): Promise<void>;
  /** Resolves when a pass finds nothing to do (tests and benchmarks wait on it). */
  idle(): Promise<void>;
}

/**
 * Runs `pass` until it reports no work, then sleeps until woken or until the
 * poll interval passes. The interval is the safety net for a lost wake-up
 * (another node committed while our LISTEN connection was reconnecting).
 */
export function createWorkLoop(options: { name: string; pass: () => Promise<number>; pollMs: number; log: Logger }): WorkLoop {
  let running = false;
  let woken = false;
  let sleeper: (() => void) | undefined;
  let done: Promise<void> = Promise.resolve();
  let idleWaiters: Array<() => void> = [];

  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        sleeper = undefined;
        resolve();
      }, options.pollMs);
      sleeper = () => {
        clearTimeout(timer);
        sleeper = undefined;
        resolve();
      };
    });

  async function loop(): Promise<void> {
    let failures = 0;
    while (running) {
      woken = false;
      let handled: number;
      try {
        handled = await options.pass();
        failures = 0;
      } catch (err) {
        failures += 1;
        options.log.error({ err, loop: options.name }, 'work loop pass failed');
        await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** failures)));
        continue;
      }
      if (handled > 0 || woken) continue;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
      if (running) await sleep();
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      done = loop();
    },
    wake() {
      woken = true;
      sleeper?.();
    },
    async stop() {
      running = false;
      sleeper?.();
      await done;
      for (const w of idleWaiters) w();
      idleWaiters = [];
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        woken = true;
        sleeper?.();
      });
    },
  };
}
