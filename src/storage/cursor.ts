/** Opaque page cursors: base64url of `v1:<seq>`, the last row's insertion sequence number. */
import { Errors } from '../errors.ts';

const PREFIX = 'v1:';

export function encodeCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, 'utf8').toString('base64url');
}

/** The seq a cursor stands for; throws STORE_BAD_CURSOR for anything this store did not issue. */
export function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^v1:(\d{1,15})$/.exec(text);
  if (!match) throw new Errors.STORE_BAD_CURSOR(cursor.length > 40 ? `${cursor.slice(0, 40)}...` : cursor);
  return Number(match[1]);
}
