import type { Role } from '../../../api/types';

/** Every role, from the most to the least powerful, for pickers. */
export const ROLES: Role[] = ['admin', 'operator', 'chat_operator'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as string[]).includes(value);
}
