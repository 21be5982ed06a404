import type { paths } from './openapi';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * The JSON an endpoint answers with, by path, method and status:
 * `JsonOf<'/api/v1/tickets/{id}', 'get'>` is a ticket.
 */
export type JsonOf<P extends keyof paths, M extends Method, S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/** The JSON body an endpoint takes. */
export type BodyOf<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type Me = JsonOf<'/api/v1/me', 'get'>;
export type User = NonNullable<Me['user']>;
export type Account = Me['account'];
export type Role = Me['role'];
export type Language = User['language'];
