import type pg from 'pg';

export interface ActivityReport {
  samples: number;
  /** Average number of backends of this database running a statement. */
  avgActive: number;
  /** Average number of backends holding a transaction open while the application thinks. */
  avgIdleInTransaction: number;
  /** What those backends were doing, as an average count of backends per (state, wait, statement). */
  top: Array<{ what: string; avgBackends: number }>;
}

function shorten(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, 80);
}

/**
 * Samples pg_stat_activity of one database at a fixed interval: a cheap
 * profile of where database time goes (which statements, which waits).
 * Connections named `excludeApplication` (the observer's own) are left out.
 */
export function sampleActivity(client: pg.Client, database: string, options: { excludeApplication?: string; everyMs?: number } = {}): { stop(): Promise<ActivityReport> } {
  const everyMs = options.everyMs ?? 50;
  let running = true;
  let samples = 0;
  let active = 0;
  let idleInTransaction = 0;
  const tally = new Map<string, number>();
  const bump = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

  const loop = (async () => {
    while (running) {
      try {
        const { rows } = await client.query<{ state: string | null; wait_event_type: string | null; wait_event: string | null; query: string | null }>(
          `SELECT state, wait_event_type, wait_event, query FROM pg_stat_activity
            WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND application_name <> $2`,
          [database, options.excludeApplication ?? ''],
        );
        samples += 1;
        for (const row of rows) {
          const query = shorten(row.query ?? '');
          if (row.state === 'active') {
            active += 1;
            bump(`active [${row.wait_event_type ? `${row.wait_event_type}:${row.wait_event ?? ''}` : 'CPU'}] ${query}`);
          } else if (row.state === 'idle in transaction') {
            idleInTransaction += 1;
            bump(`idle in transaction after: ${query}`);
          }
        }
      } catch {
        // A failed sample is skipped; the report says how many were taken.
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();

  return {
    async stop() {
      running = false;
      await loop;
      const per = (n: number) => (samples === 0 ? 0 : Math.round((n / samples) * 100) / 100);
      const top = [...tally.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([what, count]) => ({ what, avgBackends: per(count) }));
      return { samples, avgActive: per(active), avgIdleInTransaction: per(idleInTransaction), top };
    },
  };
}
