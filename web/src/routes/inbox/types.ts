import type { paths } from '../../api/openapi';
import type { JsonOf } from '../../api/types';

/** What the inbox reads from the API, named once. */
export type Conversation = JsonOf<'/api/v1/conversations', 'get'>['data'][number];
export type ConversationFilters = NonNullable<paths['/api/v1/conversations']['get']['parameters']['query']>;
export type ThreadItem = JsonOf<'/api/v1/contacts/{id}/messages', 'get'>['data'][number];
export type Message = Extract<ThreadItem, { status: string }>;
export type Note = Extract<ThreadItem, { direction: 'note' }>;
export type Contact = JsonOf<'/api/v1/contacts/{id}', 'get'>;
export type Ticket = JsonOf<'/api/v1/contacts/{id}/tickets', 'get'>['data'][number];
export type AutomationRun = JsonOf<'/api/v1/contacts/{id}/automation-runs', 'get'>['data'][number];
export type Sender = ThreadItem['sentBy'];

export function isNote(item: ThreadItem): item is Note {
  return item.direction === 'note';
}
