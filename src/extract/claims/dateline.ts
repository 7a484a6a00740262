/**
 * The date a post's body opens with, which is no part of its first sentence's wording: a line that is only the post's
 * date under the title ("29 September 2021", "29 сентября 2021 года", "2021年9月29日"), or a dateline before the first
 * sentence's subject ("City, 28 February 2014 – ", "Ciudad, 28 de febrero de 2014. – "): a place, a date with its
 * day written out in words or in figures, then a dash.
 */
import { findDates } from '../dates.ts';
import { tokenIndex } from '../tokens.ts';
import type { ClaimInput } from './frame.ts';

/** Words of the place before the date in a dateline ("Bochum", "San José, Costa Rica"). */
const PLACE_WORDS = 4;
/** A dash after the date (its closing point optional), ending the dateline. */
const DASH_AFTER = /^\s*\.?\s*[—–-]\s/u;

/** Is the sentence only a date (nothing but the date and punctuation, or a word the date's own form ends with: "года")? */
export function dateLine(input: ClaimInput, s: { start: number; end: number }): boolean {
  const line = input.text.slice(s.start, s.end);
  const d = findDates(line, input.lex.lang).find((m) => m.kind === 'explicit');
  if (!d) return false;
  const rest = `${line.slice(0, d.start)} ${line.slice(d.end)}`;
  return tokenIndex(rest, input.lex.lang).count(0, rest.length) <= 1 && !/\n/u.test(line.trim());
}

/**
 * Characters of a dateline (a place, a date, a dash) opening the line at `at`, through its dash; 0 when the line opens on
 * something else. The line, not the sentence: a splitter may end a sentence at the day's figure ("City, 28.").
 */
export function datedOpener(input: ClaimInput, at: number): number {
  const nl = input.text.indexOf('\n', at);
  const line = input.text.slice(at, nl < 0 ? input.text.length : nl);
  const d = findDates(line, input.lex.lang).find((m) => m.kind === 'explicit');
  if (!d || d.start === 0) return 0;
  const place = line.slice(0, d.start);
  if (!/^\s*\p{Lu}/u.test(place) || !/,\s*$/u.test(place) || tokenIndex(place, input.lex.lang).count(0, place.length) > PLACE_WORDS) return 0;
  const dash = DASH_AFTER.exec(line.slice(d.end));
  return dash ? d.end + dash[0].length : 0;
}
