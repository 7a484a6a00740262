/**
 * An interview's answers: a first-person plural in a paragraph that answers a question (the paragraph before it
 * ends with a question mark) is the side of the one the text introduces as interviewed ("Wir sprachen mit X, dem
 * Leiter von Y", "Nous avons interrogé X", "Мы поговорили с X", "an interview with X"; profile `intervieweeBefore`):
 * the first person, body or state named after that marker in its sentence, never the last party the answers or the
 * narration named.
 */
import type { Party } from './frame.ts';
import type { SelfView } from './self-host.ts';

/** The interviewee, when `self` stands in an answer and the text introduced one before the question. */
export function intervieweeOf(ctx: SelfView, self: Party): Party | undefined {
  const re = ctx.lex.intervieweeBefore;
  if (!re) return undefined;
  const sentences = ctx.input.sentences;
  const si = sentences.findIndex((x) => x.start <= self.start && self.start < x.end);
  const s = sentences[si];
  if (!s) return undefined;
  // The last sentence of the paragraph before this one asks.
  let q = si - 1;
  while (q >= 0 && sentences[q]!.paragraph === s.paragraph) q--;
  const asked = sentences[q];
  if (!asked || asked.title || !/[?？]\s*$/u.test(asked.text)) return undefined;
  for (let i = 0; i < q; i++) {
    const intro = sentences[i]!;
    re.lastIndex = 0;
    const m = re.exec(intro.text);
    if (!m) continue;
    const from = intro.start + m.index + m[0].length;
    const named = ctx.known.find((p) => p.start >= from && p.end <= intro.end && (p.kind === 'person' || p.kind === 'organization' || p.kind === 'country'));
    if (named) return named;
  }
  return undefined;
}
