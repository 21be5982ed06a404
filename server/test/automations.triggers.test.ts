import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { runDateConditions } from '../src/modules/automations/engine/daily.ts';
import { localParts } from '../src/modules/settings/working-hours.ts';
import { apiClient, createTestAccount, eventually, startTestSportello, type ApiClient, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

let counter = 0;
function newCustomer(): string {
  counter += 1;
  return `+39347${String(Date.now() % 10000).padStart(4, '0')}${String(counter).padStart(3, '0')}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Time for anything a message or event could still start to show, before asserting that it did not. */
const SETTLE_MS = 800;

async function setUp(server: TestSportello = sportello) {
  const account = await createTestAccount(server);
  const sandbox = apiClient(`${server.url}/sandbox`);
  const phoneNumberId = account.channel!.phoneNumberId;
  const inbound = async (from: string, content: Record<string, unknown>, name = 'Marta Rossi') => {
    const res = await sandbox.post('/v1/inbound', { phoneNumberId, from, name, ...content });
    expect(res.status).toBe(200);
  };
  const say = (from: string, text: string, name?: string) => inbound(from, { text }, name);
  const outbox = async (to: string) => (await sandbox.get(`/v1/outbox?to=${encodeURIComponent(to)}`)).body.data as Array<{ body: any; createdAt: string }>;
  const texts = async (to: string) => (await outbox(to)).map((m) => m.body.text?.body as string | undefined).reverse();
  return { account, api: account.api, sandbox, inbound, say, outbox, texts };
}

async function createAutomation(api: ApiClient, name: string, definition: unknown, activate = true): Promise<string> {
  const created = await api.post('/api/v1/automations', { name, definition });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (activate) expect((await api.post(`/api/v1/automations/${created.body.id}/activate`)).status).toBe(200);
  return created.body.id as string;
}

const reply = (text: string) => ({ start: 'reply', steps: { reply: { type: 'send_message', message: { type: 'text', text } } } });
const tagOnly = (tag: string) => ({ start: 'tag', steps: { tag: { type: 'add_tag', tag } } });
const noteOnly = (text: string) => ({ start: 'note', steps: { note: { type: 'chat_note', text } } });

async function contactByPhone(api: ApiClient, phone: string): Promise<any> {
  return (await api.get(`/api/v1/contacts?phone=${encodeURIComponent(phone)}`)).body.data[0];
}

async function newContact(api: ApiClient, body: Record<string, unknown> = {}): Promise<any> {
  const res = await api.post('/api/v1/contacts', { phone: newCustomer(), name: 'Luca Bianchi', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function runsOf(api: ApiClient, contactId: string): Promise<any[]> {
  return (await api.get(`/api/v1/contacts/${contactId}/automation-runs?limit=100`)).body.data;
}

async function notesOf(api: ApiClient, contactId: string): Promise<string[]> {
  return ((await api.get(`/api/v1/contacts/${contactId}/notes`)).body.data as Array<{ text: string }>).map((n) => n.text);
}

async function tagsOf(api: ApiClient, contactId: string): Promise<string[]> {
  return (await api.get(`/api/v1/contacts/${contactId}`)).body.tags;
}

/** Waits until the message has been sent to the customer, and returns everything sent to them, oldest first. */
async function expectSent(texts: (to: string) => Promise<Array<string | undefined>>, to: string, text: string): Promise<Array<string | undefined>> {
  return eventually(async () => {
    const all = await texts(to);
    return all.includes(text) ? all : null;
  }, 10_000, `"${text}" sent to ${to}`);
}

describe('message_phrase', () => {
  it('starts on the exact phrase after trimming and case-folding, and nothing else', async () => {
    const { api, say, texts } = await setUp();
    await createAutomation(api, 'Info', { trigger: { type: 'message_phrase', phrase: 'INFO' }, ...reply('Here is our info') });
    await createAutomation(api, 'Prices', { trigger: { type: 'message_phrase', phrase: 'PRICES' }, ...reply('Our prices') });

    const exact = newCustomer();
    await say(exact, '  Info ');
    expect(await expectSent(texts, exact, 'Here is our info')).toEqual(['Here is our info']);

    const wordy = newCustomer();
    await say(wordy, 'INFO please');
    await say(wordy, 'prices');
    await expectSent(texts, wordy, 'Our prices');
    await sleep(SETTLE_MS);
    expect(await texts(wordy)).toEqual(['Our prices']);
    const contact = await contactByPhone(api, wordy);
    expect((await runsOf(api, contact.id)).map((r) => r.data.MESSAGE)).toEqual(['prices']);
  });

  it('one phrase belongs to one active automation: 409 on activation and on a save that takes it; free again once the owner is off', async () => {
    const { api, say, texts } = await setUp();
    const first = await createAutomation(api, 'Info', { trigger: { type: 'message_phrase', phrase: 'INFO' }, ...reply('First answers') });
    // A draft may share the phrase: only activation claims it.
    const second = await createAutomation(api, 'Info again', { trigger: { type: 'message_phrase', phrase: '  info ' }, ...reply('Second answers') }, false);
    const conflict = await api.post(`/api/v1/automations/${second}/activate`);
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: 'phrase_taken', message: expect.stringContaining('phrase') });
    expect((await api.get(`/api/v1/automations/${second}`)).body.status).toBe('draft');

    const prices = await createAutomation(api, 'Prices', { trigger: { type: 'message_phrase', phrase: 'PRICES' }, ...reply('Our prices') });
    const steal = await api.put(`/api/v1/automations/${prices}`, { definition: { trigger: { type: 'message_phrase', phrase: 'Info' }, ...reply('Our prices') } });
    expect(steal.status).toBe(409);
    expect(steal.body.error.code).toBe('phrase_taken');
    // The refused save left no new version behind.
    const unchanged = (await api.get(`/api/v1/automations/${prices}`)).body;
    expect(unchanged).toMatchObject({ version: 1, status: 'active', definition: { trigger: { phrase: 'PRICES' } } });
    expect((await api.get(`/api/v1/automations/${prices}/versions`)).body.data).toHaveLength(1);
    // Saving the active automation onto a free phrase frees its old one.
    expect((await api.put(`/api/v1/automations/${prices}`, { definition: { trigger: { type: 'message_phrase', phrase: 'COSTS' }, ...reply('Our prices') } })).status).toBe(200);
    await createAutomation(api, 'Prices again', { trigger: { type: 'message_phrase', phrase: 'prices' }, ...reply('Prices, again') });
    // Phrases belong to one account: another one may use the same.
    const other = await createTestAccount(sportello);
    await createAutomation(other.api, 'Their info', { trigger: { type: 'message_phrase', phrase: 'INFO' }, ...reply('Theirs') });

    expect((await api.post(`/api/v1/automations/${first}/deactivate`)).status).toBe(200);
    expect((await api.post(`/api/v1/automations/${second}/activate`)).status).toBe(200);
    const customer = newCustomer();
    await say(customer, 'INFO');
    await expectSent(texts, customer, 'Second answers');
    await sleep(SETTLE_MS);
    expect(await texts(customer)).toEqual(['Second answers']);
  });
});

describe('button_reply', () => {
  it('an interactive button, a template quick reply or a list row starts the automation by id and/or title; other buttons do not', async () => {
    const { api, inbound, say, texts } = await setUp();
    await createAutomation(api, 'Track', { trigger: { type: 'button_reply', buttonId: 'track' }, ...reply('Tracking your order') });
    await createAutomation(api, 'Talk', { trigger: { type: 'button_reply', title: 'Talk to us' }, ...reply('An operator will answer') });
    await createAutomation(api, 'Second', { trigger: { type: 'button_reply', buttonId: 'pick_2', title: 'Second' }, ...reply('You picked the second') });

    const [byId, byTitle, templateById, listRow, other] = [newCustomer(), newCustomer(), newCustomer(), newCustomer(), newCustomer()];
    await inbound(byId, { buttonReply: { id: 'track', title: 'Where is it?' } });
    await inbound(byTitle, { templateButton: { text: 'TALK TO US', payload: 'CALL_ME' } });
    await inbound(templateById, { templateButton: { text: 'Track', payload: 'track' } });
    await inbound(listRow, { listReply: { id: 'pick_2', title: 'second' } });
    // Not these: another button, the right id with another title, and the title typed rather than tapped.
    await inbound(other, { buttonReply: { id: 'other', title: 'Other' } });
    await inbound(other, { listReply: { id: 'pick_2', title: 'Third' } });
    await say(other, 'Talk to us');

    expect(await expectSent(texts, byId, 'Tracking your order')).toEqual(['Tracking your order']);
    expect(await expectSent(texts, byTitle, 'An operator will answer')).toEqual(['An operator will answer']);
    expect(await expectSent(texts, templateById, 'Tracking your order')).toEqual(['Tracking your order']);
    expect(await expectSent(texts, listRow, 'You picked the second')).toEqual(['You picked the second']);

    await inbound(other, { buttonReply: { id: 'track', title: 'Track' } });
    await expectSent(texts, other, 'Tracking your order');
    await sleep(SETTLE_MS);
    expect(await texts(other)).toEqual(['Tracking your order']);
    const contact = await contactByPhone(api, byTitle);
    expect((await runsOf(api, contact.id))[0].data).toMatchObject({ BUTTON_ID: 'CALL_ME', BUTTON_TITLE: 'TALK TO US' });
  });
});

describe('integration', () => {
  it('posting JSON with the secret creates the contact, fills the field of the same key and gives the data to the steps', async () => {
    const { api } = await setUp();
    expect((await api.post('/api/v1/fields', { key: 'ORDER_ID', label: 'Order id', type: 'text' })).status).toBe(201);
    expect((await api.post('/api/v1/fields', { key: 'ORDER_TOTAL', label: 'Order total', type: 'number' })).status).toBe(201);
    const id = await createAutomation(api, 'Orders', { trigger: { type: 'integration' }, ...noteOnly('Order %%ORDER_ID%% of %%ORDER_TOTAL%% EUR for %%FIRST_NAME%%') });
    const automation = (await api.get(`/api/v1/automations/${id}`)).body;
    expect(automation.integration).toEqual({ url: expect.stringMatching(new RegExp(`/api/v1/integrations/automations/${id}$`)), secret: expect.any(String) });
    const { secret } = automation.integration as { secret: string };
    expect(secret.length).toBeGreaterThanOrEqual(16);
    const path = new URL(automation.integration.url).pathname;
    const outside = apiClient(sportello.url);

    const phone = newCustomer();
    const posted = await outside.post(path, { phone, name: 'Giulia Verdi', order: { id: 'A-1', total: 42 } }, { 'X-Sportello-Secret': secret });
    expect(posted.status, JSON.stringify(posted.body)).toBe(202);
    expect(posted.body).toEqual({ runId: expect.any(String), contactId: expect.any(String) });
    const contact = (await api.get(`/api/v1/contacts/${posted.body.contactId}`)).body;
    expect(contact).toMatchObject({ phone, name: 'Giulia Verdi', fields: { ORDER_ID: 'A-1', ORDER_TOTAL: 42 } });
    await eventually(async () => (await notesOf(api, contact.id)).includes('Order A-1 of 42 EUR for Giulia'), 10_000, 'the note');
    const run = (await api.get(`/api/v1/automation-runs/${posted.body.runId}`)).body;
    expect(run).toMatchObject({ status: 'completed', trigger: 'integration', data: { ORDER_ID: 'A-1', ORDER_TOTAL: '42' } });

    // The secret in the query works too, and a known phone keeps its contact.
    const again = await outside.post(`${path}?secret=${encodeURIComponent(secret)}`, { phone, order: { id: 'A-2', total: 7 } });
    expect(again.status).toBe(202);
    expect(again.body.contactId).toBe(contact.id);
    await eventually(async () => (await notesOf(api, contact.id)).includes('Order A-2 of 7 EUR for Giulia'), 10_000, 'the second note');
    expect((await api.get(`/api/v1/contacts/${contact.id}`)).body.fields).toMatchObject({ ORDER_ID: 'A-2', ORDER_TOTAL: 7 });

    // Refusals store nothing.
    const stranger = newCustomer();
    const wrong = await outside.post(path, { phone: stranger, order: { id: 'X' } }, { 'X-Sportello-Secret': `${secret}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: { code: 'invalid_integration_secret', message: expect.any(String) } });
    const wrongQuery = await outside.post(`${path}?secret=nope`, { phone: stranger });
    expect(wrongQuery.status).toBe(401);
    const none = await outside.post(path, { phone: stranger });
    expect(none.status).toBe(401);
    expect(await contactByPhone(api, stranger)).toBeUndefined();

    const noPhone = await outside.post(path, { name: 'Nobody', order: { id: 'B-1' } }, { 'X-Sportello-Secret': secret });
    expect(noPhone.status).toBe(422);
    expect(noPhone.body.error).toMatchObject({ code: 'invalid_integration_payload', details: [{ field: 'phone' }] });
    const badPhone = await outside.post(path, { phone: 'call me' }, { 'X-Sportello-Secret': secret });
    expect(badPhone.status).toBe(422);
    const badJson = await outside.post(path, '{"phone": "+39', { 'X-Sportello-Secret': secret, 'content-type': 'application/json' });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe('malformed_request');

    expect((await api.post(`/api/v1/automations/${id}/deactivate`)).status).toBe(200);
    const inactive = await outside.post(path, { phone: stranger }, { 'X-Sportello-Secret': secret });
    expect(inactive.status).toBe(409);
    expect(inactive.body.error.code).toBe('not_active');
    expect(await contactByPhone(api, stranger)).toBeUndefined();
    expect((await api.get(`/api/v1/automations/${id}/runs`)).body.data).toHaveLength(2);

    // Another account's secret does not open this URL.
    const other = await setUp();
    const otherId = await createAutomation(other.api, 'Theirs', { trigger: { type: 'integration' }, ...noteOnly('x') });
    const otherSecret = (await other.api.get(`/api/v1/automations/${otherId}`)).body.integration.secret;
    expect((await outside.post(path, { phone: stranger }, { 'X-Sportello-Secret': otherSecret })).status).toBe(401);
  });
});

describe('list_added', () => {
  it('adding a contact to the list starts it; adding to another list does not', async () => {
    const { api } = await setUp();
    const vip = (await api.post('/api/v1/lists', { name: 'VIP Customers' })).body;
    const others = (await api.post('/api/v1/lists', { name: 'Others' })).body;
    const id = await createAutomation(api, 'Welcome VIP', { trigger: { type: 'list_added', list: 'vip customers' }, ...tagOnly('welcomed') });

    const [added, patched, elsewhere] = [await newContact(api), await newContact(api), await newContact(api)];
    expect((await api.post(`/api/v1/lists/${vip.id}/contacts`, { contactIds: [added.id] })).status).toBe(200);
    expect((await api.patch(`/api/v1/contacts/${patched.id}`, { lists: ['VIP Customers'] })).status).toBe(200);
    expect((await api.post(`/api/v1/lists/${others.id}/contacts`, { contactIds: [elsewhere.id] })).status).toBe(200);

    await eventually(async () => (await tagsOf(api, added.id)).includes('welcomed'), 10_000, 'the tag of the added contact');
    await eventually(async () => (await tagsOf(api, patched.id)).includes('welcomed'), 10_000, 'the tag of the patched contact');
    expect((await runsOf(api, added.id))[0]).toMatchObject({ automationId: id, trigger: 'list_added', status: 'completed', data: { LIST: 'VIP Customers' } });

    // Now into the right list: only this one starts the automation.
    expect((await api.post(`/api/v1/lists/${vip.id}/contacts`, { contactIds: [elsewhere.id] })).status).toBe(200);
    await eventually(async () => (await tagsOf(api, elsewhere.id)).includes('welcomed'), 10_000, 'the tag once in the list');
    await sleep(SETTLE_MS);
    expect(await runsOf(api, elsewhere.id)).toHaveLength(1);
    // Already in the list: adding again is no new membership and starts nothing.
    expect((await api.post(`/api/v1/lists/${vip.id}/contacts`, { contactIds: [added.id] })).status).toBe(200);
    await sleep(SETTLE_MS);
    expect(await runsOf(api, added.id)).toHaveLength(1);
  });
});

describe('date_condition', () => {
  // 20:30 UTC on 10 March is 09:30 on 11 March in Auckland (UTC+13): the account's zone decides the day.
  const clock = fixedClock('2025-03-10T20:30:00Z');
  let dated: TestSportello;
  beforeAll(async () => {
    dated = await startTestSportello({ clock });
  });
  afterAll(async () => {
    await dated?.close();
  });

  it('starts the contacts whose date is today minus the offset in the account zone, at the local time, once a day; yearly compares month and day', async () => {
    const { api } = await setUp(dated);
    const week = { '1': [], '2': [], '3': [], '4': [], '5': [], '6': [], '7': [] };
    expect((await api.put('/api/v1/settings/working-hours', { timezone: 'Pacific/Auckland', workingHours: week, holidays: [] })).status).toBe(200);
    for (const [key, label] of [
      ['RENEWAL', 'Renewal'],
      ['BIRTHDAY', 'Birthday'],
    ]) {
      expect((await api.post('/api/v1/fields', { key, label, type: 'date' })).status).toBe(201);
    }
    const renewal = await createAutomation(api, 'Renewal', { trigger: { type: 'date_condition', field: 'RENEWAL', offsetDays: 3, time: '10:00' }, ...tagOnly('renewal-reminder') });
    const birthday = await createAutomation(api, 'Birthday', { trigger: { type: 'date_condition', field: 'BIRTHDAY', yearly: true, time: '10:30' }, ...tagOnly('birthday') });
    await createAutomation(api, 'Draft renewal', { trigger: { type: 'date_condition', field: 'RENEWAL', offsetDays: 3, time: '00:00' }, ...tagOnly('draft') }, false);

    const due = [await newContact(api, { fields: { RENEWAL: '2025-03-08' } }), await newContact(api, { fields: { RENEWAL: '2025-03-08' } })];
    // Three days before the UTC date, the field's date itself, and no date at all: none of them.
    const notDue = [
      await newContact(api, { fields: { RENEWAL: '2025-03-07' } }),
      await newContact(api, { fields: { RENEWAL: '2025-03-11' } }),
      await newContact(api, { fields: { RENEWAL: '2024-03-08' } }),
      await newContact(api),
    ];
    const deleted = await newContact(api, { fields: { RENEWAL: '2025-03-08' } });
    expect((await api.delete(`/api/v1/contacts/${deleted.id}`)).status).toBe(204);
    const bornToday = await newContact(api, { fields: { BIRTHDAY: '1990-03-11' } });
    const bornUtcToday = await newContact(api, { fields: { BIRTHDAY: '1990-03-10' } });

    const runsOfAutomation = async (id: string) => (await api.get(`/api/v1/automations/${id}/runs?limit=100`)).body.data as any[];
    const pass = () => runDateConditions(dated.deps, dated.services.automations);

    // 09:30 local: before both times.
    await pass();
    expect(await runsOfAutomation(renewal)).toEqual([]);
    expect(await runsOfAutomation(birthday)).toEqual([]);

    clock.set('2025-03-10T21:05:00Z'); // 10:05 in Auckland
    await pass();
    const started = await runsOfAutomation(renewal);
    expect(started.map((r) => r.contactId).sort()).toEqual(due.map((c) => c.id).sort());
    expect(started[0]).toMatchObject({ trigger: 'date_condition', data: { DATE: '2025-03-11' } });
    for (const c of due) await eventually(async () => (await tagsOf(api, c.id)).includes('renewal-reminder'), 10_000, 'the renewal tag');
    expect(await runsOfAutomation(birthday)).toEqual([]);

    // The same day again: nothing new, even for a contact whose date now fits.
    await api.patch(`/api/v1/contacts/${notDue[0].id}`, { fields: { RENEWAL: '2025-03-08' } });
    expect(await pass()).toBe(0);
    expect(await runsOfAutomation(renewal)).toHaveLength(2);

    clock.set('2025-03-10T21:45:00Z'); // 10:45 in Auckland
    await pass();
    expect((await runsOfAutomation(birthday)).map((r) => r.contactId)).toEqual([bornToday.id]);
    await eventually(async () => (await tagsOf(api, bornToday.id)).includes('birthday'), 10_000, 'the birthday tag');
    expect(await pass()).toBe(0);
    expect(await runsOfAutomation(renewal)).toHaveLength(2);
    for (const c of [...notDue, bornUtcToday]) expect(await runsOf(api, c.id)).toEqual([]);

    // The next local day: the contact whose date now fits starts (3 days before 12 March).
    // The field changes first: the minutely schedule may take the new day as soon as the clock moves.
    await api.patch(`/api/v1/contacts/${notDue[0].id}`, { fields: { RENEWAL: '2025-03-09' } });
    clock.set('2025-03-11T21:05:00Z');
    await pass();
    expect((await runsOfAutomation(renewal)).map((r) => r.contactId)).toContain(notDue[0].id);
    expect(await runsOfAutomation(renewal)).toHaveLength(3);
  });
});

describe('outside_working_hours and holiday', () => {
  const closedWeek = { '1': [], '2': [], '3': [], '4': [], '5': [], '6': [], '7': [] };
  const openWeek = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, [{ from: '00:00', to: '24:00' }]]));

  it('answers a message out of hours once a day when nothing else did; inside hours nothing; on a holiday the holiday automation answers', async () => {
    const { api, say, texts } = await setUp();
    const schedule = (workingHours: unknown, holidays: unknown[] = []) => api.put('/api/v1/settings/working-hours', { timezone: 'Europe/Rome', workingHours, holidays });
    expect((await schedule(closedWeek)).status).toBe(200);
    await createAutomation(api, 'Closed', { trigger: { type: 'outside_working_hours' }, ...reply('We are closed, we answer tomorrow') });
    const holiday = await createAutomation(api, 'Holiday', { trigger: { type: 'holiday' }, ...reply('Happy holidays! We are closed today') });
    await createAutomation(api, 'Prices', { trigger: { type: 'message_phrase', phrase: 'PRICES' }, ...reply('Our prices') });
    await createAutomation(api, 'Survey', {
      trigger: { type: 'message_phrase', phrase: 'SURVEY' },
      start: 'ask',
      steps: {
        ask: { type: 'send_message', message: { type: 'text', text: 'Rate us from 1 to 5' }, next: 'wait' },
        wait: { type: 'customer_response', timeout: 'PT1M', next: 'thanks' },
        thanks: { type: 'send_message', message: { type: 'text', text: 'Thanks for %%LAST_MESSAGE%%' } },
      },
    });

    const [late, asking, rating] = [newCustomer(), newCustomer(), newCustomer()];
    await Promise.all([
      // Out of hours (the holiday list is empty): one reply, not two.
      (async () => {
        await say(late, 'Hello, anyone there?');
        await expectSent(texts, late, 'We are closed, we answer tomorrow');
        await say(late, 'Hello again');
        await say(late, 'PRICES');
        await expectSent(texts, late, 'Our prices');
      })(),
      // A message a phrase automation answers gets no out-of-hours reply…
      (async () => {
        await say(asking, 'prices');
        await expectSent(texts, asking, 'Our prices');
      })(),
      // …nor does the answer a waiting run takes.
      (async () => {
        await say(rating, 'Survey');
        await expectSent(texts, rating, 'Rate us from 1 to 5');
        await say(rating, '5');
        await expectSent(texts, rating, 'Thanks for 5');
      })(),
    ]);
    await sleep(SETTLE_MS);
    expect(await texts(late)).toEqual(['We are closed, we answer tomorrow', 'Our prices']);
    expect(await texts(asking)).toEqual(['Our prices']);
    expect(await texts(rating)).toEqual(['Rate us from 1 to 5', 'Thanks for 5']);

    // Inside working hours: nothing.
    expect((await schedule(openWeek)).status).toBe(200);
    const daytime = newCustomer();
    await say(daytime, 'Hello');
    await say(daytime, 'PRICES');
    await expectSent(texts, daytime, 'Our prices');
    await sleep(SETTLE_MS);
    expect(await texts(daytime)).toEqual(['Our prices']);

    // A holiday, closed as well: the holiday automation answers, not the out-of-hours one.
    // Yesterday, today and tomorrow, so that a test run across midnight still lands on one.
    const day = 24 * 3600 * 1000;
    const holidays = [-day, 0, day].map((offset) => ({ date: localParts('Europe/Rome', new Date(Date.now() + offset)).date, name: 'Festa' }));
    expect((await schedule(closedWeek, holidays)).status).toBe(200);
    const festive = newCustomer();
    await say(festive, 'Hello');
    await expectSent(texts, festive, 'Happy holidays! We are closed today');
    await say(festive, 'Hello?');
    await say(festive, 'PRICES');
    await expectSent(texts, festive, 'Our prices');
    await sleep(SETTLE_MS);
    expect(await texts(festive)).toEqual(['Happy holidays! We are closed today', 'Our prices']);

    // A holiday inside working hours still gets the holiday reply.
    expect((await schedule(openWeek, holidays)).status).toBe(200);
    const festiveDaytime = newCustomer();
    await say(festiveDaytime, 'Hello');
    expect(await expectSent(texts, festiveDaytime, 'Happy holidays! We are closed today')).toEqual(['Happy holidays! We are closed today']);

    // With no holiday automation, a closed holiday falls back to the out-of-hours reply.
    expect((await schedule(closedWeek, holidays)).status).toBe(200);
    expect((await api.post(`/api/v1/automations/${holiday}/deactivate`)).status).toBe(200);
    const fallback = newCustomer();
    await say(fallback, 'Hello');
    await expectSent(texts, fallback, 'We are closed, we answer tomorrow');
    await say(fallback, 'PRICES');
    await expectSent(texts, fallback, 'Our prices');
    await sleep(SETTLE_MS);
    expect(await texts(fallback)).toEqual(['We are closed, we answer tomorrow', 'Our prices']);
  });
});

describe('ticket_created and ticket_status_changed', () => {
  it('a new ticket starts ticket_created; a status change starts ticket_status_changed only when from and to fit, without case', async () => {
    const { api } = await setUp();
    await createAutomation(api, 'New ticket', { trigger: { type: 'ticket_created' }, ...noteOnly('Created %%TICKET_REFERENCE%%: %%TICKET_TITLE%%') });
    const resolved = await createAutomation(api, 'Resolved', {
      trigger: { type: 'ticket_status_changed', from: ['open'], to: ['RESOLVED'] },
      ...noteOnly('Resolved %%TICKET_REFERENCE%% (was %%TICKET_PREVIOUS_STATUS%%)'),
    });
    const contact = await newContact(api);
    const first = await api.post('/api/v1/tickets', { contactId: contact.id, title: 'Broken screen' });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('Open');
    await eventually(async () => (await notesOf(api, contact.id)).includes(`Created ${first.body.reference}: Broken screen`), 10_000, 'the ticket_created note');

    // Open → In progress (wrong "to"), then In progress → Resolved (wrong "from"): neither starts it.
    expect((await api.patch(`/api/v1/tickets/${first.body.id}`, { status: 'In progress' })).status).toBe(200);
    expect((await api.patch(`/api/v1/tickets/${first.body.id}`, { status: 'Resolved' })).status).toBe(200);
    const second = await api.post('/api/v1/tickets', { contactId: contact.id, title: 'Late delivery' });
    expect((await api.patch(`/api/v1/tickets/${second.body.id}`, { status: 'Resolved' })).status).toBe(200);

    const notes = await eventually(async () => {
      const all = await notesOf(api, contact.id);
      return all.includes(`Resolved ${second.body.reference} (was Open)`) ? all : null;
    }, 10_000, 'the status-change note');
    await sleep(SETTLE_MS);
    expect((await notesOf(api, contact.id)).filter((n) => n.startsWith('Resolved'))).toEqual([`Resolved ${second.body.reference} (was Open)`]);
    expect(notes.filter((n) => n.startsWith('Created')).sort()).toEqual([`Created ${first.body.reference}: Broken screen`, `Created ${second.body.reference}: Late delivery`].sort());
    const runs = (await api.get(`/api/v1/automations/${resolved}/runs`)).body.data;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'ticket_status_changed', data: { TICKET_REFERENCE: second.body.reference, TICKET_STATUS: 'Resolved', TICKET_PREVIOUS_STATUS: 'Open' } });
  });
});

describe('api', () => {
  it('POST …/start runs the automation for a contact with its data; idempotent with a key; 409 when already in it or not active; 404 for strangers', async () => {
    const { api } = await setUp();
    const id = await createAutomation(api, 'Follow-up', {
      trigger: { type: 'api' },
      start: 'note',
      steps: {
        note: { type: 'chat_note', text: 'Order %%ORDER%% for %%FIRST_NAME%% (%%CART_ITEMS%% items)', next: 'wait' },
        wait: { type: 'delay', delay: 'PT10M', next: 'done' },
        done: { type: 'add_tag', tag: 'followed-up' },
      },
    });
    const contact = await newContact(api);

    const started = await api.post(`/api/v1/automations/${id}/start`, { contactId: contact.id, data: { ORDER: 'A-7', cart: { items: 3 } } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ automationId: id, contactId: contact.id, trigger: 'api', depth: 0, data: { ORDER: 'A-7' } });
    await eventually(async () => (await notesOf(api, contact.id)).includes('Order A-7 for Luca (3 items)'), 10_000, 'the note with the data');
    await eventually(async () => (await api.get(`/api/v1/automation-runs/${started.body.id}`)).body.status === 'waiting', 10_000, 'the run waiting');

    const twice = await api.post(`/api/v1/automations/${id}/start`, { contactId: contact.id });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_in_automation');

    const other = await newContact(api);
    const key = { 'Idempotency-Key': `follow-up-${other.id}` };
    const once = await api.post(`/api/v1/automations/${id}/start`, { contactId: other.id, data: { ORDER: 'B-1' } }, key);
    const replay = await api.post(`/api/v1/automations/${id}/start`, { contactId: other.id, data: { ORDER: 'B-1' } }, key);
    expect(once.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(once.body.id);
    expect(await runsOf(api, other.id)).toHaveLength(1);

    const draft = await createAutomation(api, 'Draft', { trigger: { type: 'api' }, ...tagOnly('x') }, false);
    const notActive = await api.post(`/api/v1/automations/${draft}/start`, { contactId: contact.id });
    expect(notActive.status).toBe(409);
    expect(notActive.body.error.code).toBe('not_active');

    const unknownContact = await api.post(`/api/v1/automations/${id}/start`, { contactId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' });
    expect(unknownContact.status).toBe(404);
    expect(unknownContact.body.error.code).toBe('contact_not_found');
    const unknownAutomation = await api.post('/api/v1/automations/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/start', { contactId: contact.id });
    expect(unknownAutomation.status).toBe(404);

    // Another account sees neither the automation nor the contact.
    const stranger = await createTestAccount(sportello);
    const theirContact = await newContact(stranger.api);
    expect((await stranger.api.post(`/api/v1/automations/${id}/start`, { contactId: theirContact.id })).status).toBe(404);
    const theirs = await createAutomation(stranger.api, 'Theirs', { trigger: { type: 'api' }, ...tagOnly('x') });
    const crossContact = await api.post(`/api/v1/automations/${theirs}/start`, { contactId: contact.id });
    expect(crossContact.status).toBe(404);
    const foreignContact = await api.post(`/api/v1/automations/${id}/start`, { contactId: theirContact.id });
    expect(foreignContact.status).toBe(404);
    expect(await runsOf(stranger.api, theirContact.id)).toEqual([]);

    for (const body of [{}, { contactId: 'not-a-uuid' }, { contactId: contact.id, data: 'text' }]) {
      const bad = await api.post(`/api/v1/automations/${id}/start`, body);
      expect(bad.status, JSON.stringify(body)).toBe(422);
      expect(bad.body.error.code).toBe('validation_failed');
    }
    const malformed = await api.post(`/api/v1/automations/${id}/start`, '{"contactId":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_request');
    // Without a key: 401.
    expect((await apiClient(sportello.url).post(`/api/v1/automations/${id}/start`, { contactId: contact.id })).status).toBe(401);
  });
});

describe('automation, and the loop guard', () => {
  it('a start_automation step starts an automation with the automation trigger, passing its data', async () => {
    const { api } = await setUp();
    const child = await createAutomation(api, 'Child', {
      trigger: { type: 'automation' },
      start: 'note',
      steps: { note: { type: 'chat_note', text: 'Child got %%ORDER%%', next: 'tag' }, tag: { type: 'add_tag', tag: 'child-ran' } },
    });
    const parent = await createAutomation(api, 'Parent', { trigger: { type: 'api' }, start: 'go', steps: { go: { type: 'start_automation', automationId: child } } });
    const contact = await newContact(api);
    expect((await api.post(`/api/v1/automations/${parent}/start`, { contactId: contact.id, data: { ORDER: 'Z-9' } })).status).toBe(201);
    await eventually(async () => (await tagsOf(api, contact.id)).includes('child-ran'), 10_000, 'the child run');
    expect(await notesOf(api, contact.id)).toContain('Child got Z-9');
    const runs = await runsOf(api, contact.id);
    const childRun = runs.find((r) => r.automationId === child);
    expect(childRun).toMatchObject({ trigger: 'automation', depth: 1, status: 'completed', data: { ORDER: 'Z-9', STARTED_BY_AUTOMATION: parent } });

    // A start_automation step whose target is off fails with the reason.
    expect((await api.post(`/api/v1/automations/${child}/deactivate`)).status).toBe(200);
    const other = await newContact(api);
    const run = (await api.post(`/api/v1/automations/${parent}/start`, { contactId: other.id })).body;
    const failed = await eventually(async () => {
      const r = (await api.get(`/api/v1/automation-runs/${run.id}`)).body;
      return r.status === 'failed' ? r : null;
    }, 10_000, 'the failed run');
    expect(failed.reason).toMatch(/not active/);
  });

  it('two automations starting each other stop at depth 5: the next run is stored failed by the loop guard', async () => {
    const { api } = await setUp();
    const a = await createAutomation(api, 'Ping', { trigger: { type: 'automation' }, ...tagOnly('placeholder') }, false);
    const b = await createAutomation(api, 'Pong', { trigger: { type: 'automation' }, start: 'go', steps: { go: { type: 'start_automation', automationId: a } } });
    const put = await api.put(`/api/v1/automations/${a}`, { definition: { trigger: { type: 'automation' }, start: 'go', steps: { go: { type: 'start_automation', automationId: b } } } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await api.post(`/api/v1/automations/${a}/activate`)).status).toBe(200);
    const kick = await createAutomation(api, 'Kick-off', { trigger: { type: 'api' }, start: 'go', steps: { go: { type: 'start_automation', automationId: a } } });
    const contact = await newContact(api);
    expect((await api.post(`/api/v1/automations/${kick}/start`, { contactId: contact.id })).status).toBe(201);

    await eventually(async () => (await runsOf(api, contact.id)).some((r) => r.status === 'failed'), 15_000, 'the loop guard');
    await sleep(SETTLE_MS);
    const runs = (await runsOf(api, contact.id)).sort((x, y) => x.depth - y.depth);
    // Depth 0 (kick-off) … 5 ran; the run at depth 6 never did.
    expect(runs.map((r) => [r.depth, r.automationId, r.status])).toEqual([
      [0, kick, 'completed'],
      [1, a, 'completed'],
      [2, b, 'completed'],
      [3, a, 'completed'],
      [4, b, 'completed'],
      [5, a, 'completed'],
      [6, b, 'failed'],
    ]);
    expect(runs[6].reason).toMatch(/loop guard/i);
    expect(runs[6].path).toEqual([]);
    expect((await api.get(`/api/v1/automations/${b}/report`)).body.runs).toMatchObject({ total: 3, completed: 2, failed: 1 });
  });

  it('a ticket status ping-pong between two automations stops at depth 5', async () => {
    const { api } = await setUp();
    const toWaiting = await createAutomation(api, 'Back to work', {
      trigger: { type: 'ticket_status_changed', to: ['Waiting'] },
      start: 'go',
      steps: { go: { type: 'update_ticket', status: 'In progress' } },
    });
    const toProgress = await createAutomation(api, 'Ask the customer', {
      trigger: { type: 'ticket_status_changed', to: ['In progress'] },
      start: 'go',
      steps: { go: { type: 'update_ticket', status: 'Waiting' } },
    });
    const contact = await newContact(api);
    const ticket = (await api.post('/api/v1/tickets', { contactId: contact.id, title: 'Ping-pong' })).body;
    expect((await api.patch(`/api/v1/tickets/${ticket.id}`, { status: 'Waiting' })).status).toBe(200);

    await eventually(async () => (await runsOf(api, contact.id)).some((r) => r.status === 'failed'), 15_000, 'the loop guard');
    await sleep(SETTLE_MS);
    const runs = (await runsOf(api, contact.id)).sort((x, y) => x.depth - y.depth);
    expect(runs.map((r) => [r.depth, r.automationId, r.status])).toEqual([
      [0, toWaiting, 'completed'],
      [1, toProgress, 'completed'],
      [2, toWaiting, 'completed'],
      [3, toProgress, 'completed'],
      [4, toWaiting, 'completed'],
      [5, toProgress, 'completed'],
      [6, toWaiting, 'failed'],
    ]);
    expect(runs[6].reason).toMatch(/loop guard/i);
    // The last change that ran was depth 5's, back to Waiting; the stopped run changed nothing.
    expect((await api.get(`/api/v1/tickets/${ticket.id}`)).body.status).toBe('Waiting');
    const history = (await api.get(`/api/v1/tickets/${ticket.id}/history`)).body.data as Array<{ field: string }>;
    expect(history.filter((h) => h.field === 'status')).toHaveLength(7);
  });
});
