/**
 * What a hostile act hit may stand before the verb that tells the act: as the subject of a passive ("des hôpitaux
 * polonais ont été piratés", "польские банки были атакованы", "các cơ quan chính phủ Ba Lan đã bị tấn công",
 * "los bancos polacos han sido atacados"), or as the object of a verb-final clause ("dass die Gruppe die polnischen
 * Behörden angriff", "in die Netze polnischer Ministerien eingedrungen"). A state named in that phrase, within a few
 * words of the verb, is the one hit: the victim of the act, never its author. In a verb-final clause only a state
 * written as the adjective of the hit noun ("polnischen", "US-" in a compound) counts, so that the clause's subject
 * ("dass Russland das Netz angriff") is not read as its object; a state in the agent's phrase ("von russischen
 * Stellen angegriffen") acts.
 */
import type { ClaimContext } from './context.ts';
import type { Party } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';
import { matches, whole } from './text.ts';
import { wordTokens } from '../tokens.ts';

/** Words between the state and the verb: the hit noun and a second noun or an auxiliary ("Behörden wurden"). */
const PATIENT_REACH = 3;
/** Words looked at after the state for the verb (the passive's own words included: "đã bị nhóm X tấn công"). */
const VERB_WINDOW = 8;

/** Punctuation that ends the hit's phrase before the verb. */
const PHRASE_BREAK = /[,.;:!?()\[\]"«»“”„，。；：、（）]/u;

export function patientBeforeHit(ctx: ClaimContext, p: Party): boolean {
  if (p.kind !== 'country') return false;
  const { text, lex, ix } = ctx;
  // "von russischen Stellen angegriffen", "par des pirates russes": the state in the agent's phrase did the act.
  if (matches(lex.agentMarkers, text.slice(ix.before(p.start, 1), p.start))) return false;
  return (
    beforeVerb(ctx, p, lex.patientPassive) ||
    (attributive(text, p) && beforeVerb(ctx, p, lex.patientFinal))
  );
}

/** Is the state within a few words before a verb of the pattern, no break nor article between? */
function beforeVerb(ctx: ClaimContext, p: Party, re: RegExp | null | undefined): boolean {
  if (!re) return false;
  const { text, lex, ix } = ctx;
  const end = ix.after(p.end, VERB_WINDOW);
  const m = execFrom(re, text.slice(p.end, end));
  if (!m) return false;
  const gap = text.slice(p.end, p.end + m.index);
  if (PHRASE_BREAK.test(gap)) return false;
  const words = wordTokens(gap, lex.lang);
  const joins = (i: number) => i > 0 && whole(lex.coordinators, words[i - 1]!.word.toLowerCase()) && !whole(lex.articles, words[i - 1]!.word.toLowerCase());
  // "Russland hat die Netze angegriffen": an article opens another phrase, the object of which the state is the subject;
  // after a coordinator it opens a second object joined to the first ("die ukrainische Führung und das Militär").
  if (words.some((t, i) => whole(lex.articles, t.word.toLowerCase()) && !joins(i))) return false;
  // Each object of a coordination is a few words long, the hit noun and its article.
  let run = 0;
  for (let i = 0; i < words.length; i++) {
    run = joins(i) ? 1 : run + 1;
    if (run > PATIENT_REACH) return false;
  }
  return true;
}

/** Is the state written as the adjective of a noun ("polnischen", "américains") or the first part of a compound ("US-")? */
function attributive(text: string, p: Party): boolean {
  const first = text.slice(p.start, p.start + 1);
  return first !== first.toUpperCase() || text.charAt(p.end) === '-';
}
