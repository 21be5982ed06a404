/**
 * Status webhooks and delivery retries run after the Graph response has
 * gone out. They are tracked here so that closing the server (or resetting
 * the sandbox between tests) stops them instead of leaving timers that post
 * to receivers which no longer exist, and so that tests can wait for quiet.
 */
export class BackgroundTasks {
  private readonly timers = new Map<ReturnType<typeof setTimeout>, () => void>();
  private readonly running = new Set<Promise<void>>();
  private controller = new AbortController();

  /** Aborted by the next `cancelAll()`; tasks capture it when they start. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Starts `task` now without waiting for it; its failures are reported to `onError`. */
  run(task: (signal: AbortSignal) => Promise<void>, onError: (error: unknown) => void = () => {}): void {
    const signal = this.signal;
    const promise = task(signal)
      .catch((error: unknown) => {
        if (!signal.aborted) onError(error);
      })
      .finally(() => {
        this.running.delete(promise);
      });
    this.running.add(promise);
  }

  /** Resolves true after `ms`, or false at once if `signal` is (or becomes) aborted. */
  sleep(ms: number, signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve(true);
      }, ms);
      // Pending deliveries alone must not keep a process (or a test run) alive.
      timer.unref();
      this.timers.set(timer, () => resolve(false));
    });
  }

  /** Stops every pending wait and aborts requests in flight; later tasks start afresh. */
  cancelAll(): void {
    for (const [timer, cancel] of this.timers) {
      clearTimeout(timer);
      cancel();
    }
    this.timers.clear();
    this.controller.abort();
    this.controller = new AbortController();
  }

  /** Resolves once no task is running (tasks started meanwhile are awaited too). */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running]);
    }
  }

  get pending(): number {
    return this.running.size;
  }
}
