import { performance } from 'node:perf_hooks';
import { webhookErrorObject } from './graph-errors.ts';
import type { SandboxState } from './state.ts';
import type { PlannedStatus } from './status-plan.ts';
import type { OutboxEntry } from './types.ts';
import { deliverWebhook } from './webhook-delivery.ts';
import { buildStatusWebhook, type Pricing } from './webhook-payloads.ts';

/**
 * Reports the planned statuses of one outbound message, each as its own
 * signed webhook. Each status waits for the first delivery attempt of the
 * previous one, so a receiver sees them in order even when it is slow; a
 * failed attempt is retried in the background while the sequence goes on, so
 * a retried `sent` can arrive after `delivered`, as it can from Meta.
 */
export function reportStatuses(state: SandboxState, entry: OutboxEntry, plan: PlannedStatus[], pricing: Pricing): void {
  state.tasks.run(async (signal) => {
    const started = performance.now();
    for (const step of plan) {
      const wait = step.delayMs - (performance.now() - started);
      if (wait > 0 && !(await state.tasks.sleep(wait, signal))) return;
      if (signal.aborted) return;
      const registration = state.phoneNumbers.get(entry.phoneNumberId);
      if (!registration) return;
      const error = step.errorCode !== undefined ? webhookErrorObject(step.errorCode) : undefined;
      entry.status = step.status;
      if (error) entry.error = error;
      const payload = buildStatusWebhook(registration, {
        messageId: entry.id,
        status: step.status,
        at: state.clock.now(),
        recipientWaId: entry.waId,
        ...(step.status === 'sent' || step.status === 'delivered' ? { pricing } : {}),
        ...(entry.bizOpaqueCallbackData !== undefined ? { bizOpaqueCallbackData: entry.bizOpaqueCallbackData } : {}),
        ...(error ? { error } : {}),
      });
      await deliverWebhook(state, {
        phoneNumberId: entry.phoneNumberId,
        kind: `status.${step.status}`,
        messageId: entry.id,
        payload,
      });
    }
  });
}
