import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorBody, fakeApi } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { CONTACT_ID, messageFixture, withSession } from '../test-fixtures';
import { Composer } from './Composer';

const sent = { status: 201, body: messageFixture() };

describe('the composer', () => {
  it('sends the text with Enter and empties itself', async () => {
    const server = fakeApi({ 'POST /api/v1/messages': sent });
    await renderWithProviders(withSession(<Composer contactId={CONTACT_ID} sendBlockedReason={null} />));
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.click(box);
    await userEvent.paste('Ciao Mario');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(box).toHaveProperty('value', ''));
    const post = server.calls.find((c) => c.method === 'POST' && c.path === '/api/v1/messages');
    expect(post?.body).toEqual({ contactId: CONTACT_ID, type: 'text', text: 'Ciao Mario' });
  });

  it('breaks the line with Shift+Enter without sending', async () => {
    const server = fakeApi({});
    await renderWithProviders(withSession(<Composer contactId={CONTACT_ID} sendBlockedReason={null} />));
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.click(box);
    await userEvent.paste('First line');
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    await userEvent.paste('second line');
    expect(box).toHaveProperty('value', 'First line\nsecond line');
    expect(server.calls).toHaveLength(0);
  });

  it('does not send an empty message', async () => {
    const server = fakeApi({});
    await renderWithProviders(withSession(<Composer contactId={CONTACT_ID} sendBlockedReason={null} />));
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '   {Enter}');
    expect(server.calls).toHaveLength(0);
  });

  it('shows the server’s refusal and keeps the text to try again', async () => {
    fakeApi({ 'POST /api/v1/messages': { status: 422, body: errorBody('outside_customer_service_window', 'Only a template can be sent until they write again') } });
    await renderWithProviders(withSession(<Composer contactId={CONTACT_ID} sendBlockedReason={null} />));
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'Hello{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Only a template can be sent until they write again');
    expect(box).toHaveProperty('value', 'Hello');
  });

  it('is closed for messages outside the window, but still takes internal notes', async () => {
    const server = fakeApi({ [`POST /api/v1/contacts/${CONTACT_ID}/notes`]: { status: 201, body: {} } });
    await renderWithProviders(withSession(<Composer contactId={CONTACT_ID} sendBlockedReason="Only templates can be sent now" />));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Only templates can be sent now')).toBeTruthy();

    await userEvent.click(screen.getByText('Internal note'));
    const note = screen.getByRole('textbox', { name: 'Internal note' });
    expect(note).toHaveProperty('disabled', false);
    await userEvent.click(note);
    await userEvent.paste('Call him back tomorrow');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(note).toHaveProperty('value', ''));
    expect(server.calls.map((c) => [c.method, c.path, c.body])).toEqual([['POST', `/api/v1/contacts/${CONTACT_ID}/notes`, { text: 'Call him back tomorrow' }]]);
  });

  it('sends reply buttons composed in their dialog', async () => {
    const server = fakeApi({ 'POST /api/v1/messages': sent });
    await renderWithProviders(withSession(<Composer contactId={CONTACT_ID} sendBlockedReason={null} />));
    await userEvent.click(screen.getByRole('textbox', { name: 'Message' }));
    await userEvent.paste('Which day suits you?');
    await userEvent.click(screen.getByRole('button', { name: 'Buttons, lists and templates' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Message with reply buttons…' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(screen.getByRole('textbox', { name: 'Option 1' }), 'Monday');
    await userEvent.type(screen.getByRole('textbox', { name: 'Option 2' }), 'Tuesday');
    await userEvent.click(screen.getAllByRole('button', { name: 'Send' }).find((b) => dialog.contains(b))!);
    await waitFor(() => expect(server.calls).toHaveLength(1));
    expect(server.calls[0]!.body).toEqual({
      contactId: CONTACT_ID,
      type: 'buttons',
      text: 'Which day suits you?',
      buttons: [
        { id: 'monday', title: 'Monday' },
        { id: 'tuesday', title: 'Tuesday' },
      ],
    });
  });
});
