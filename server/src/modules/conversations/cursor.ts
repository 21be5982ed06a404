/** Opaque pagination cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): unknown[] | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id a page of UUIDv7-ordered rows continues before; undefined for the first page, null for a bad cursor. */
export function decodeIdCursor(cursor: string | undefined): string | undefined | null {
  if (!cursor) return undefined;
  const key = decodeCursor(cursor);
  return typeof key?.[0] === 'string' && UUID.test(key[0]) ? key[0] : null;
}
