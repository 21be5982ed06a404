import type { SandboxSettings } from './settings.ts';

export type ReportedStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface PlannedStatus {
  status: ReportedStatus;
  /** Milliseconds after the send at which this status is reported. */
  delayMs: number;
  /** Graph error code carried by a `failed` status. */
  errorCode?: number;
}

/**
 * The status webhooks one accepted send produces: `sent`, `delivered` and,
 * when customers read their messages (`autoRead`), `read`; or one `failed`
 * when the message cannot be delivered. Delays never go backwards, so each
 * status is reported after the one before it.
 */
export function planStatuses(
  failureCode: number | undefined,
  settings: Pick<SandboxSettings, 'statusDelaysMs' | 'autoRead'>,
): PlannedStatus[] {
  const { sent, delivered, read } = settings.statusDelaysMs;
  if (failureCode !== undefined) return [{ status: 'failed', delayMs: sent, errorCode: failureCode }];
  const deliveredAt = Math.max(sent, delivered);
  const plan: PlannedStatus[] = [
    { status: 'sent', delayMs: sent },
    { status: 'delivered', delayMs: deliveredAt },
  ];
  if (settings.autoRead) plan.push({ status: 'read', delayMs: Math.max(deliveredAt, read) });
  return plan;
}
