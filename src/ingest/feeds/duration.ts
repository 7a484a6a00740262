/** Polling intervals as people write them: `15m`, `1h`, `1d`, `1h30m`, `90s`, `2w`. */
import { Errors } from '../../errors.ts';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Seconds in a duration such as `1h30m`; refuses anything else, zero included. */
export function parseDuration(value: string, field = 'duration'): number {
  const text = value.trim().toLowerCase();
  if (!/^(\d+[smhdw])+$/.test(text)) {
    throw new Errors.INPUT_INVALID(`${field}: '${value}' is not a duration (e.g. 15m, 1h, 1d, 1h30m)`, { field });
  }
  let seconds = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)([smhdw])/g)) seconds += Number(n) * UNITS[unit];
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new Errors.INPUT_INVALID(`${field}: '${value}' must be longer than zero`, { field });
  return seconds;
}

/** The shortest spelling of a number of seconds: 5400 -> `1h30m`. */
export function formatDuration(seconds: number): string {
  let left = seconds;
  let out = '';
  for (const unit of ['w', 'd', 'h', 'm', 's']) {
    const n = Math.floor(left / UNITS[unit]);
    if (n > 0) {
      out += `${n}${unit}`;
      left -= n * UNITS[unit];
    }
  }
  return out || '0s';
}
