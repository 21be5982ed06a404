import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SqlExecutor } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Principal } from '../accounts/principal.ts';
import { visibleContactIds } from '../contacts/service.ts';
import { fieldError } from './errors.ts';
import type { MacroStatus, TicketPriority } from './schema.ts';
import { TICKET_SELECT, toTicketView, type TicketView } from './service.ts';
import { ensureTicketSetup, statusByName } from './statuses.ts';

const dialect = new PgDialect();

async function run<Row>(executor: SqlExecutor, query: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return (await executor.query<Row>(text, params)).rows;
}

/** Sort keys of the ticket list; a leading `-` sorts descending. */
/** The generated priority_rank of each priority (schema.ts). */
const PRIORITY_RANK: Record<TicketPriority, number> = { low: 1, medium: 2, high: 3, urgent: 4 };

export const TICKET_SORTS = ['createdAt', 'updatedAt', 'priority', 'status', 'title'] as const;
export type TicketSortKey = (typeof TICKET_SORTS)[number];
export type TicketSort = TicketSortKey | `-${TicketSortKey}`;

/**
 * What each sort compares, with the SQL type its cursor value is cast to.
 * Status sorts by workflow: macro-status (open, in progress, terminated), then
 * the status's position. Priority sorts low < medium < high < urgent.
 */
const SORT_EXPRESSIONS: Record<TicketSortKey, { expr: string; cast: string }> = {
  createdAt: { expr: 't.created_at', cast: 'timestamptz' },
  updatedAt: { expr: 't.updated_at', cast: 'timestamptz' },
  priority: { expr: 't.priority_rank', cast: 'int' },
  status: { expr: `(CASE s.macro_status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 ELSE 2 END) * 1000000 + s.position`, cast: 'int' },
  title: { expr: 'lower(t.title)', cast: 'text' },
};

export interface TicketFilter {
  status?: string;
  macroStatus?: MacroStatus;
  priority?: TicketPriority;
  category?: string;
  ownerId?: string;
  contactId?: string;
  from?: string;
  to?: string;
  q?: string;
}

/** `from` is inclusive; a date-only `to` covers that whole day, a timestamp `to` is inclusive. */
function dateRange(filter: { from?: string; to?: string }): SQL[] {
  const conditions: SQL[] = [];
  if (filter.from) conditions.push(sql`t.created_at >= ${filter.from}::timestamptz`);
  if (filter.to) {
    conditions.push(
      /^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? sql`t.created_at < (${filter.to}::date + 1)::timestamptz` : sql`t.created_at <= ${filter.to}::timestamptz`,
    );
  }
  return conditions;
}

/** The account, narrowed for chat operators to tickets of contacts assigned to them. */
function scopeConditions(accountId: string, principal: Principal | undefined): SQL[] {
  const conditions = [sql`t.account_id = ${accountId}`];
  if (principal?.role === 'chat_operator') {
    conditions.push(sql`t.contact_id IN ${visibleContactIds(principal)}`);
  }
  return conditions;
}

interface CursorKey {
  sort: TicketSort;
  value: string | number;
  id: string;
}

function encodeListCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.sort, key.value, key.id])).toString('base64url');
}

function decodeListCursor(cursor: string, sort: TicketSort): CursorKey {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed[0] === sort && (typeof parsed[1] === 'string' || typeof parsed[1] === 'number') && typeof parsed[2] === 'string') {
      return { sort, value: parsed[1], id: parsed[2] };
    }
  } catch {
    // falls through to the error below
  }
  throw fieldError('invalid_cursor', 'cursor', 'This cursor is not valid for this sort');
}

export async function listTickets(
  deps: Pick<Deps, 'database'>,
  scope: { accountId: string; principal?: Principal },
  filter: TicketFilter,
  page: { sort?: TicketSort; cursor?: string; limit: number },
): Promise<{ data: TicketView[]; nextCursor: string | null }> {
  const sort: TicketSort = page.sort ?? '-createdAt';
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as TicketSortKey;
  const { expr, cast } = SORT_EXPRESSIONS[key];
  const after = page.cursor ? decodeListCursor(page.cursor, sort) : undefined;

  return deps.database.transaction(async (tx) => {
    await ensureTicketSetup(tx, scope.accountId);
    const conditions = scopeConditions(scope.accountId, scope.principal);
    if (filter.status !== undefined) conditions.push(sql`t.status_id = ${(await statusByName(tx, scope.accountId, filter.status)).id}`);
    if (filter.macroStatus) conditions.push(sql`s.macro_status = ${filter.macroStatus}`);
    // By rank, the column the status+priority index holds, so the filter narrows the index scan.
    if (filter.priority) conditions.push(sql`t.priority_rank = ${PRIORITY_RANK[filter.priority]}`);
    if (filter.category !== undefined) conditions.push(sql`lower(c.name) = lower(${filter.category.trim()})`);
    if (filter.ownerId) conditions.push(sql`t.owner_id = ${filter.ownerId}`);
    if (filter.contactId) conditions.push(sql`t.contact_id = ${filter.contactId}`);
    conditions.push(...dateRange(filter));
    if (filter.q) conditions.push(sql`(t.search @@ websearch_to_tsquery('simple', ${filter.q}) OR t.reference = ${filter.q})`);
    const op = sql.raw(descending ? '<' : '>');
    const sortExpr = sql.raw(expr);
    if (after) {
      const value = sql`${after.value}::${sql.raw(cast)}`;
      conditions.push(sql`(${sortExpr} ${op} ${value} OR (${sortExpr} = ${value} AND t.id ${op} ${after.id}::uuid))`);
    }
    const direction = sql.raw(descending ? 'DESC' : 'ASC');
    const pageRows = await run<Parameters<typeof toTicketView>[0] & { sortValue: string | number | Date }>(
      tx.sql,
      sql`${sql.raw(TICKET_SELECT.replace('SELECT ', `SELECT ${expr} AS "sortValue", `))}
          WHERE ${sql.join(conditions, sql` AND `)}
          ORDER BY ${sortExpr} ${direction}, t.id ${direction}
          LIMIT ${page.limit + 1}`,
    );
    const data = pageRows.slice(0, page.limit);
    const last = data[data.length - 1];
    let nextCursor: string | null = null;
    if (pageRows.length > page.limit && last) {
      const value = last.sortValue instanceof Date ? last.sortValue.toISOString() : last.sortValue;
      nextCursor = encodeListCursor({ sort, value, id: last.id });
    }
    return { data: data.map(toTicketView), nextCursor };
  });
}

export interface TicketStats {
  byCategory: Array<{ category: string | null; count: number; share: number }>;
  byStatus: Array<{ status: string; count: number }>;
  byPriority: Array<{ priority: TicketPriority; count: number }>;
  avgCloseSecondsByCategory: Array<{ category: string | null; seconds: number }>;
}

/**
 * Ticket statistics for tickets created in the range, each figure one GROUP BY:
 * share per category (of all tickets in range; `null` = no category), count
 * per status (every status of the account, zeros included), count per
 * priority (urgent first, zeros included), average seconds from creation to
 * closing per category (closed tickets only).
 */
export async function ticketStats(
  deps: Pick<Deps, 'database'>,
  scope: { accountId: string; principal?: Principal },
  range: { from?: string; to?: string },
): Promise<TicketStats> {
  return deps.database.transaction(async (tx) => {
    await ensureTicketSetup(tx, scope.accountId);
    const where = sql.join([...scopeConditions(scope.accountId, scope.principal), ...dateRange(range)], sql` AND `);
    const byCategory = await run<{ category: string | null; count: number; share: number }>(
      tx.sql,
      sql`SELECT c.name AS category, count(*)::int AS count,
                 round((count(*)::numeric / sum(count(*)) OVER ()), 4)::float8 AS share
            FROM tickets t LEFT JOIN ticket_categories c ON c.id = t.category_id
           WHERE ${where}
           GROUP BY c.id, c.name
           ORDER BY count(*) DESC, c.name NULLS LAST`,
    );
    const byStatus = await run<{ status: string; count: number }>(
      tx.sql,
      sql`SELECT s.name AS status, coalesce(n.count, 0)::int AS count
            FROM ticket_statuses s
            LEFT JOIN (SELECT t.status_id, count(*) AS count FROM tickets t WHERE ${where} GROUP BY t.status_id) n ON n.status_id = s.id
           WHERE s.account_id = ${scope.accountId}
           ORDER BY s.position, s.id`,
    );
    const byPriority = await run<{ priority: TicketPriority; count: number }>(
      tx.sql,
      sql`SELECT p.priority, coalesce(n.count, 0)::int AS count
            FROM (VALUES ('urgent', 4), ('high', 3), ('medium', 2), ('low', 1)) AS p(priority, rank)
            LEFT JOIN (SELECT t.priority_rank, count(*) AS count FROM tickets t WHERE ${where} GROUP BY t.priority_rank) n ON n.priority_rank = p.rank
           ORDER BY p.rank DESC`,
    );
    const avgCloseSecondsByCategory = await run<{ category: string | null; seconds: number }>(
      tx.sql,
      sql`SELECT c.name AS category, round(avg(extract(epoch FROM t.closed_at - t.created_at)))::float8 AS seconds
            FROM tickets t LEFT JOIN ticket_categories c ON c.id = t.category_id
           WHERE ${where} AND t.closed_at IS NOT NULL
           GROUP BY c.id, c.name
           ORDER BY c.name NULLS LAST`,
    );
    return { byCategory, byStatus, byPriority, avgCloseSecondsByCategory };
  });
}
