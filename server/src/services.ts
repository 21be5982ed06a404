import type { SandboxLink } from './modules/channels/sandbox-link.ts';

/**
 * Long-lived pieces that routes and workers share inside one process
 * (links, limiters, loops), built once by the runtime.
 */
export interface Services {
  /** The WhatsApp simulator this process talks to, once the server listens; null when there is none. */
  sandbox: SandboxLink | null;
  /** Asks the webhook processor of this node to look for new receipts now. */
  wakeWebhookProcessor(): void;
}
