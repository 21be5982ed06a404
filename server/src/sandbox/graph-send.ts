import { customerKey, isServiceWindowOpen } from './customer-window.ts';
import { graphErrorReply, invalidTokenReply, isReportedByWebhook, unknownObjectReply, type GraphReply } from './graph-errors.ts';
import { digitsOf, plusForm } from './phone-digits.ts';
import { checkSendRate, recordSend } from './rate-limits.ts';
import { nextArrival, recordOutbound, takeInjectedFailure, type SandboxState } from './state.ts';
import { planStatuses } from './status-plan.ts';
import { reportStatuses } from './status-reports.ts';
import { checkTemplateSend, findTemplate } from './templates.ts';
import type { OutboxEntry, PhoneNumberRegistration } from './types.ts';
import { validateSendBody, type ValidSend } from './validate-send.ts';
import { newWamid } from './wa-ids.ts';
import { pricingFor } from './webhook-payloads.ts';

export interface GraphSendRequest {
  phoneNumberId: string;
  /** The bearer token of the call, if any. */
  accessToken: string | undefined;
  body: unknown;
}

/**
 * `POST /{version}/{phone-number-id}/messages`, in the order Meta judges a
 * call: the token, the number, the body's shape, then (for messages) the
 * template, an injected failure, the recipient, the rate limits and finally
 * the customer-service window, which does not refuse the call but makes the
 * message fail by webhook.
 */
export function handleGraphSend(state: SandboxState, request: GraphSendRequest): GraphReply {
  if (!request.accessToken) return invalidTokenReply();
  const registration = state.phoneNumbers.get(request.phoneNumberId);
  if (!registration) return unknownObjectReply(request.phoneNumberId, 'post');
  if (request.accessToken !== registration.accessToken) return invalidTokenReply();

  const rateLimitHttpStatus = state.settings.rateLimitHttpStatus;
  const validation = validateSendBody(request.body);
  if (!validation.ok) return graphErrorReply(validation.fault, rateLimitHttpStatus);
  const send = validation.send;
  if (send.kind === 'mark_read') return markAsRead(state, registration, send.messageId);

  if (send.template) {
    const refusal = checkTemplateSend(state.templates, registration.wabaId, send.template);
    if (refusal) return graphErrorReply(refusal, rateLimitHttpStatus);
  }

  // Mark-as-read calls above never consume an injected failure: a product that
  // marks messages read on its own would otherwise eat failures meant for a send.
  const injected = takeInjectedFailure(state, registration.phoneNumberId);
  let failureCode: number | undefined;
  if (injected) {
    if (!isReportedByWebhook(injected.code)) {
      return graphErrorReply(
        { code: injected.code, ...(injected.httpStatus !== undefined ? { httpStatus: injected.httpStatus } : {}) },
        rateLimitHttpStatus,
      );
    }
    failureCode = injected.code;
  }

  if (send.waId === digitsOf(registration.displayPhoneNumber)) {
    return graphErrorReply({ code: 131021 }, rateLimitHttpStatus);
  }

  const nowMs = state.clock.now().getTime();
  const sendKey = { phoneNumberId: registration.phoneNumberId, waId: send.waId };
  const rateRefusal = checkSendRate(state.rateWindows, sendKey, nowMs, state.settings);
  if (rateRefusal) return graphErrorReply(rateRefusal, rateLimitHttpStatus);
  recordSend(state.rateWindows, sendKey, nowMs, state.settings);

  const isTemplate = send.type === 'template';
  if (failureCode === undefined && !isTemplate) {
    const lastInbound = state.lastInbound.get(customerKey(registration.phoneNumberId, send.waId));
    if (!isServiceWindowOpen(lastInbound, nowMs)) failureCode = 131047;
  }

  return accept(state, registration, send, request.body as Record<string, unknown>, failureCode);
}

function accept(
  state: SandboxState,
  registration: PhoneNumberRegistration,
  send: Extract<ValidSend, { kind: 'message' }>,
  body: Record<string, unknown>,
  failureCode: number | undefined,
): GraphReply {
  const entry: OutboxEntry = {
    id: newWamid(send.waId),
    phoneNumberId: registration.phoneNumberId,
    to: plusForm(send.waId),
    waId: send.waId,
    type: send.type,
    body,
    status: 'accepted',
    createdAt: state.clock.now(),
    seq: nextArrival(state),
    ...(send.bizOpaqueCallbackData !== undefined ? { bizOpaqueCallbackData: send.bizOpaqueCallbackData } : {}),
  };
  recordOutbound(state, entry);

  const category = send.template
    ? (findTemplate(state.templates, registration.wabaId, send.template.name, send.template.languageCode)?.category ?? 'UTILITY')
    : undefined;
  reportStatuses(state, entry, planStatuses(failureCode, state.settings), pricingFor(category));

  return {
    statusCode: 200,
    body: {
      messaging_product: 'whatsapp',
      contacts: [{ input: send.input, wa_id: send.waId }],
      messages: [send.template ? { id: entry.id, message_status: 'accepted' } : { id: entry.id }],
    },
  };
}

/**
 * Marking a customer message read also marks the earlier ones of that
 * customer, as the blue ticks on a phone do. Unknown ids are accepted: the
 * message may predate a sandbox restart.
 */
function markAsRead(state: SandboxState, registration: PhoneNumberRegistration, messageId: string): GraphReply {
  const target = state.inboundById.get(messageId);
  if (target && target.phoneNumberId === registration.phoneNumberId) {
    for (const entry of state.inbound) {
      if (entry.phoneNumberId === target.phoneNumberId && entry.waId === target.waId && entry.createdAt <= target.createdAt) {
        entry.status = 'read';
      }
    }
    target.status = 'read';
  }
  return { statusCode: 200, body: { success: true } };
}
