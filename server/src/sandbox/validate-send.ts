import type { GraphFault } from './graph-errors.ts';
import { recipientWaId } from './phone-digits.ts';
import { isMediaType, validateMediaObject } from './validate-media.ts';
import { validateInteractive } from './validate-interactive.ts';
import { validateTemplate, type TemplateSendSummary } from './validate-template.ts';
import { charLength, invalidParam, invalidValue, isObject, missingParam, ValidationFault } from './validation-faults.ts';

export const MESSAGE_TYPES = [
  'text',
  'image',
  'audio',
  'video',
  'document',
  'sticker',
  'location',
  'contacts',
  'interactive',
  'template',
  'reaction',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** A request to the messages endpoint that Meta would accept as far as its shape goes. */
export type ValidSend =
  | { kind: 'mark_read'; messageId: string }
  | {
      kind: 'message';
      /** `to` exactly as given, echoed in `contacts[0].input`. */
      input: string;
      waId: string;
      type: MessageType;
      bizOpaqueCallbackData?: string;
      template?: TemplateSendSummary;
    };

export type SendValidation = { ok: true; send: ValidSend } | { ok: false; fault: GraphFault };

const TEXT_BODY_MAX = 4096;
const CALLBACK_DATA_MAX = 512;

/** Checks a messages-endpoint body the way Meta does, without touching any state. */
export function validateSendBody(body: unknown): SendValidation {
  try {
    return { ok: true, send: validate(body) };
  } catch (thrown) {
    if (thrown instanceof ValidationFault) return { ok: false, fault: thrown.fault };
    throw thrown;
  }
}

function validate(body: unknown): ValidSend {
  if (!isObject(body)) invalidParam('The parameter messaging_product is required.');
  checkMessagingProduct(body.messaging_product);
  // Mark-as-read shares the endpoint; Meta tells it apart by its `status` field.
  if (body.status !== undefined) return validateMarkAsRead(body);

  if (body.recipient_type !== undefined && body.recipient_type !== 'individual') {
    invalidParam(`Param recipient_type must be one of {INDIVIDUAL} - got ${JSON.stringify(body.recipient_type)}.`);
  }
  if (body.to === undefined || body.to === '') invalidParam('The parameter to is required.');
  if (typeof body.to !== 'string') invalidParam('Param to must be a string.');
  const waId = recipientWaId(body.to);
  if (!waId) invalidParam('Param to must be a phone number: digits with an optional leading +.');

  const type = body.type ?? 'text';
  if (typeof type !== 'string' || !(MESSAGE_TYPES as readonly string[]).includes(type)) {
    invalidParam(`Param type must be one of {${MESSAGE_TYPES.map((t) => t.toUpperCase()).join(', ')}} - got ${JSON.stringify(type)}.`);
  }
  if (body.context !== undefined) {
    if (!isObject(body.context) || typeof body.context.message_id !== 'string' || body.context.message_id === '') {
      invalidParam("Param context['message_id'] must be a non-empty string.");
    }
  }
  let bizOpaqueCallbackData: string | undefined;
  if (body.biz_opaque_callback_data !== undefined) {
    if (typeof body.biz_opaque_callback_data !== 'string') invalidParam('Param biz_opaque_callback_data must be a string.');
    if (Buffer.byteLength(body.biz_opaque_callback_data) > CALLBACK_DATA_MAX) {
      invalidParam(`Param biz_opaque_callback_data must be at most ${CALLBACK_DATA_MAX} bytes long.`);
    }
    bizOpaqueCallbackData = body.biz_opaque_callback_data;
  }

  const messageType = type as MessageType;
  const template = validateContent(messageType, body[messageType]);
  return {
    kind: 'message',
    input: body.to,
    waId,
    type: messageType,
    ...(bizOpaqueCallbackData !== undefined ? { bizOpaqueCallbackData } : {}),
    ...(template ? { template } : {}),
  };
}

function checkMessagingProduct(value: unknown): void {
  if (value === undefined) invalidParam('The parameter messaging_product is required.');
  if (value !== 'whatsapp') invalidParam(`Param messaging_product must be one of {WHATSAPP} - got ${JSON.stringify(value)}.`);
}

function validateMarkAsRead(body: Record<string, unknown>): ValidSend {
  if (body.status !== 'read') invalidParam(`Param status must be one of {READ} - got ${JSON.stringify(body.status)}.`);
  if (body.message_id === undefined) invalidParam('The parameter message_id is required.');
  if (typeof body.message_id !== 'string' || !body.message_id.startsWith('wamid.')) {
    invalidParam('Param message_id must be a valid WhatsApp message id.');
  }
  if (body.typing_indicator !== undefined) {
    if (!isObject(body.typing_indicator) || body.typing_indicator.type !== 'text') {
      invalidParam("Param typing_indicator['type'] must be one of {TEXT}.");
    }
  }
  return { kind: 'mark_read', messageId: body.message_id };
}

/** Validates the object named by `type`; returns the template summary for template sends. */
function validateContent(type: MessageType, content: unknown): TemplateSendSummary | undefined {
  if (isMediaType(type)) {
    validateMediaObject(content, type);
    return undefined;
  }
  switch (type) {
    case 'text':
      validateText(content);
      return undefined;
    case 'location':
      validateLocation(content);
      return undefined;
    case 'contacts':
      validateContacts(content);
      return undefined;
    case 'reaction':
      validateReaction(content);
      return undefined;
    case 'interactive':
      validateInteractive(content);
      return undefined;
    case 'template':
      return validateTemplate(content);
  }
  return undefined;
}

function validateText(text: unknown): void {
  if (!isObject(text)) invalidParam('The parameter text is required.');
  if (text.body === undefined || text.body === '') invalidParam("The parameter text['body'] is required.");
  if (typeof text.body !== 'string') invalidParam("Param text['body'] must be a string.");
  if (charLength(text.body) > TEXT_BODY_MAX) invalidParam(`Param text['body'] must be at most ${TEXT_BODY_MAX} characters long.`);
  if (text.preview_url !== undefined && typeof text.preview_url !== 'boolean') invalidParam("Param text['preview_url'] must be a boolean.");
}

function validateLocation(location: unknown): void {
  if (!isObject(location)) invalidParam('The parameter location is required.');
  checkCoordinate(location.latitude, 'latitude', 90);
  checkCoordinate(location.longitude, 'longitude', 180);
  for (const field of ['name', 'address'] as const) {
    if (location[field] !== undefined && typeof location[field] !== 'string') invalidValue(`Parameter 'location.${field}' must be a string.`);
  }
}

function checkCoordinate(value: unknown, field: string, limit: number): void {
  if (value === undefined) missingParam(`Parameter 'location.${field}' is required.`);
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || Math.abs(number) > limit) {
    invalidValue(`Parameter 'location.${field}' must be a number between -${limit} and ${limit}.`);
  }
}

function validateContacts(contacts: unknown): void {
  if (contacts === undefined) invalidParam('The parameter contacts is required.');
  if (!Array.isArray(contacts) || contacts.length === 0) invalidValue("Parameter 'contacts' must be a non-empty array.");
  contacts.forEach((contact: unknown, index) => {
    const path = `contacts[${index}]`;
    if (!isObject(contact)) invalidValue(`Parameter '${path}' must be an object.`);
    if (!isObject(contact.name)) missingParam(`Parameter '${path}.name' is required.`);
    const formatted = contact.name.formatted_name;
    if (formatted === undefined) missingParam(`Parameter '${path}.name.formatted_name' is required.`);
    if (typeof formatted !== 'string' || formatted.trim() === '') invalidValue(`Parameter '${path}.name.formatted_name' must be a non-empty string.`);
    if (contact.phones !== undefined && !Array.isArray(contact.phones)) invalidValue(`Parameter '${path}.phones' must be an array.`);
  });
}

function validateReaction(reaction: unknown): void {
  if (!isObject(reaction)) invalidParam('The parameter reaction is required.');
  if (reaction.message_id === undefined) missingParam("Parameter 'reaction.message_id' is required.");
  if (typeof reaction.message_id !== 'string' || reaction.message_id === '') invalidValue("Parameter 'reaction.message_id' must be a non-empty string.");
  if (reaction.emoji === undefined) missingParam("Parameter 'reaction.emoji' is required.");
  if (typeof reaction.emoji !== 'string') invalidValue("Parameter 'reaction.emoji' must be a string.");
  // An empty emoji removes an earlier reaction.
  if (reaction.emoji !== '' && !isSingleEmoji(reaction.emoji)) invalidValue('Reaction emoji must be a single emoji.');
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function isSingleEmoji(text: string): boolean {
  const segments = [...graphemes.segment(text)];
  if (segments.length !== 1) return false;
  return /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u.test(text);
}
