import { describe, expect, it } from 'vitest';
import type { Contact, FieldDefinition } from '../data';
import { contactPatch, formValuesOf } from './contact-form';

const contact: Contact = {
  id: '0190e3b4-0000-7000-8000-0000000000c1',
  phone: '+393331234567',
  name: 'Anna',
  email: null,
  language: 'it',
  marketingOptIn: false,
  marketingOptInAt: null,
  marketingOptInSource: null,
  blocked: false,
  blockedAt: null,
  fields: { AGE: 30 },
  tags: ['vip'],
  lists: [{ id: 'L1', name: 'Leads' }],
  operatorIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  lastInboundAt: null,
  lastMessageAt: null,
};
const definitions: FieldDefinition[] = [{ id: 'f', key: 'AGE', label: 'Age', type: 'number', createdAt: '2026-01-01T00:00:00.000Z' }];

describe('the contact form', () => {
  it('sends nothing when nothing changed', () => {
    expect(contactPatch(contact, definitions, formValuesOf(contact, definitions))).toEqual({});
  });

  it('sends what changed: cleared texts as null, tags and lists whole', () => {
    const values = { ...formValuesOf(contact, definitions), name: ' ', email: 'anna@example.it', fields: { AGE: '31' }, tags: ['vip', 'milano'], lists: [] };
    expect(contactPatch(contact, definitions, values)).toEqual({ name: null, email: 'anna@example.it', fields: { AGE: 31 }, tags: ['vip', 'milano'], lists: [] });
  });

  it('ignores order in tags and lists', () => {
    const twoTags = { ...contact, tags: ['a', 'b'] };
    expect(contactPatch(twoTags, definitions, { ...formValuesOf(twoTags, definitions), tags: ['b', 'a'] })).toEqual({});
  });
});
