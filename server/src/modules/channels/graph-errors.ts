import { ChannelError } from './errors.ts';
import { GraphApiError, GraphUnreachableError } from './graph-client.ts';

/**
 * What to do with a failed send: retry later (the failure is Meta's or
 * temporary), or fail the message with an error the user can act on.
 */
export type SendFailure = { retry: true; reason: string; code: number | null } | { retry: false; error: ChannelError; code: number | null; title: string; details: string | null };

/** Temporary conditions: rate limits, maintenance, Meta's own outages. */
const RETRYABLE_CODES = new Set([4, 80007, 130429, 131000, 131016, 131056, 131057, 133004]);

export function classifySendFailure(err: unknown): SendFailure {
  if (err instanceof GraphUnreachableError) return { retry: true, reason: err.message, code: null };
  if (!(err instanceof GraphApiError)) throw err;
  if (RETRYABLE_CODES.has(err.code) || err.httpStatus >= 500) {
    return { retry: true, reason: `${err.code} ${err.title}`, code: err.code };
  }
  const failed = (error: ChannelError) => ({ retry: false as const, error, code: err.code, title: err.title, details: err.details });
  const what = `WhatsApp refused the message (${err.code} ${err.title}${err.details ? `: ${err.details}` : ''})`;
  const details = { whatsappCode: err.code, whatsappDetails: err.details };
  switch (err.code) {
    case 190:
    case 0:
    case 10:
    case 200:
      return failed(new ChannelError('channel_auth_failed', `The channel's access token was refused by WhatsApp: update it in the channel settings. ${what}`, details));
    case 131047:
      return failed(new ChannelError('outside_customer_service_window', what, details));
    case 131021:
    case 131026:
    case 131030:
    case 133010:
      return failed(new ChannelError('recipient_unavailable', what, details));
    case 132000:
    case 132001:
    case 132005:
    case 132007:
    case 132012:
    case 132015:
    case 132016:
      return failed(new ChannelError('template_rejected', what, details));
    case 100:
    case 131008:
    case 131009:
    case 131051:
      return failed(new ChannelError('invalid_message', what, details));
    default:
      return failed(new ChannelError('whatsapp_error', what, details));
  }
}
