import type { AutomationEngine } from './modules/automations/engine/engine.ts';
import type { ChannelCache } from './modules/channels/channel-cache.ts';
import type { ReceiptWriter } from './modules/channels/receipt-writer.ts';
import type { SandboxLink } from './modules/channels/sandbox-link.ts';
import type { LiveHub } from './modules/realtime/hub.ts';
import type { ThroughputLimiter } from './modules/channels/throughput.ts';

/**
 * Long-lived pieces that routes and workers share inside one process
 * (links, limiters, loops), built once by the runtime.
 */
export interface Services {
  /** The WhatsApp simulator this process talks to, once the server listens; null when there is none. */
  sandbox: SandboxLink | null;
  /** Channels by phone_number_id for the webhook hot path. */
  channels: ChannelCache;
  /** Server-Sent-Events streams open on this node. */
  live: LiveHub;
  /** Per-number send budgets of this process. */
  throughput: ThroughputLimiter;
  /** Stores webhook deliveries (group commit). */
  receipts: ReceiptWriter;
  /** Asks the webhook processor of this node to look for new receipts now. */
  wakeWebhookProcessor(): void;
  /** Runs automations; its loop runs on worker nodes, its direct calls anywhere. */
  automations: AutomationEngine;
  /**
   * When this process started. A send attempt left in doubt by a process that died is
   * taken over only once its lease has run out counted from this moment too: Meta's
   * status webhooks, retried while no node answered, get that long to name it first.
   */
  startedAt: Date;
}
