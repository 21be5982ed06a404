import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import type { Tx } from '../../db/client.ts';
import { recordEvent } from '../../events/outbox.ts';
import { newId, randomToken } from '../../lib/ids.ts';
import { hashPassword, hashToken, verifyPassword } from '../../lib/passwords.ts';
import { AccountsError } from './errors.ts';
import type { Principal, UserRole } from './principal.ts';
import { accounts, apiKeys, sessions, users } from './schema.ts';

export type Language = 'it' | 'en' | 'es';

function isLanguage(value: unknown): value is Language {
  return value === 'it' || value === 'en' || value === 'es';
}

export interface User {
  id: string;
  accountId: string;
  email: string;
  name: string;
  role: UserRole;
  language: Language;
  receiveTicketEmails: boolean;
  disabled: boolean;
  createdAt: Date;
}

export interface Account {
  id: string;
  name: string;
  timezone: string;
  defaultLanguage: string;
  createdAt: Date;
}

const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
const MIN_PASSWORD_LENGTH = 8;

function toUser(row: typeof users.$inferSelect): User {
  return {
    id: row.id,
    accountId: row.accountId,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    receiveTicketEmails: row.receiveTicketEmails,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt,
  };
}

function assertPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountsError('weak_password', `The password must have at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
  }
}

async function assertEmailFree(tx: Tx, email: string): Promise<void> {
  const taken = await tx.db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  if (taken.length > 0) throw new AccountsError('email_taken', `A user with e-mail ${email} already exists`, { field: 'email' });
}

export interface CreatedAccount {
  account: Account;
  user: User;
  apiKey: string;
}

/** A new business: the account, its first admin and a first API key, in one transaction. */
export async function createAccount(
  deps: Pick<Deps, 'database'>,
  input: { name: string; email: string; password: string; userName?: string; timezone?: string; language?: Language },
  inTx?: (tx: Tx, created: CreatedAccount) => Promise<void>,
): Promise<CreatedAccount> {
  assertPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return deps.database.transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    const accountId = newId();
    const [account] = await tx.db
      .insert(accounts)
      .values({ id: accountId, accountId, name: input.name, timezone: input.timezone ?? 'Europe/Rome', defaultLanguage: input.language ?? 'en' })
      .returning();
    const [user] = await tx.db
      .insert(users)
      .values({
        id: newId(),
        accountId,
        email: input.email.trim(),
        name: input.userName ?? input.email.split('@')[0] ?? input.email,
        passwordHash,
        role: 'admin',
        language: input.language ?? 'en',
      })
      .returning();
    const key = await insertApiKey(tx, accountId, 'Default', user!.id);
    await recordEvent(tx, { accountId, type: 'account.created', payload: { accountId, name: input.name } });
    const created = {
      account: { id: account!.id, name: account!.name, timezone: account!.timezone, defaultLanguage: account!.defaultLanguage, createdAt: account!.createdAt },
      user: toUser(user!),
      apiKey: key.key,
    };
    if (inTx) await inTx(tx, created);
    return created;
  });
}

export async function countAccounts(deps: Pick<Deps, 'database'>): Promise<number> {
  const [row] = await deps.database.db.select({ n: sql<number>`count(*)::int` }).from(accounts);
  return row?.n ?? 0;
}

export async function getAccount(deps: Pick<Deps, 'database'>, accountId: string): Promise<Account> {
  const [row] = await deps.database.db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!row) throw new AccountsError('user_not_found', 'Account not found');
  return { id: row.id, name: row.name, timezone: row.timezone, defaultLanguage: row.defaultLanguage, createdAt: row.createdAt };
}

export interface AccountChanges {
  name?: string;
  timezone?: string;
  defaultLanguage?: Language;
}

/**
 * Changes the account's name, time zone or default language (admins). The
 * caller has checked the zone; the schedule is read in whatever zone is saved.
 */
export async function updateAccount(deps: Pick<Deps, 'database'>, accountId: string, changes: AccountChanges): Promise<Account> {
  const [row] = await deps.database.db
    .update(accounts)
    .set({ name: changes.name, timezone: changes.timezone, defaultLanguage: changes.defaultLanguage })
    .where(eq(accounts.id, accountId))
    .returning();
  if (!row) throw new AccountsError('user_not_found', 'Account not found');
  return { id: row.id, name: row.name, timezone: row.timezone, defaultLanguage: row.defaultLanguage, createdAt: row.createdAt };
}

// ---- API keys -------------------------------------------------------------

async function insertApiKey(tx: Tx, accountId: string, name: string, createdBy: string | null) {
  const key = `spk_${randomToken(32)}`;
  const id = newId();
  await tx.db.insert(apiKeys).values({ id, accountId, name, prefix: key.slice(0, 12), keyHash: hashToken(key), createdBy });
  await recordEvent(tx, { accountId, type: 'api_key.created', payload: { id, name } });
  return { id, key, prefix: key.slice(0, 12) };
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The plain key is returned here only; Sportello keeps its hash. */
export async function createApiKey(deps: Pick<Deps, 'database'>, principal: Principal, name: string): Promise<ApiKeyInfo & { key: string }> {
  return deps.database.transaction(async (tx) => {
    const created = await insertApiKey(tx, principal.accountId, name, principal.userId);
    const [row] = await tx.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    return { ...toApiKeyInfo(row!), key: created.key };
  });
}

function toApiKeyInfo(row: typeof apiKeys.$inferSelect): ApiKeyInfo {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
}

export async function listApiKeys(deps: Pick<Deps, 'database'>, accountId: string): Promise<ApiKeyInfo[]> {
  const rows = await deps.database.db.select().from(apiKeys).where(eq(apiKeys.accountId, accountId)).orderBy(asc(apiKeys.id));
  return rows.map(toApiKeyInfo);
}

export async function revokeApiKey(deps: Pick<Deps, 'database' | 'clock'>, accountId: string, id: string): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const updated = await tx.db
      .update(apiKeys)
      .set({ revokedAt: deps.clock.now() })
      .where(and(eq(apiKeys.accountId, accountId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (updated.length === 0) throw new AccountsError('api_key_not_found', 'API key not found');
    await recordEvent(tx, { accountId, type: 'api_key.revoked', payload: { id } });
  });
}

/** Resolves a bearer key; null for unknown or revoked keys. */
export async function authenticateApiKey(deps: Pick<Deps, 'database'>, key: string): Promise<Principal | null> {
  if (!key.startsWith('spk_')) return null;
  const [row] = await deps.database.db
    .select({ id: apiKeys.id, accountId: apiKeys.accountId, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hashToken(key)));
  if (!row || row.revokedAt) return null;
  return { accountId: row.accountId, userId: null, role: 'admin', via: 'api_key', apiKeyId: row.id };
}

// ---- sessions ---------------------------------------------------------------

export async function signIn(deps: Pick<Deps, 'database' | 'clock'>, email: string, password: string): Promise<{ token: string; user: User; expiresAt: Date }> {
  const [row] = await deps.database.db.select().from(users).where(sql`lower(${users.email}) = lower(${email.trim()})`);
  // Hash even for unknown e-mails so that response time does not reveal which e-mails exist.
  const ok = await verifyPassword(password, row?.passwordHash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  if (!row || !ok) throw new AccountsError('invalid_credentials', 'Wrong e-mail or password');
  if (row.disabledAt) throw new AccountsError('user_disabled', 'This user has been disabled');
  const token = randomToken(32);
  const expiresAt = new Date(deps.clock.now().getTime() + SESSION_TTL_MS);
  await deps.database.db.insert(sessions).values({ id: newId(), accountId: row.accountId, userId: row.id, tokenHash: hashToken(token), expiresAt });
  return { token, user: toUser(row), expiresAt };
}

export async function signOut(deps: Pick<Deps, 'database'>, token: string): Promise<void> {
  await deps.database.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function authenticateSession(deps: Pick<Deps, 'database' | 'clock'>, token: string): Promise<Principal | null> {
  const [row] = await deps.database.db
    .select({ accountId: users.accountId, userId: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, deps.clock.now())));
  if (!row || row.disabledAt) return null;
  return { accountId: row.accountId, userId: row.userId, role: row.role, via: 'session', apiKeyId: null };
}

// ---- users ------------------------------------------------------------------

export async function listUsers(deps: Pick<Deps, 'database'>, accountId: string): Promise<User[]> {
  const rows = await deps.database.db.select().from(users).where(eq(users.accountId, accountId)).orderBy(asc(users.id));
  return rows.map(toUser);
}

export async function getUser(deps: Pick<Deps, 'database'>, accountId: string, userId: string): Promise<User> {
  const [row] = await deps.database.db.select().from(users).where(and(eq(users.accountId, accountId), eq(users.id, userId)));
  if (!row) throw new AccountsError('user_not_found', 'User not found');
  return toUser(row);
}

export async function createUser(
  deps: Pick<Deps, 'database'>,
  accountId: string,
  input: { email: string; name: string; password: string; role: UserRole; language?: Language },
): Promise<User> {
  assertPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return deps.database.transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    // Without a language of their own, a new user starts in the account's default one.
    const [account] = await tx.db.select({ defaultLanguage: accounts.defaultLanguage }).from(accounts).where(eq(accounts.id, accountId));
    const language = input.language ?? (isLanguage(account?.defaultLanguage) ? account.defaultLanguage : 'en');
    const [row] = await tx.db
      .insert(users)
      .values({ id: newId(), accountId, email: input.email.trim(), name: input.name, passwordHash, role: input.role, language })
      .returning();
    await recordEvent(tx, { accountId, type: 'user.created', payload: { id: row!.id, email: row!.email, role: row!.role } });
    return toUser(row!);
  });
}

export interface UserChanges {
  name?: string;
  role?: UserRole;
  language?: Language;
  receiveTicketEmails?: boolean;
  disabled?: boolean;
  password?: string;
}

/** Admins change anyone's role and state; every user changes their own profile. */
export async function updateUser(deps: Pick<Deps, 'database' | 'clock'>, accountId: string, userId: string, changes: UserChanges): Promise<User> {
  if (changes.password !== undefined) assertPassword(changes.password);
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : undefined;
  return deps.database.transaction(async (tx) => {
    const [current] = await tx.db.select().from(users).where(and(eq(users.accountId, accountId), eq(users.id, userId))).for('update');
    if (!current) throw new AccountsError('user_not_found', 'User not found');
    const losesAdmin = current.role === 'admin' && ((changes.role && changes.role !== 'admin') || changes.disabled === true);
    if (losesAdmin) {
      const [admins] = await tx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(and(eq(users.accountId, accountId), eq(users.role, 'admin'), isNull(users.disabledAt)));
      if ((admins?.n ?? 0) <= 1) throw new AccountsError('last_admin', 'An account needs at least one active admin');
    }
    const [row] = await tx.db
      .update(users)
      .set({
        name: changes.name,
        role: changes.role,
        language: changes.language,
        receiveTicketEmails: changes.receiveTicketEmails,
        disabledAt: changes.disabled === undefined ? undefined : changes.disabled ? deps.clock.now() : null,
        passwordHash,
        updatedAt: deps.clock.now(),
      })
      .where(eq(users.id, userId))
      .returning();
    if (changes.disabled) await tx.db.delete(sessions).where(eq(sessions.userId, userId));
    await recordEvent(tx, {
      accountId,
      type: 'user.updated',
      payload: { id: userId, changes: Object.keys(changes).filter((k) => k !== 'password') },
    });
    return toUser(row!);
  });
}

/** The active users of an account whose own "receive ticket e-mails" switch is on. */
export async function listTicketEmailRecipients(deps: Pick<Deps, 'database'>, accountId: string): Promise<User[]> {
  const rows = await deps.database.db
    .select()
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.receiveTicketEmails, true), isNull(users.disabledAt)))
    .orderBy(asc(users.id));
  return rows.map(toUser);
}
