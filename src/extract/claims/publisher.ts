/**
 * The body that publishes the text, to whom its first-person plural refers when no one else
 * speaks: an organisation named on a short header line among the first lines after the title.
 */
import { tokenIndex } from '../tokens.ts';
import type { ClaimInput, Party, Resolved } from './frame.ts';

/** Words of a header line (a byline: "Agency name | Press release | date") that may name the publisher. */
const BYLINE_WORDS = 14;

export function publisherOf(input: ClaimInput, known: Party[]): Resolved | undefined {
  const { text, lex } = input;
  const ix = tokenIndex(text, lex.lang);
  const lines = input.sentences.filter((s) => !s.title).slice(0, 2);
  for (const s of lines) {
    const lineEnd = text.indexOf('\n', s.start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (ix.count(s.start, end) > BYLINE_WORDS || !/[|·•—–]/u.test(text.slice(s.start, end))) continue;
    const p = known.find((q) => q.start >= s.start && q.end <= end && q.kind === 'organization');
    if (p?.value) return p.country ? { value: p.country, kind: 'state' } : { value: p.value, kind: 'organization' };
  }
  return undefined;
}
