import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordEvent } from '../../events/outbox.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { getContactRow } from '../contacts/service.ts';
import { decodeIdCursor, encodeCursor } from './cursor.ts';
import { ConversationsError } from './errors.ts';
import { notes, type SenderType } from './schema.ts';

/** Internal notes: left in a chat by operators, automations or the API; never sent to the customer. */
export interface NoteView {
  id: string;
  contactId: string;
  direction: 'note';
  type: 'note';
  text: string;
  sentBy: { type: SenderType; id: string | null };
  createdAt: Date;
}

function toNoteView(row: typeof notes.$inferSelect): NoteView {
  return { id: row.id, contactId: row.contactId, direction: 'note', type: 'note', text: row.text, sentBy: { type: row.authorType, id: row.authorId }, createdAt: row.createdAt };
}

export async function addNote(
  deps: Pick<Deps, 'database' | 'clock'>,
  principal: Principal,
  contactId: string,
  input: { text: string; author: { type: SenderType; id: string | null } },
): Promise<NoteView> {
  return deps.database.transaction(async (tx) => {
    await getContactRow(tx.db, principal, contactId);
    const [row] = await tx.db
      .insert(notes)
      .values({ id: newId(), accountId: principal.accountId, contactId, authorType: input.author.type, authorId: input.author.id, text: input.text, createdAt: deps.clock.now() })
      .returning();
    await recordEvent(tx, { accountId: principal.accountId, type: 'note.created', contactId, payload: { noteId: row!.id, contactId, text: row!.text, author: input.author } });
    return toNoteView(row!);
  });
}

export async function listNotes(
  deps: Pick<Deps, 'database'>,
  principal: Principal,
  contactId: string,
  options: { cursor?: string; limit: number },
): Promise<{ data: NoteView[]; nextCursor: string | null }> {
  const db = deps.database.db;
  await getContactRow(db, principal, contactId);
  const before = decodeIdCursor(options.cursor);
  if (before === null) throw new ConversationsError('invalid_cursor', 'This cursor is not valid');
  const rows = await notesBefore(db, principal.accountId, contactId, before, options.limit + 1);
  const page = rows.slice(0, options.limit);
  return { data: page, nextCursor: rows.length > options.limit ? encodeCursor([page[page.length - 1]!.id]) : null };
}

/** A contact's notes older than `before` (all when undefined), newest first. */
export async function notesBefore(db: Db, accountId: string, contactId: string, before: string | undefined, limit: number): Promise<NoteView[]> {
  const rows = await db
    .select()
    .from(notes)
    .where(and(eq(notes.accountId, accountId), eq(notes.contactId, contactId), before ? lt(notes.id, before) : undefined))
    .orderBy(desc(notes.id))
    .limit(limit);
  return rows.map(toNoteView);
}
