import type { SandboxSettings, SettingsPatch } from './settings.ts';
import type { MailEntry, OutboundStatus } from './types.ts';
import type { ConversationItem } from './views.ts';

/**
 * A typed client of the sandbox's own API (`/sandbox/v1`), for tests and
 * scripts that play the customer or inspect what the business sent. It
 * speaks real HTTP, like the product's Graph client does.
 */

export interface OutboxItem {
  id: string;
  phoneNumberId: string;
  to: string;
  type: string;
  body: Record<string, unknown>;
  status: OutboundStatus;
  createdAt: string;
  error?: { code: number; title: string };
}

/** What the conversation view answers: the same shape the sandbox builds. */
export type ConversationEntry = ConversationItem;

/** A dev-mailbox e-mail as it travels over JSON. */
export type MailItem = Omit<MailEntry, 'createdAt'> & { createdAt: string };

export interface WebhookLogItem {
  id: string;
  deliveryId: string;
  phoneNumberId: string;
  kind: string;
  messageId?: string;
  url: string;
  attempt: number;
  statusCode: number | null;
  error?: string;
  durationMs: number;
  at: string;
}

export interface InboundResult {
  waMessageId: string;
  delivered: boolean;
  webhookStatus: number | null;
}

export interface PhoneNumberView {
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  verifiedName: string;
  webhookUrl: string;
}

/** The body of `POST /v1/inbound`: one content field among text … reaction. */
export interface InboundBody {
  phoneNumberId: string;
  from: string;
  name?: string;
  contextMessageId?: string;
  timestamp?: number;
  text?: string;
  buttonReply?: { id: string; title: string };
  listReply?: { id: string; title: string; description?: string };
  templateButton?: { text: string; payload: string };
  image?: { caption?: string; mimeType?: string };
  document?: { filename?: string; caption?: string; mimeType?: string };
  audio?: { mimeType?: string; voice?: boolean };
  video?: { caption?: string; mimeType?: string };
  sticker?: { mimeType?: string; animated?: boolean };
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  contacts?: Array<Record<string, unknown>>;
  reaction?: { messageId: string; emoji: string };
}

export class SandboxClientError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`Sandbox answered HTTP ${status}: ${JSON.stringify(body)}`);
  }
}

function queryString(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `baseUrl` is where the sandbox is mounted, e.g. "http://127.0.0.1:3000/sandbox". */
export function createSandboxClient(baseUrl: string) {
  const root = baseUrl.replace(/\/$/, '');

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${root}${path}`, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new SandboxClientError(response.status, parsed);
    return parsed as T;
  }

  return {
    /** The Graph base URL to give a Cloud API client, e.g. ".../sandbox/graph". */
    graphBaseUrl: `${root}/graph`,
    registerPhoneNumber: (
      phoneNumberId: string,
      input: { wabaId: string; displayPhoneNumber: string; verifiedName?: string; accessToken: string; appSecret: string; webhookUrl: string },
    ) => call<PhoneNumberView>('PUT', `/v1/phone-numbers/${encodeURIComponent(phoneNumberId)}`, input),
    phoneNumbers: () => call<{ data: PhoneNumberView[] }>('GET', '/v1/phone-numbers').then((r) => r.data),
    inbound: (body: InboundBody) => call<InboundResult>('POST', '/v1/inbound', body),
    rawWebhook: (phoneNumberId: string, value: Record<string, unknown>) =>
      call<Omit<InboundResult, 'waMessageId'>>('POST', '/v1/raw-webhook', { phoneNumberId, value }),
    outbox: (query: { to?: string; phoneNumberId?: string; limit?: number } = {}) =>
      call<{ data: OutboxItem[] }>('GET', `/v1/outbox${queryString(query)}`).then((r) => r.data),
    conversation: (query: { customer: string; phoneNumberId?: string; limit?: number }) =>
      call<{ data: ConversationEntry[] }>('GET', `/v1/conversation${queryString(query)}`).then((r) => r.data),
    mail: (query: { to?: string; limit?: number } = {}) =>
      call<{ data: MailItem[] }>('GET', `/v1/mail${queryString(query)}`).then((r) => r.data),
    webhookLog: (query: { phoneNumberId?: string; limit?: number } = {}) =>
      call<{ data: WebhookLogItem[] }>('GET', `/v1/webhook-log${queryString(query)}`).then((r) => r.data),
    settings: () => call<SandboxSettings>('GET', '/v1/settings'),
    updateSettings: (patch: SettingsPatch) => call<SandboxSettings>('PUT', '/v1/settings', patch),
    failNext: (input: { phoneNumberId: string; code: number; times?: number; httpStatus?: number }) =>
      call<unknown>('POST', '/v1/fail-next', input),
    reset: () => call<{ ok: true }>('POST', '/v1/reset'),
  };
}

export type SandboxClient = ReturnType<typeof createSandboxClient>;
