import { and, eq } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { recordEvent } from '../../events/outbox.ts';
import { DomainError } from '../../lib/errors.ts';
import type { Principal } from '../accounts/principal.ts';
import { getUser } from '../accounts/service.ts';
import { toContacts, type Contact } from './contact-json.ts';
import { ContactsError } from './errors.ts';
import { contactOperators } from './schema.ts';
import { getContactRow } from './service.ts';

type OperatorDeps = Pick<Deps, 'database' | 'clock'>;

async function userOfAccountOrThrow(deps: OperatorDeps, accountId: string, userId: string): Promise<void> {
  try {
    await getUser(deps, accountId, userId);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'user_not_found') {
      throw new ContactsError('user_not_found', `No user ${userId} in this account`, { field: 'userId', userId });
    }
    throw err;
  }
}

/** Assigns a user of the account to the contact's conversation; `conversation.assigned` only when new. */
export async function assignOperator(deps: OperatorDeps, principal: Principal, contactId: string, userId: string): Promise<Contact> {
  await userOfAccountOrThrow(deps, principal.accountId, userId);
  return deps.database.transaction(async (tx) => {
    const row = await getContactRow(tx.db, principal, contactId);
    const added = await tx.db
      .insert(contactOperators)
      .values({ accountId: principal.accountId, contactId, userId, assignedAt: deps.clock.now() })
      .onConflictDoNothing()
      .returning({ userId: contactOperators.userId });
    if (added.length > 0) {
      await recordEvent(tx, { accountId: principal.accountId, type: 'conversation.assigned', contactId, payload: { contactId, userId } });
    }
    return (await toContacts(tx.db, principal.accountId, [row]))[0]!;
  });
}

/** Unassigns a user; removing someone who is not assigned changes nothing and is not an error. */
export async function unassignOperator(deps: OperatorDeps, principal: Principal, contactId: string, userId: string): Promise<Contact> {
  return deps.database.transaction(async (tx) => {
    const row = await getContactRow(tx.db, principal, contactId);
    const removed = await tx.db
      .delete(contactOperators)
      .where(and(eq(contactOperators.accountId, principal.accountId), eq(contactOperators.contactId, contactId), eq(contactOperators.userId, userId)))
      .returning({ userId: contactOperators.userId });
    if (removed.length > 0) {
      await recordEvent(tx, { accountId: principal.accountId, type: 'conversation.unassigned', contactId, payload: { contactId, userId } });
    }
    return (await toContacts(tx.db, principal.accountId, [row]))[0]!;
  });
}
