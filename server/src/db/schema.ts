/** Every table of Sportello, for drizzle-kit migrations. Modules import their own schema files. */
export * from '../events/schema.ts';
export * from '../modules/accounts/schema.ts';
export * from '../modules/contacts/schema.ts';
export * from '../modules/channels/schema.ts';
export * from '../modules/conversations/schema.ts';
export * from '../modules/tickets/schema.ts';
export * from '../modules/settings/schema.ts';
export * from '../modules/automations/schema.ts';
