/**
 * A news outlet introduced by its kind noun: "selon l'agence Bloomberg", "la agencia Bloomberg informó", "агентство
 * Bloomberg сообщило", "the news agency Kyodo said", "hãng tin Bloomberg". The noun the profile also counts as a body
 * pointing back ("l'agence", "la agencia", "агентство", "the agency": claims/kind-noun-body.ts) is then the outlet's
 * title, not a reference to the state body or speaker named before: the outlet that follows is the source.
 */
import type { TokenIndex } from '../tokens.ts';
import type { Party } from './frame.ts';
import { NEWS_OUTLET_NAMES } from '../../knowledge/data/news-outlets.ts';

/** Words between the kind noun and the outlet's name (none: "l'agence Reuters"; an opening quote is no word). */
const TITLE_GAP = 0;

/** Is the reference ending at `end` the kind noun of a news outlet named right after it? */
export function titlesOutlet(text: string, ix: TokenIndex, parties: Party[], end: number): boolean {
  return parties.some((p) => p.kind === 'organization' && !p.country && !!p.value && NEWS_OUTLET_NAMES.has(p.value)
    && p.start >= end && ix.count(end, p.start) <= TITLE_GAP && /^[\s«“„"《]*$/u.test(text.slice(end, p.start)));
}
