export type UserRole = 'admin' | 'operator' | 'chat_operator';

/** Who is calling: a signed-in user, or an API key acting for the whole account. */
export interface Principal {
  accountId: string;
  userId: string | null;
  role: UserRole;
  via: 'session' | 'api_key';
  apiKeyId: string | null;
}

/** How outbound messages and notes record their author. */
export function senderOf(principal: Principal): { type: 'user' | 'api'; id: string | null } {
  return principal.via === 'api_key' ? { type: 'api', id: principal.apiKeyId } : { type: 'user', id: principal.userId };
}
