/**
 * Anaphora by a news outlet's kind: "the newspaper", "le quotidien", "l'hebdomadaire", "die Zeitung", "el diario",
 * "издание", "tờ báo này", "该报" mean the news outlet named before, not whoever spoke last nor the company
 * named last: "Le Figaro a publié l'enquête. Le quotidien affirme que ..." is Le Figaro's claim.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Party } from './frame.ts';
import { NEWS_OUTLET_NAMES } from '../../knowledge/data/news-outlets.ts';
import { tokenIndex } from '../tokens.ts';

/** Sentences over which an outlet's kind noun reaches back, its own included (an outlet is often named once, in the lead). */
const OUTLET_REACH = 10;
/** Words before a name in which its kind noun introduces it ("the Dutch daily X", "der niederländischen Zeitung „X“"). */
const KIND_BEFORE_NAME = 3;

/**
 * The news outlet named last before the kind noun `p`, within reach; an organisation the text introduced with the
 * same kind noun ("die Zeitung X ... die Zeitung") before any other. No outlet named: none.
 */
export function outletAntecedent(lex: CompiledLexicon, text: string, known: Party[], sentences: Sentence[], p: Party): Party | undefined {
  const si = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  if (si < 0) return undefined;
  const from = sentences[Math.max(0, si - OUTLET_REACH + 1)]!.start;
  // The kind noun itself: the ref's last word ("Zeitung" of "die Zeitung"); Han refs have no word to look for.
  const head = /\p{L}+$/u.exec(text.slice(p.start, p.end))?.[0];
  const headRe = head && head.length > 2 && !/\p{Script=Han}/u.test(head) ? new RegExp(`(?<![\\p{L}])${head}`, 'iu') : undefined;
  const ix = tokenIndex(text, lex.lang);
  let outlet: Party | undefined;
  let introduced: Party | undefined;
  for (const q of known) {
    if (q.end > p.start) break;
    if (q.start < from || q.kind !== 'organization' || q.country || !q.value) continue;
    if (headRe && headRe.test(text.slice(ix.before(q.start, KIND_BEFORE_NAME), q.start))) introduced = q;
    if (NEWS_OUTLET_NAMES.has(q.value)) outlet = q;
  }
  return introduced ?? outlet;
}
