import { timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../deps.ts';
import { ContactsError } from '../contacts/errors.ts';
import { createContact, updateContact } from '../contacts/contact-changes.ts';
import { loadFieldDefinitions } from '../contacts/fields.ts';
import { phoneOrThrow } from '../contacts/filters.ts';
import { findContactRowByPhone } from '../contacts/service.ts';
import type { AutomationEngine } from './engine/engine.ts';
import { automationPrincipal } from './engine/effects.ts';
import { AutomationsError } from './errors.ts';
import { flattenData } from './placeholders.ts';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The inbound integration of one automation: an outside system posts JSON
 * naming a contact by phone; the contact is found or created, fields whose
 * key is a dynamic field are stored on it, and everything becomes run data.
 */
export async function startIntegrationRun(
  deps: Deps,
  engine: AutomationEngine,
  automationId: string,
  secret: string,
  payload: Record<string, unknown>,
): Promise<{ runId: string | null; contactId: string }> {
  const { rows } = await deps.database.sql.query<{ account_id: string; version: number; status: string; trigger_type: string; secret: string }>(
    `SELECT account_id, version, status, trigger_type, secret FROM automations WHERE id = $1 AND deleted_at IS NULL`,
    [automationId],
  );
  const automation = rows[0];
  // Unknown automation and wrong secret answer alike, so the URL cannot be probed.
  if (!automation || !sameSecret(secret, automation.secret)) throw new AutomationsError('invalid_integration_secret', 'Unknown automation or wrong secret');
  if (automation.trigger_type !== 'integration') throw new AutomationsError('not_active', 'This automation is not started by an integration');
  if (automation.status !== 'active') throw new AutomationsError('not_active', 'This automation is not active');
  if (typeof payload.phone !== 'string' && typeof payload.phone !== 'number') {
    throw new AutomationsError('invalid_integration_payload', 'The JSON needs the contact\'s "phone"', [{ field: 'phone', message: 'required' }]);
  }
  const principal = automationPrincipal(automation.account_id);
  let phone: string;
  try {
    phone = phoneOrThrow(String(payload.phone));
  } catch (err) {
    throw new AutomationsError('invalid_integration_payload', err instanceof Error ? err.message : 'Invalid phone', [{ field: 'phone', message: 'invalid' }]);
  }
  const data = flattenData(payload);
  const known = new Set((await loadFieldDefinitions(deps.database.db, automation.account_id)).map((f) => f.key));
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => known.has(key)));
  const existing = await findContactRowByPhone(deps.database.db, principal, phone);
  let contactId: string;
  try {
    if (existing) {
      contactId = existing.id;
      if (Object.keys(fields).length > 0) await updateContact(deps, principal, contactId, { fields });
    } else {
      const name = typeof payload.name === 'string' ? payload.name : undefined;
      const email = typeof payload.email === 'string' ? payload.email : undefined;
      contactId = (await createContact(deps, principal, { phone, name, email, fields })).contact.id;
    }
  } catch (err) {
    if (err instanceof ContactsError) throw new AutomationsError('invalid_integration_payload', err.message, err.details);
    throw err;
  }
  const [runId] = await engine.startRuns([
    {
      accountId: automation.account_id,
      automationId,
      version: automation.version,
      contactId,
      triggerType: 'integration',
      triggerKey: `integration:${payload.id ?? payload.eventId ?? crypto.randomUUID()}`,
      data,
      depth: 0,
    },
  ]);
  return { runId: runId ?? null, contactId };
}
