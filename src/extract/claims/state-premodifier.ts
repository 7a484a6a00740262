/**
 * A state named before the organisation that heads its noun phrase ("the US security firm X", "la société
 * israélienne de cybersécurité X", "加拿大某大学的X实验室", "美国科技巨头X"): the state tells where the organisation
 * sits, the organisation is the one who acts. `premodifiedHead` gives that organisation: the next organisation in the
 * sentence a few words after the state, with no punctuation, coordinator or verb of the clause between them. A state
 * that only tells the nationality of a company noun with no name heading it ("a US security firm", "una empresa
 * estadounidense", "一家美国网络安全公司": parties.ts nationalityOfCompany) stands for that unnamed company, which is no
 * claimant: the state neither speaks for it nor becomes another party of the clause.
 */
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';
import type { Party } from './frame.ts';
import { nationalityOfCompany, plausibleParty } from './parties.ts';
import { whole } from './text.ts';

/** Words between the state and the organisation it premodifies ("the US [cybersecurity firm] X"). */
const PREMODIFIER_REACH = 4;

/** Punctuation that closes the noun phrase. */
const PHRASE_BREAK = /[,;:.!?，；：。！？、"“”«»„]/u;
/** An opening quotation mark right before the name: it opens the name, not a new phrase ("der niederländischen Zeitung „X“", "le quotidien britannique « X »"). */
const QUOTE_OPENING_NAME = /[ \t\u00a0]*["“«„《][ \t\u00a0]*$/u;

/**
 * The organisation a state premodifies; the unnamed company whose nationality it tells (a reference to no claimant);
 * else the state itself (and any other party unchanged).
 */
export function premodifiedHead(lex: CompiledLexicon, ix: TokenIndex, text: string, known: Party[], q: Party): Party {
  if (q.kind !== 'country') return q;
  const head = namedHead(lex, ix, text, known, q);
  if (head !== q || !nationalityOfCompany(text, lex, q)) return head;
  return { start: q.start, end: q.end, kind: 'backref', company: 'unnamed' };
}

/** The organisation heading the phrase the state premodifies, else the state. */
function namedHead(lex: CompiledLexicon, ix: TokenIndex, text: string, known: Party[], q: Party): Party {
  const next = known.filter((k) => k.start >= q.end).sort((a, b) => a.start - b.start)[0];
  if (!next || next.kind !== 'organization' || !plausibleParty(lex, next)) return q;
  if (ix.count(q.end, next.start) > PREMODIFIER_REACH) return q;
  const gap = text.slice(q.end, next.start).replace(QUOTE_OPENING_NAME, ' ');
  if (PHRASE_BREAK.test(gap)) return q;
  // "China and Velmora ...": a list of parties, not one phrase. An article the profile lists among its coordinators joins nothing.
  if (lex.coordinators && execAll(lex.coordinators, gap).some((m) => !whole(lex.articles, m[0].trim()))) return q;
  // "Russia attacked X", "the US said X ...": a verb between them makes the state a clause's subject.
  const verbs = [lex.say, lex.warn, lex.accuse, lex.blame, lex.deny, lex.confirm, lex.callFor, lex.hostile, lex.hostileVerbs, lex.findingVerbs, lex.joinVerbs];
  if (verbs.some((re) => !!re && execAll(re, gap).length > 0)) return q;
  return next;
}
