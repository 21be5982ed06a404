import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorBody, fakeApi } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import type { Contact } from '../data';
import { ContactPage } from './ContactPage';

const id = '0190e3b4-0000-7000-8000-0000000000c1';
const contact: Contact = {
  id,
  phone: '+393331234567',
  name: 'Giulia Bianchi',
  email: null,
  language: null,
  marketingOptIn: false,
  marketingOptInAt: null,
  marketingOptInSource: null,
  blocked: false,
  blockedAt: null,
  fields: {},
  tags: [],
  lists: [],
  operatorIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  lastInboundAt: null,
  lastMessageAt: null,
};

describe('the contact page', () => {
  it("shows the server's complaint under the dynamic field it concerns, and a typed input per field", async () => {
    const server = fakeApi({
      [`GET /api/v1/contacts/${id}`]: { body: contact },
      'GET /api/v1/fields': {
        body: {
          data: [
            { id: 'f1', key: 'BIRTHDAY', label: 'Birthday', type: 'date', createdAt: '2026-01-01T00:00:00.000Z' },
            { id: 'f2', key: 'VISITS', label: 'Visits', type: 'number', createdAt: '2026-01-01T00:00:00.000Z' },
          ],
          nextCursor: null,
        },
      },
      'GET /api/v1/tags': { body: { data: [], nextCursor: null } },
      'GET /api/v1/lists': { body: { data: [], nextCursor: null } },
      [`PATCH /api/v1/contacts/${id}`]: { status: 422, body: errorBody('invalid_field_value', 'VISITS must be a whole number', { field: 'fields.VISITS', key: 'VISITS' }) },
    });
    await renderWithProviders(<p>elsewhere</p>, { route: `/contacts/${id}`, routes: [{ path: '/contacts/:id', element: <ContactPage /> }] });
    await screen.findByRole('heading', { level: 1, name: 'Giulia Bianchi' });
    expect(screen.getByLabelText('Birthday').getAttribute('type')).toBe('date');
    const visits = screen.getByLabelText('Visits');
    expect(visits.getAttribute('type')).toBe('number');
    await userEvent.type(visits, '2.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('VISITS must be a whole number')).toBeDefined();
    expect(visits.getAttribute('aria-invalid')).toBe('true');
    expect(server.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ fields: { VISITS: 2.5 } });
    expect(screen.getByRole('link', { name: 'Open chat' }).getAttribute('href')).toBe(`/inbox/${id}`);
  });
});
