/** Polling intervals as people write them: `15m`, `1h`, `1d`, `1h30m`, `90s`, `2w`. */
import { Errors } from '../../errors.ts';

/** Seconds per unit, largest first (the order formatDuration writes them in). */
const UNITS = { w: 604_800, d: 86_400, h: 3600, m: 60, s: 1 } as const;
type Unit = keyof typeof UNITS;

/** Seconds in a duration such as `1h30m`; refuses anything else, zero included. */
export function parseDuration(value: string, field = 'duration'): number {
  const text = value.trim().toLowerCase();
  if (!/^(\d+[smhdw])+$/.test(text)) {
    throw new Errors.INPUT_INVALID(`${field}: '${value}' is not a duration (e.g. 15m, 1h, 1d, 1h30m)`, { field });
  }
  let seconds = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)([smhdw])/g)) seconds += Number(n) * UNITS[unit as Unit];
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new Errors.INPUT_INVALID(`${field}: '${value}' must be longer than zero`, { field });
  return seconds;
}

/** The shortest spelling of a number of seconds: 5400 -> `1h30m`. */
export function formatDuration(seconds: number): string {
  let left = seconds;
  let out = '';
  for (const [unit, size] of Object.entries(UNITS)) {
    const n = Math.floor(left / size);
    if (n > 0) {
      out += `${n}${unit}`;
      left -= n * size;
    }
  }
  return out || '0s';
}
