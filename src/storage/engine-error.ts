/**
 * Turns a database engine's error (better-sqlite3 or pg) into a coded store error, so callers never
 * see engine errors. Errors that already carry an OpsTrack code pass through unchanged.
 */
import { Errors } from '../errors.ts';

const CONSTRAINT_PG = /^23/; // integrity_constraint_violation class
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', '40001', '40P01', '55P03']);

export function wrapEngineError(err: unknown): Error {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code.startsWith('OPS_ERR_')) return err as Error;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (code.startsWith('SQLITE_CONSTRAINT') || CONSTRAINT_PG.test(code)) {
    return new Errors.STORE_CONSTRAINT(message, { cause: err });
  }
  if (BUSY.has(code) || code.startsWith('SQLITE_BUSY')) return new Errors.STORE_BUSY(message, { cause: err });
  return new Errors.STORE_ENGINE(message, { cause: err });
}
