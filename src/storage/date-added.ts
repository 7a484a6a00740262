/**
 * The store's `date_added` clock (TAXII 2.1 sections 3.1 and 3.4.1): microsecond timestamps,
 * strictly increasing in commit order (so a client paging with `added_after` never loses an object
 * added later), one microsecond apart inside a batch, and never ahead of the wall clock: a batch of
 * n objects is stamped backwards from now (its last object gets now), unless the previous batch's
 * last stamp forces it later, in which case the writer waits (inside its transaction, which
 * serialises writers) until the clock has caught up, when that takes at most MAX_WAIT_US.
 * @module
 */
import { nowMicros } from '../model/stix/timestamps.ts';

/** Longer than this and the batch is stamped ahead instead (a clock stepped back, a database written ahead by an older release). */
const MAX_WAIT_US = 200_000;

/**
 * The first of `count` consecutive microsecond stamps for a batch written after `last`: later than
 * `last`, and (waiting when needed) not later than the clock when it returns.
 */
export async function batchStart(last: number, count: number): Promise<number> {
  const first = Math.max(last + 1, nowMicros() - count + 1);
  const ahead = first + count - 1 - nowMicros();
  if (ahead > 0 && ahead <= MAX_WAIT_US) {
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(ahead / 1000) + 1));
    while (nowMicros() < first + count - 1) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return first;
}

/** `count` consecutive stamps from microsecond `first`, as formatMicros writes each, formatting each millisecond's prefix once. */
export function formatStamps(first: number, count: number): string[] {
  const out = new Array<string>(count);
  let ms = Number.NaN;
  let prefix = '';
  for (let k = 0; k < count; k++) {
    const us = first + k;
    const m = Math.floor(us / 1000);
    if (m !== ms) {
      ms = m;
      prefix = new Date(m).toISOString().slice(0, 23);
    }
    const rest = us - m * 1000;
    out[k] = `${prefix}${rest < 10 ? '00' : rest < 100 ? '0' : ''}${rest}Z`;
  }
  return out;
}
