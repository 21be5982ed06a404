import { systemClock, type Clock } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { BackgroundTasks } from './background-tasks.ts';
import type { LastInboundTimes } from './customer-window.ts';
import { createRateWindows, type RateWindows } from './rate-limits.ts';
import { applySettingsPatch, DEFAULT_SETTINGS, type SandboxSettings, type SettingsPatch } from './settings.ts';
import type { TemplateRegistry } from './templates.ts';
import type {
  InboundEntry,
  InjectedFailure,
  MailEntry,
  OutboxEntry,
  PhoneNumberRegistration,
  WebhookLogEntry,
} from './types.ts';

/** Memory bounds: the oldest records go first once a list is full. */
export interface SandboxLimits {
  messages: number;
  mail: number;
  webhookLog: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { messages: 10_000, mail: 1_000, webhookLog: 1_000 };

export interface SandboxStateOptions {
  clock?: Clock;
  settings?: SettingsPatch;
  limits?: Partial<SandboxLimits>;
  /** How webhooks are posted; the global fetch unless a test needs otherwise. */
  fetch?: typeof fetch;
}

/**
 * Everything the sandbox remembers, in memory only. The host app creates it
 * with `createSandboxState`, passes it to the plugin, and keeps the
 * reference to read the outbox or fill the dev mailbox in-process. Lists are
 * ordered oldest first.
 */
export interface SandboxState {
  readonly clock: Clock;
  settings: SandboxSettings;
  readonly limits: SandboxLimits;
  readonly phoneNumbers: Map<string, PhoneNumberRegistration>;
  readonly outbox: OutboxEntry[];
  readonly inbound: InboundEntry[];
  readonly mail: MailEntry[];
  readonly webhookLog: WebhookLogEntry[];
  /** Approved templates per WABA, for template management to fill (see templates.ts). */
  readonly templates: TemplateRegistry;
  readonly failNext: Map<string, InjectedFailure[]>;
  readonly rateWindows: RateWindows;
  /** Last customer message time (ms) per phone number id + wa_id. */
  readonly lastInbound: LastInboundTimes;
  readonly outboxById: Map<string, OutboxEntry>;
  readonly inboundById: Map<string, InboundEntry>;
  readonly tasks: BackgroundTasks;
  readonly fetch: typeof fetch;
  /** Last arrival number handed out to a message. */
  arrivals: number;
}

export function createSandboxState(options: SandboxStateOptions = {}): SandboxState {
  return {
    clock: options.clock ?? systemClock,
    settings: applySettingsPatch(DEFAULT_SETTINGS, options.settings ?? {}),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    phoneNumbers: new Map(),
    outbox: [],
    inbound: [],
    mail: [],
    webhookLog: [],
    templates: new Map(),
    failNext: new Map(),
    rateWindows: createRateWindows(),
    lastInbound: new Map(),
    outboxById: new Map(),
    inboundById: new Map(),
    tasks: new BackgroundTasks(),
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    arrivals: 0,
  };
}

export interface PhoneNumberInput {
  wabaId: string;
  displayPhoneNumber: string;
  verifiedName?: string;
  accessToken: string;
  appSecret: string;
  webhookUrl: string;
}

/** Registers (or replaces) a business number. */
export function registerPhoneNumber(state: SandboxState, phoneNumberId: string, input: PhoneNumberInput): PhoneNumberRegistration {
  const registration: PhoneNumberRegistration = {
    phoneNumberId,
    wabaId: input.wabaId,
    displayPhoneNumber: input.displayPhoneNumber,
    verifiedName: input.verifiedName ?? 'Sandbox Business',
    accessToken: input.accessToken,
    appSecret: input.appSecret,
    webhookUrl: input.webhookUrl,
  };
  state.phoneNumbers.set(phoneNumberId, registration);
  return registration;
}

export function removePhoneNumber(state: SandboxState, phoneNumberId: string): boolean {
  state.failNext.delete(phoneNumberId);
  return state.phoneNumbers.delete(phoneNumberId);
}

/** The registration without its secrets, as the sandbox's API shows it. */
export function publicPhoneNumber(registration: PhoneNumberRegistration): {
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  verifiedName: string;
  webhookUrl: string;
} {
  return {
    phoneNumberId: registration.phoneNumberId,
    wabaId: registration.wabaId,
    displayPhoneNumber: registration.displayPhoneNumber,
    verifiedName: registration.verifiedName,
    webhookUrl: registration.webhookUrl,
  };
}

/** Appends and drops the oldest items beyond `max`, telling `onDrop` about each. */
export function pushBounded<T>(list: T[], item: T, max: number, onDrop?: (dropped: T) => void): void {
  list.push(item);
  const excess = list.length - max;
  if (excess > 0) {
    const dropped = list.splice(0, excess);
    if (onDrop) dropped.forEach(onDrop);
  }
}

/** The next arrival number, ordering messages of both directions that share a timestamp. */
export function nextArrival(state: SandboxState): number {
  state.arrivals += 1;
  return state.arrivals;
}

export function recordOutbound(state: SandboxState, entry: OutboxEntry): void {
  state.outboxById.set(entry.id, entry);
  pushBounded(state.outbox, entry, state.limits.messages, (dropped) => state.outboxById.delete(dropped.id));
}

export function recordInbound(state: SandboxState, entry: InboundEntry): void {
  state.inboundById.set(entry.id, entry);
  pushBounded(state.inbound, entry, state.limits.messages, (dropped) => state.inboundById.delete(dropped.id));
}

export function recordWebhookAttempt(state: SandboxState, entry: WebhookLogEntry): void {
  pushBounded(state.webhookLog, entry, state.limits.webhookLog);
}

export interface MailInput {
  from: string;
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
}

/** Puts an e-mail in the dev mailbox (used when no SMTP server is configured). */
export function addMail(state: SandboxState, mail: MailInput): MailEntry {
  const entry: MailEntry = {
    id: newId(),
    from: mail.from,
    to: Array.isArray(mail.to) ? [...mail.to] : [mail.to],
    subject: mail.subject,
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
    createdAt: state.clock.now(),
  };
  pushBounded(state.mail, entry, state.limits.mail);
  return entry;
}

/** The most recent message the business sent to this customer, preferring one of `type`. */
export function latestOutboundTo(state: SandboxState, phoneNumberId: string, waId: string, type?: string): OutboxEntry | undefined {
  let fallback: OutboxEntry | undefined;
  for (let i = state.outbox.length - 1; i >= 0; i--) {
    const entry = state.outbox[i] as OutboxEntry;
    if (entry.phoneNumberId !== phoneNumberId || entry.waId !== waId) continue;
    if (type === undefined || entry.type === type) return entry;
    fallback ??= entry;
  }
  return fallback;
}

export function injectFailure(state: SandboxState, phoneNumberId: string, failure: InjectedFailure): InjectedFailure[] {
  const queue = state.failNext.get(phoneNumberId) ?? [];
  queue.push({ ...failure });
  state.failNext.set(phoneNumberId, queue);
  return queue;
}

/** Consumes one injected failure for this number, if any is queued. */
export function takeInjectedFailure(state: SandboxState, phoneNumberId: string): InjectedFailure | undefined {
  const queue = state.failNext.get(phoneNumberId);
  const head = queue?.[0];
  if (!queue || !head) return undefined;
  head.remaining--;
  if (head.remaining <= 0) queue.shift();
  if (queue.length === 0) state.failNext.delete(phoneNumberId);
  return head;
}

/**
 * Forgets messages, mail, the delivery log, injected failures, rate windows
 * and customer windows, and stops pending status webhooks and retries.
 * Registered numbers, templates and settings stay.
 */
export function resetSandbox(state: SandboxState): void {
  state.tasks.cancelAll();
  state.outbox.length = 0;
  state.inbound.length = 0;
  state.mail.length = 0;
  state.webhookLog.length = 0;
  state.outboxById.clear();
  state.inboundById.clear();
  state.failNext.clear();
  state.rateWindows.perNumber.clear();
  state.rateWindows.perPair.clear();
  state.lastInbound.clear();
}
