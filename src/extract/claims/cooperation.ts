/**
 * Partners of cooperation ("will cooperate closely with the United States and South Korea",
 * "与美国、韩国密切合作", "mit unseren Partnern in der EU zusammenarbeiten", "coopérer avec ses alliés"):
 * the parties a cooperation marker names side with the speaker; they are neither the accused nor
 * the warned. A marker that closes around its partners (zh 与…合作, de mit … zusammenarbeiten)
 * names every party inside it; one that opens its complement names the party right after it and
 * the parties listed with that one. Cooperation told after an accusation ("accused the firm of
 * close cooperation with X", "指责X与Y密切合作") is the act accused, its partner an accused: no marker then.
 */
import { tokenIndex } from '../tokens.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';
import type { ClaimContext } from './context.ts';
import type { Cue, Party } from './frame.ts';
import { joinedParties } from './parties.ts';

/** Words between a cooperation marker and its first partner ("cooperate with our partners in X"). */
const PARTNER_REACH = 4;
/** Cues that make what follows them the act accused. */
const ACCUSATION = new Set(['accuse', 'accuseNoun', 'blame']);

export function cooperationPartners(ctx: ClaimContext, parties: Party[], cues: Cue[], s: { start: number; text: string }): Party[] {
  const { text, lex } = ctx;
  const re = lex.cooperation;
  if (!re) return [];
  const ix = tokenIndex(text, lex.lang);
  const named = (p: Party) => p.kind === 'country' || p.kind === 'organization' || p.kind === 'person';
  const out: Party[] = [];
  for (let m = execFrom(re, s.text); m; m = execAfter(re, s.text, m)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (cues.some((c) => ACCUSATION.has(c.cat) && c.start < start)) continue;
    const inside = parties.filter((p) => named(p) && p.start >= start && p.end <= end);
    if (inside.length) {
      out.push(...inside);
      continue;
    }
    const first = parties.find((p) => p.start >= end && named(p) && ix.count(end, p.start) <= PARTNER_REACH && !/[.;:!?。；：]/u.test(text.slice(end, p.start)));
    if (first) out.push(first, ...joinedParties(text, lex, parties, first, 1));
  }
  return out;
}
