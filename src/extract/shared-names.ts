/**
 * A short name that bodies of several states share ("NCA": one state's crime agency, another's cyber
 * authority): the state named nearby decides which body speaks. Nearby is the body's own sentence first
 * (the nearest state before it, else after it), then the sentences before it, nearest first, then the
 * sentences after it. With none of the candidate states named in the article, the body the knowledge
 * base ranks first keeps the name. A state named right next to the body still overrides this afterwards
 * (organ-state.ts).
 */
import type { KnownEntity, Mention } from '../knowledge/types.ts';
import { entityCountries } from './entities.ts';
import type { PartyMention } from './people.ts';
import type { Sentence } from './segment.ts';

/**
 * The organisations a mention may name, one per state, in the resolver's order. A name the text's own
 * language gives to one of them ("NCSC" in Vietnamese) is that one's, and shared with none.
 */
export function sharedNameBodies(m: Mention, lang: string): KnownEntity[] {
  const base = (l: string | undefined) => l?.split(/[-_]/u)[0];
  const ownLanguage = !!m.lang && base(m.lang) === base(lang);
  const out: KnownEntity[] = [];
  const seen = new Set<string>();
  for (const e of [m.entity, ...(m.alternatives ?? [])]) {
    if (e.kind !== 'organization') continue;
    if (ownLanguage && e !== m.entity && !e.aliases.some((a) => base(a.lang) === base(lang) && a.name.toLowerCase() === m.matched.toLowerCase())) continue;
    const c = entityCountries(e)[0];
    if (!c || seen.has(c)) continue;
    seen.add(c);
    out.push(e);
  }
  return out;
}

/**
 * Which of the bodies the state named nearby owns; undefined when none of their states is named. A body
 * named elsewhere by a name it shares with no other ("the UK National Crime Agency (NCA)") names its state.
 */
export function bodyOfNearbyState(bodies: KnownEntity[], at: { start: number; end: number }, countries: PartyMention[], sentences: Sentence[], bodyMentions: PartyMention[] = []): KnownEntity | undefined {
  const byState = new Map(bodies.map((b) => [entityCountries(b)[0]!, b]));
  const names = new Set(bodies.map((b) => b.name));
  const owned = bodyMentions.filter((o) => o.country && names.has(o.value)).map((o) => ({ ...o, kind: 'country' as const, value: o.country! }));
  const named = [...countries, ...owned].filter((c) => byState.has(c.value)).sort((a, b) => a.start - b.start);
  if (!named.length) return undefined;
  const own = sentences.findIndex((s) => s.start <= at.start && at.start < s.end);
  const inSentence = (s: Sentence | undefined) => (s ? named.filter((c) => c.start >= s.start && c.end <= s.end) : []);
  if (own >= 0) {
    const here = inSentence(sentences[own]);
    const before = here.filter((c) => c.end <= at.start).pop();
    const after = here.find((c) => c.start >= at.end);
    const pick = before ?? after;
    if (pick) return byState.get(pick.value);
    for (let i = own - 1; i >= 0; i--) {
      const last = inSentence(sentences[i]).pop();
      if (last) return byState.get(last.value);
    }
    for (let i = own + 1; i < sentences.length; i++) {
      const first = inSentence(sentences[i])[0];
      if (first) return byState.get(first.value);
    }
  }
  return byState.get(named[0]!.value);
}
