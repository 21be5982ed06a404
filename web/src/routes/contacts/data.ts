import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { JsonOf } from '../../api/types';

/** The contacts API's shapes and the catalog queries every contacts page reads. */

export type Contact = JsonOf<'/api/v1/contacts/{id}', 'get'>;
export type ContactPage = JsonOf<'/api/v1/contacts', 'get'>;
export type Tag = JsonOf<'/api/v1/tags', 'get'>['data'][number];
export type ContactList = JsonOf<'/api/v1/lists', 'get'>['data'][number];
export type FieldDefinition = JsonOf<'/api/v1/fields', 'get'>['data'][number];
export type FieldType = FieldDefinition['type'];
export type ImportPreview = JsonOf<'/api/v1/contacts/import/preview', 'post'>;
export type ImportReport = JsonOf<'/api/v1/contacts/import', 'post'>;

export const FIELD_TYPES: readonly FieldType[] = ['text', 'number', 'date', 'boolean'];

export function useTags() {
  return useQuery({ queryKey: ['tags'], queryFn: () => call(api.GET('/api/v1/tags')) });
}

export function useLists() {
  return useQuery({ queryKey: ['lists'], queryFn: () => call(api.GET('/api/v1/lists')) });
}

export function useFields() {
  return useQuery({ queryKey: ['fields'], queryFn: () => call(api.GET('/api/v1/fields')) });
}
