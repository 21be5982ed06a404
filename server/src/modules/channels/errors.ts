import { DomainError } from '../../lib/errors.ts';

export type ChannelErrorCode =
  | 'channel_not_found'
  | 'no_channel'
  | 'phone_number_id_taken'
  | 'outside_customer_service_window'
  | 'contact_blocked'
  | 'throughput_exceeded'
  | 'pair_rate_limited'
  | 'invalid_message'
  | 'template_rejected'
  | 'recipient_unavailable'
  | 'channel_auth_failed'
  | 'whatsapp_unavailable'
  | 'whatsapp_error';

/** Channel errors, including Graph API failures translated to what a user can act on. */
export class ChannelError extends DomainError<ChannelErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'channel_not_found':
        return 404;
      case 'phone_number_id_taken':
        return 409;
      case 'no_channel':
      case 'outside_customer_service_window':
      case 'contact_blocked':
      case 'invalid_message':
      case 'template_rejected':
      case 'recipient_unavailable':
        return 422;
      case 'throughput_exceeded':
      case 'pair_rate_limited':
        return 429;
      case 'channel_auth_failed':
      case 'whatsapp_error':
        return 502;
      case 'whatsapp_unavailable':
        return 503;
    }
  }
}
