/**
 * Claims told under another topic. A press-conference transcript takes one question after another and a
 * live blog one entry after another (topics.ts); an exchange that tells no hostile cyber act or threat,
 * names no threat group and refers to no accusation or report ("Can you comment on the drills?", "16:40
 * Both sides accuse each other of breaking the ceasefire") is about something else, and what is said there
 * is no claim about the operation:
 *  - after a questioner's label, nothing said in the exchange is a claim, except a denial (a denial always
 *    answers an accusation, which the exchange may leave to the context: "we reject these speculations");
 *  - in a time-stamped entry, an accusation or attribution is no attribution of a cyber act (a call or a
 *    warning there may be a defender's: "She urged companies to replace default passwords").
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { TopicUnit } from '../topics.ts';
import type { ClaimCandidate, Span } from '../types.ts';
import { matches } from './text.ts';

const ATTRIBUTION = new Set(['attributes', 'accuses']);

/** The claims that stay: every claim but those told in an off-topic unit. */
export function dropOffTopic(claims: ClaimCandidate[], text: string, units: TopicUnit[] | null, lex: CompiledLexicon, groups: ReadonlyArray<Span>): ClaimCandidate[] {
  if (!units) return claims;
  const offTopic = new Map<TopicUnit, boolean>();
  const isOff = (u: TopicUnit) => {
    let off = offTopic.get(u);
    if (off === undefined) {
      const body = text.slice(u.start, u.end);
      off = !u.hostile && !groups.some((g) => g.start >= u.start && g.end <= u.end) && !matches(lex.accuseNoun, body);
      offTopic.set(u, off);
    }
    return off;
  };
  return claims.filter((c) => {
    const u = units.find((x) => c.evidence.start >= x.start && c.evidence.end <= x.end);
    if (!u || !u.opener || !isOff(u)) return true;
    if (u.opener === 'label') return c.stance === 'denies';
    return !ATTRIBUTION.has(c.stance);
  });
}
