import type { WebhookErrorObject } from './types.ts';
import { newFbTraceId } from './wa-ids.ts';

/**
 * Meta's error catalogue as far as the sandbox reproduces it. `reportedBy`
 * says how a code reaches the business: in the error response of the send
 * call ("call"), or as a `failed` status webhook after a 200 ("webhook").
 * `httpStatus: 'rate-limit'` defers to the `rateLimitHttpStatus` setting,
 * because sources disagree between 400 and 429 for those codes.
 */
interface CatalogueEntry {
  title: string;
  details: string;
  httpStatus: number | 'rate-limit';
  reportedBy: 'call' | 'webhook';
}

const CATALOGUE: Record<number, CatalogueEntry> = {
  0: { title: 'AuthException', details: 'We were unable to authenticate the app user.', httpStatus: 401, reportedBy: 'call' },
  4: { title: 'Application request limit reached', details: 'The app has reached its API call rate limit.', httpStatus: 400, reportedBy: 'call' },
  10: { title: 'Permission denied', details: 'Permission is either not granted or has been removed.', httpStatus: 403, reportedBy: 'call' },
  100: { title: 'Invalid parameter', details: 'Invalid parameter', httpStatus: 400, reportedBy: 'call' },
  190: { title: 'Access token has expired', details: 'Your access token has expired or is invalid.', httpStatus: 401, reportedBy: 'call' },
  368: { title: 'Temporarily blocked for policies violations', details: 'The WhatsApp Business Account is restricted for violating a platform policy.', httpStatus: 403, reportedBy: 'call' },
  80007: { title: 'Rate limit issues', details: 'The WhatsApp Business Account has reached its rate limit.', httpStatus: 400, reportedBy: 'call' },
  130429: {
    title: 'Rate limit hit',
    details: 'Message failed to send because there were too many messages sent from this phone number in a short period of time',
    httpStatus: 'rate-limit',
    reportedBy: 'call',
  },
  130472: {
    title: "User's number is part of an experiment",
    details: "Message failed to send because the user's number is part of an experiment.",
    httpStatus: 400,
    reportedBy: 'webhook',
  },
  131000: { title: 'Something went wrong', details: 'Message failed to send due to an unknown error.', httpStatus: 500, reportedBy: 'call' },
  131005: { title: 'Access denied', details: 'Permission is either not granted or has been removed.', httpStatus: 403, reportedBy: 'call' },
  131008: { title: 'Required parameter is missing', details: 'A required parameter is missing.', httpStatus: 400, reportedBy: 'call' },
  131009: { title: 'Parameter value is not valid', details: 'One or more parameter values are invalid.', httpStatus: 400, reportedBy: 'call' },
  131016: { title: 'Service unavailable', details: 'A service is temporarily unavailable.', httpStatus: 503, reportedBy: 'call' },
  131021: { title: 'Recipient cannot be sender', details: 'Sender and recipient phone number is the same.', httpStatus: 400, reportedBy: 'call' },
  131026: {
    title: 'Message undeliverable',
    details: 'Message Undeliverable.',
    httpStatus: 400,
    reportedBy: 'webhook',
  },
  131030: { title: 'Recipient phone number not in allowed list', details: 'Recipient phone number not in allowed list.', httpStatus: 400, reportedBy: 'call' },
  131031: { title: 'Account has been locked', details: 'The WhatsApp Business Account has been locked.', httpStatus: 403, reportedBy: 'call' },
  131047: {
    title: 'Re-engagement message',
    details: 'More than 24 hours have passed since the recipient last replied to the sender number.',
    httpStatus: 400,
    reportedBy: 'webhook',
  },
  131048: { title: 'Spam rate limit hit', details: 'Message failed to send because there are restrictions on how many messages can be sent from this phone number.', httpStatus: 400, reportedBy: 'call' },
  131049: {
    title: 'This message was not delivered to maintain healthy ecosystem engagement.',
    details: 'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
    httpStatus: 400,
    reportedBy: 'webhook',
  },
  131050: {
    title: 'User stopped marketing messages',
    details: 'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.',
    httpStatus: 400,
    reportedBy: 'webhook',
  },
  131051: { title: 'Unsupported message type', details: 'Message type is not currently supported.', httpStatus: 400, reportedBy: 'call' },
  131053: { title: 'Media upload error', details: 'Unable to upload the media used in the message.', httpStatus: 400, reportedBy: 'webhook' },
  131056: {
    title: '(Business Account, Consumer Account) pair rate limit hit',
    details: 'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
    httpStatus: 'rate-limit',
    reportedBy: 'call',
  },
  131057: { title: 'Account in maintenance mode', details: 'Business account is in maintenance mode.', httpStatus: 400, reportedBy: 'call' },
  132000: {
    title: 'Number of parameters does not match the expected number of params',
    details: 'The number of variable parameter values does not match the number of variables defined in the template.',
    httpStatus: 400,
    reportedBy: 'call',
  },
  132001: { title: 'Template name does not exist in the translation', details: 'Template name does not exist in the translation.', httpStatus: 404, reportedBy: 'call' },
  132005: { title: 'Translated text too long', details: 'Translated text is too long.', httpStatus: 400, reportedBy: 'call' },
  132007: { title: 'Template Format Character Policy Violated', details: 'Template content violates a WhatsApp policy.', httpStatus: 400, reportedBy: 'call' },
  132012: { title: 'Template Parameter Format Mismatch', details: 'Variable parameter values formatted incorrectly.', httpStatus: 400, reportedBy: 'call' },
  132015: { title: 'Template is Paused', details: 'Template is paused due to low quality so it cannot be sent in a template message.', httpStatus: 400, reportedBy: 'call' },
  132016: { title: 'Template is Disabled', details: 'Template has been paused too many times due to low quality and is now permanently disabled.', httpStatus: 400, reportedBy: 'call' },
  133010: { title: 'Phone number not registered', details: 'The phone number is not registered on the WhatsApp Business Platform.', httpStatus: 400, reportedBy: 'call' },
};

const UNKNOWN: CatalogueEntry = { title: 'Something went wrong', details: 'Unknown error.', httpStatus: 400, reportedBy: 'call' };

export const ERROR_CODES_HREF = 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/';

function entryFor(code: number): CatalogueEntry {
  return CATALOGUE[code] ?? UNKNOWN;
}

export function errorTitle(code: number): string {
  return entryFor(code).title;
}

/** True for codes Meta reports as a `failed` status webhook after accepting the send with a 200. */
export function isReportedByWebhook(code: number): boolean {
  return entryFor(code).reportedBy === 'webhook';
}

/**
 * A reason to refuse a Graph call. `message` replaces the "(#code) title"
 * headline, for the code-100 errors whose headline Meta words per parameter
 * ("(#100) The parameter to is required.").
 */
export interface GraphFault {
  code: number;
  details?: string;
  message?: string;
  httpStatus?: number;
}

export interface GraphErrorBody {
  error: {
    message: string;
    type: string;
    code: number;
    error_subcode?: number;
    error_data?: { messaging_product: 'whatsapp'; details: string };
    fbtrace_id: string;
  };
}

export interface GraphReply {
  statusCode: number;
  body: unknown;
}

export function httpStatusFor(code: number, rateLimitHttpStatus: number): number {
  const status = entryFor(code).httpStatus;
  return status === 'rate-limit' ? rateLimitHttpStatus : status;
}

/** The synchronous error answer of the messages endpoint, in Meta's shape. */
export function graphErrorReply(fault: GraphFault, rateLimitHttpStatus: number): GraphReply {
  const entry = entryFor(fault.code);
  const body: GraphErrorBody = {
    error: {
      message: fault.message ?? `(#${fault.code}) ${entry.title}`,
      type: 'OAuthException',
      code: fault.code,
      error_data: { messaging_product: 'whatsapp', details: fault.details ?? entry.details },
      fbtrace_id: newFbTraceId(),
    },
  };
  return { statusCode: fault.httpStatus ?? httpStatusFor(fault.code, rateLimitHttpStatus), body };
}

/**
 * Graph answers token problems before it looks at the WhatsApp request, in
 * its generic form (no "(#190)" prefix, no error_data).
 */
export function invalidTokenReply(): GraphReply {
  return {
    statusCode: 401,
    body: {
      error: {
        message: 'Invalid OAuth access token - Cannot parse access token',
        type: 'OAuthException',
        code: 190,
        fbtrace_id: newFbTraceId(),
      },
    },
  };
}

/** What Graph says for a node id it does not know (or the token may not see). */
export function unknownObjectReply(objectId: string, method: 'get' | 'post'): GraphReply {
  return {
    statusCode: 400,
    body: {
      error: {
        message: `Unsupported ${method} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
        type: 'GraphMethodException',
        code: 100,
        error_subcode: 33,
        fbtrace_id: newFbTraceId(),
      },
    },
  };
}

/** Graph's answer to a path it has no endpoint for. */
export function unknownPathReply(path: string): GraphReply {
  return {
    statusCode: 400,
    body: {
      error: {
        message: `Unknown path components: ${path}`,
        type: 'OAuthException',
        code: 2500,
        fbtrace_id: newFbTraceId(),
      },
    },
  };
}

/** The `errors[0]` object of a `failed` status webhook. */
export function webhookErrorObject(code: number, details?: string): WebhookErrorObject {
  const entry = entryFor(code);
  return {
    code,
    title: entry.title,
    message: entry.title,
    error_data: { details: details ?? entry.details },
    href: ERROR_CODES_HREF,
  };
}
