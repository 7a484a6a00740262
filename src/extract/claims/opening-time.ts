/**
 * A time adverbial that opens a sentence before its subject ("In May 2024, ...", "В начале июня 2023 года ...",
 * "Anfang März 2025 ...", a Chinese date and its comma): a date expression of the language's date profile (dates.ts) after at
 * most a few words of its own (a preposition, "in the middle of", "Vào đầu"), with the comma after it. It tells when,
 * and holds no party, so a subject after it still opens the sentence.
 */
import { dateExpressions } from '../dates.ts';
import { tokenIndex } from '../tokens.ts';
import type { ClaimInput } from './frame.ts';

/** Words before the date inside the adverbial ("A principios de", "В середине", "In"). */
const DATE_LEAD = 3;

/** Where the subject may start after an opening time adverbial at `from` (before `to`); `from` when none opens there. */
export function afterOpeningTime(input: ClaimInput, from: number, to: number): number {
  const { text, lex } = input;
  const d = dateExpressions(text, lex.lang, from, to)[0];
  if (!d || tokenIndex(text, lex.lang).count(from, d.start) > DATE_LEAD) return from;
  const comma = /^\s*[,，、]?\s*/u.exec(text.slice(d.end, to));
  return d.end + (comma?.[0].length ?? 0);
}
