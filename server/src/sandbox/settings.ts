import { z } from 'zod';

/** How the simulated platform behaves; changeable at run time through `PUT /sandbox/v1/settings`. */
export interface SandboxSettings {
  /** Messages per second one phone number may send (Meta's default is 80). */
  throughputMps: number;
  /** A send is refused when more than this many messages went to the same customer within `pairRateWindowMs`. */
  pairRateBurst: number;
  pairRateWindowMs: number;
  /** Sources disagree on the HTTP status of 130429 and 131056 (400 or 429), so it is a setting. */
  rateLimitHttpStatus: number;
  /** Delays after the send at which the status webhooks go out. */
  statusDelaysMs: { sent: number; delivered: number; read: number };
  /** Real customers may turn read receipts off; set false to stop at `delivered`. */
  autoRead: boolean;
  /** Waits before each retry of a webhook whose delivery failed. */
  webhookRetryDelaysMs: number[];
  /** A receiver that does not answer within this time counts as failed. */
  webhookTimeoutMs: number;
}

export const DEFAULT_SETTINGS: SandboxSettings = {
  throughputMps: 80,
  pairRateBurst: 45,
  pairRateWindowMs: 6_000,
  rateLimitHttpStatus: 400,
  statusDelaysMs: { sent: 20, delivered: 60, read: 150 },
  autoRead: true,
  webhookRetryDelaysMs: [200, 1_000, 5_000],
  webhookTimeoutMs: 10_000,
};

const delay = z.number().int().min(0).max(600_000);

export const ZSettingsPatch = z
  .object({
    throughputMps: z.number().int().min(1).max(100_000),
    pairRateBurst: z.number().int().min(1).max(100_000),
    pairRateWindowMs: z.number().int().min(1).max(3_600_000),
    rateLimitHttpStatus: z.number().int().min(400).max(599),
    statusDelaysMs: z.object({ sent: delay, delivered: delay, read: delay }).partial().strict(),
    autoRead: z.boolean(),
    webhookRetryDelaysMs: z.array(delay).max(20),
    webhookTimeoutMs: z.number().int().min(1).max(600_000),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof ZSettingsPatch>;

/** Merges a partial change into settings; nested delays merge key by key. */
export function applySettingsPatch(current: SandboxSettings, patch: SettingsPatch): SandboxSettings {
  const { statusDelaysMs, webhookRetryDelaysMs, ...flat } = patch;
  return {
    ...current,
    ...stripUndefined(flat),
    statusDelaysMs: { ...current.statusDelaysMs, ...stripUndefined(statusDelaysMs ?? {}) },
    webhookRetryDelaysMs: webhookRetryDelaysMs ? [...webhookRetryDelaysMs] : [...current.webhookRetryDelaysMs],
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
