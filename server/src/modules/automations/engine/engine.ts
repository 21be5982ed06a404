import type { Tx } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import type { EventConsumer } from '../../../events/dispatcher.ts';
import type { StoredEvent } from '../../../events/types.ts';
import type { Services } from '../../../services.ts';
import { getSchedule } from '../../settings/service.ts';
import { isHoliday, isWithinWorkingHours, localParts, type Schedule } from '../../settings/working-hours.ts';
import { ticketRunData } from '../placeholders.ts';
import { activeAutomations } from '../service.ts';
import { byTrigger, matchesStatusChange, messageTriggered, type ActiveAutomation, type InboundForTriggers } from '../trigger-match.ts';
import { runControl, RunTerminator } from './control.ts';
import { createExecutor, type Executor } from './executor.ts';
import { insertRuns, type NewRun } from './runs.ts';
import type { ReplyMessage } from './state.ts';

export const AUTOMATION_EVENT_TYPES = ['message.received', 'contact.added_to_list', 'ticket.created', 'ticket.status_changed'] as const;

interface MessagePayload {
  messageId: string;
  contactId: string;
  type: string;
  text: string | null;
  receivedAt?: string;
  reply: { kind: string; id: string | null; title: string | null } | null;
}

interface TicketPayload {
  ticketId: string;
  reference: string;
  title: string;
  status: string;
  priority: string;
  category: string | null;
  contactId: string;
  from?: { status: string };
  to?: { status: string };
}

/**
 * The automation engine of one process: the executor that moves runs, and
 * the event consumer that turns what happens (a customer's message, a list,
 * a ticket) into replies for waiting runs and new runs.
 */
export class AutomationEngine {
  readonly executor: Executor;
  readonly terminator = new RunTerminator();

  constructor(
    private readonly deps: Deps,
    services: Services,
  ) {
    this.executor = createExecutor(deps, services, runControl(this.terminator));
  }

  consumer(): EventConsumer {
    return {
      name: 'automations',
      types: AUTOMATION_EVENT_TYPES,
      handle: (event) => this.handleEvents([event]),
      handleBatch: (events) => this.handleEvents(events),
    };
  }

  /** Inserts runs in the caller's transaction (or its own) and has the executor take them at once. */
  async startRuns(runs: NewRun[], tx?: Tx): Promise<string[]> {
    const now = this.deps.clock.now();
    const ids = tx ? await insertRuns(tx, runs, now) : await this.deps.database.transaction((t) => insertRuns(t, runs, now));
    if (ids.length > 0) this.executor.wake();
    return ids;
  }

  async handleEvents(events: StoredEvent[]): Promise<void> {
    const automations = await activeAutomations(this.deps.database, events.map((e) => e.accountId));
    const depths = await this.causeDepths(events);
    const waiting = await this.runsWaitingForReply(events);
    const schedules = new Map<string, Schedule>();
    const runs: NewRun[] = [];
    for (const event of events) {
      if (!event.contactId) continue;
      const depth = event.causedByRun ? (depths.get(event.causedByRun) ?? 0) + 1 : 0;
      const start = (automation: ActiveAutomation, data: Record<string, unknown>, triggerKey = `event:${event.id}`) =>
        runs.push({
          accountId: event.accountId,
          automationId: automation.id,
          version: automation.version,
          contactId: event.contactId!,
          triggerType: automation.definition.trigger.type,
          triggerKey,
          data,
          depth,
        });
      switch (event.type) {
        case 'message.received':
          await this.onMessage(event, waiting.get(`${event.accountId}:${event.contactId}`) ?? [], automations, schedules, start);
          break;
        case 'contact.added_to_list': {
          const list = String(event.payload.list ?? '');
          for (const a of byTrigger(automations, event.accountId, 'list_added')) {
            const t = a.definition.trigger as { list: string };
            if (t.list.trim().toLowerCase() === list.trim().toLowerCase()) start(a, { LIST: list });
          }
          break;
        }
        case 'ticket.created':
          for (const a of byTrigger(automations, event.accountId, 'ticket_created')) start(a, ticketPayloadData(event.payload as unknown as TicketPayload));
          break;
        case 'ticket.status_changed': {
          const p = event.payload as unknown as TicketPayload;
          const change = { from: p.from?.status ?? '', to: p.to?.status ?? p.status };
          for (const a of byTrigger(automations, event.accountId, 'ticket_status_changed')) {
            if (matchesStatusChange(a.definition.trigger as never, change)) start(a, { ...ticketPayloadData(p), TICKET_PREVIOUS_STATUS: change.from });
          }
          break;
        }
        default:
          break;
      }
    }
    await this.startRuns(runs);
  }

  /**
   * A customer's message: first the answer to runs waiting for it, then the
   * automations its words start, and only when neither took it, the
   * out-of-hours or holiday reply.
   */
  private async onMessage(
    event: StoredEvent,
    waitingRunIds: string[],
    automations: ActiveAutomation[],
    schedules: Map<string, Schedule>,
    start: (a: ActiveAutomation, data: Record<string, unknown>, triggerKey?: string) => void,
  ): Promise<void> {
    const p = event.payload as unknown as MessagePayload;
    const message: InboundForTriggers = { type: p.type, text: p.text, reply: p.reply ? { id: p.reply.id, title: p.reply.title } : null };
    let answered = await this.deliverReply(event, p, waitingRunIds);
    const said = p.reply?.title ?? p.text ?? '';
    const data = { MESSAGE: said, LAST_MESSAGE: said, MESSAGE_ID: p.messageId, BUTTON_ID: p.reply?.id ?? '', BUTTON_TITLE: p.reply?.title ?? '' };
    for (const a of messageTriggered(automations.filter((x) => x.accountId === event.accountId), message)) {
      start(a, data);
      answered = true;
    }
    if (answered) return;
    const closedAutomations = [...byTrigger(automations, event.accountId, 'holiday'), ...byTrigger(automations, event.accountId, 'outside_working_hours')];
    if (closedAutomations.length === 0) return;
    let schedule = schedules.get(event.accountId);
    if (!schedule) schedules.set(event.accountId, (schedule = await getSchedule(this.deps, event.accountId)));
    const at = new Date(p.receivedAt ?? event.createdAt);
    const today = localParts(schedule.timezone, at).date;
    // A holiday has its own reply; outside-hours answers the other closed times. Each at most once a day per contact.
    const kind = isHoliday(schedule, at) ? 'holiday' : !isWithinWorkingHours(schedule, at) ? 'outside_working_hours' : null;
    if (!kind) return;
    const chosen = byTrigger(automations, event.accountId, kind);
    const fallback = kind === 'holiday' && chosen.length === 0 && !isWithinWorkingHours(schedule, at) ? byTrigger(automations, event.accountId, 'outside_working_hours') : [];
    for (const a of [...chosen, ...fallback]) start(a, data, `${a.definition.trigger.type}:${today}`);
  }

  /**
   * Runs waiting for a reply of the contacts who wrote, oldest first, in one
   * query for the whole batch. A run that waits for the answer to a question
   * waited before the question went out, so before the answer's event came.
   */
  private async runsWaitingForReply(events: StoredEvent[]): Promise<Map<string, string[]>> {
    const writers = events.filter((e) => e.type === 'message.received' && e.contactId);
    const byContact = new Map<string, string[]>();
    if (writers.length === 0) return byContact;
    const { rows } = await this.deps.database.sql.query<{ id: string; account_id: string; contact_id: string }>(
      `SELECT r.id, r.account_id, r.contact_id FROM automation_runs r
         JOIN (SELECT DISTINCT * FROM unnest($1::uuid[], $2::uuid[]) AS w(account_id, contact_id)) w ON w.account_id = r.account_id AND w.contact_id = r.contact_id
        WHERE r.status = 'waiting' AND r.waiting_for = 'reply' ORDER BY r.started_at`,
      [writers.map((e) => e.accountId), writers.map((e) => e.contactId)],
    );
    for (const r of rows) {
      const key = `${r.account_id}:${r.contact_id}`;
      byContact.set(key, [...(byContact.get(key) ?? []), r.id]);
    }
    return byContact;
  }

  /** Hands the message to the contact's runs waiting for a reply; true when one took it. */
  private async deliverReply(event: StoredEvent, p: MessagePayload, runIds: string[]): Promise<boolean> {
    const reply: ReplyMessage = {
      id: p.messageId,
      type: p.type,
      text: p.text,
      buttonId: p.reply?.id ?? null,
      buttonTitle: p.reply?.title ?? null,
      receivedAt: p.receivedAt ?? event.createdAt.toISOString(),
    };
    let taken = false;
    for (const runId of runIds) {
      if (await this.executor.process(runId, { type: 'customer_replied', message: reply })) taken = true;
    }
    return taken;
  }

  private async causeDepths(events: StoredEvent[]): Promise<Map<string, number>> {
    const ids = [...new Set(events.map((e) => e.causedByRun).filter((id): id is string => !!id))];
    if (ids.length === 0) return new Map();
    const { rows } = await this.deps.database.sql.query<{ id: string; depth: number }>(`SELECT id, depth FROM automation_runs WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.depth]));
  }
}

function ticketPayloadData(p: TicketPayload): Record<string, string> {
  return ticketRunData({ ...p, id: p.ticketId });
}
