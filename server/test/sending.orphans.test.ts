import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinTransaction } from '../src/db/client.ts';
import { automationPrincipal } from '../src/modules/automations/engine/effects.ts';
import { queueMessageInTransaction, sendOrphanedMessages } from '../src/modules/conversations/send-message.ts';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

describe('queued sends whose process and recovery job both died', () => {
  it('are sent once by the sweep; a message waiting out its back-off is left alone', async () => {
    const account = await createTestAccount(sportello);
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const phone = `+39348${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from: phone, text: 'Ciao' });
    const contact = await eventually(async () => (await account.api.get(`/api/v1/contacts?phone=${encodeURIComponent(phone)}`)).body.data[0], 10_000, 'the contact');
    const { deps, services } = sportello;
    // Each message is queued as a minute-old send whose job is gone, as after a crash, in the
    // transaction that queues it, so no worker ever sees the job.
    const queueOrphan = (key: string, text: string, backingOff: boolean) =>
      deps.database.transaction(async (tx) => {
        const queued = await queueMessageInTransaction({ ...deps, database: joinTransaction(deps.database.kind, tx) }, automationPrincipal(account.accountId), {
          contactId: contact.id,
          content: { type: 'text', text },
          sender: { type: 'automation', id: null },
          idempotencyKey: key,
        });
        await tx.sql.query(`DELETE FROM pgboss.job WHERE data->>'messageId' = $1`, [queued.messageId]);
        await tx.sql.query(`UPDATE messages SET created_at = now() - interval '1 minute' WHERE id = $1`, [queued.messageId]);
        // A send whose attempt failed for now: its lease released, its retry due later.
        if (backingOff) await tx.sql.query(`UPDATE messages SET send_attempts = 1, last_attempt_at = NULL WHERE id = $1`, [queued.messageId]);
        return queued;
      });
    const orphan = await queueOrphan(`orphan-${phone}`, 'Sent by the sweep', false);
    const backingOff = await queueOrphan(`backoff-${phone}`, 'Waits for its retry', true);

    await sendOrphanedMessages(deps, services);
    await sendOrphanedMessages(deps, services);

    const sent = (await sandbox.get(`/v1/outbox?to=${encodeURIComponent(phone)}`)).body.data.map((m: any) => m.body.text?.body);
    expect(sent).toEqual(['Sent by the sweep']);
    const { rows } = await deps.database.sql.query<{ id: string; wa_message_id: string | null; status: string }>(
      `SELECT id, wa_message_id, status FROM messages WHERE id = ANY($1::uuid[])`,
      [[orphan.messageId, backingOff.messageId]],
    );
    expect(rows.find((r) => r.id === orphan.messageId)!.wa_message_id).toMatch(/^wamid\./);
    expect(rows.find((r) => r.id === backingOff.messageId)).toMatchObject({ wa_message_id: null, status: 'queued' });
  });
});
