import type { Channel, ChannelChange, NewChannel } from './queries';

/** The Meta Cloud API form's inputs, all as typed. */
export interface CloudCredentialsDraft {
  name: string;
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
}

export const EMPTY_CREDENTIALS: CloudCredentialsDraft = {
  name: '',
  phoneNumberId: '',
  wabaId: '',
  displayPhoneNumber: '',
  accessToken: '',
  appSecret: '',
  verifyToken: '',
};

/** An existing number's form: Sportello never sends its secrets back, so those start empty. */
export function draftFromChannel(channel: Channel): CloudCredentialsDraft {
  return { ...EMPTY_CREDENTIALS, name: channel.name, phoneNumberId: channel.phoneNumberId, wabaId: channel.wabaId, displayPhoneNumber: channel.displayPhoneNumber, verifyToken: channel.verifyToken };
}

/** POST body of a new Cloud API number; without a verify token Sportello makes one. */
export function newChannelBody(draft: CloudCredentialsDraft): NewChannel {
  const verifyToken = draft.verifyToken.trim();
  return {
    kind: 'cloud',
    name: draft.name.trim(),
    phoneNumberId: draft.phoneNumberId.trim(),
    wabaId: draft.wabaId.trim(),
    displayPhoneNumber: draft.displayPhoneNumber.trim(),
    accessToken: draft.accessToken.trim(),
    appSecret: draft.appSecret.trim(),
    ...(verifyToken ? { verifyToken } : {}),
  };
}

/**
 * PATCH body of an existing number: only what changed, and a secret only when
 * one was typed (empty means "keep the saved one"). The phone number id
 * identifies the number at Meta and cannot change.
 */
export function channelChangeBody(channel: Channel, draft: CloudCredentialsDraft): ChannelChange {
  const change: ChannelChange = {};
  const name = draft.name.trim();
  const wabaId = draft.wabaId.trim();
  const displayPhoneNumber = draft.displayPhoneNumber.trim();
  const verifyToken = draft.verifyToken.trim();
  if (name !== channel.name) change.name = name;
  if (wabaId !== channel.wabaId) change.wabaId = wabaId;
  if (displayPhoneNumber !== channel.displayPhoneNumber) change.displayPhoneNumber = displayPhoneNumber;
  if (verifyToken && verifyToken !== channel.verifyToken) change.verifyToken = verifyToken;
  if (draft.accessToken.trim()) change.accessToken = draft.accessToken.trim();
  if (draft.appSecret.trim()) change.appSecret = draft.appSecret.trim();
  return change;
}
