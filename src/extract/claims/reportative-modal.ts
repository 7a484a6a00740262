/**
 * Reportative modal: German "sollen" of hearsay. "Hacker im Auftrag Chinas sollen Daten ausgespäht haben", "Die Gruppe
 * soll hinter dem Angriff stecken" tell what is said of the subject ("reportedly"), they ask nothing of it. The modal is
 * one of the profile's `reportativeModal` and its clause closes, within a few words and no clause break, on a predicate
 * of `reportativeTail` (a perfect infinitive, a predicate of responsibility). "Die Regierung soll die Angriffe
 * untersuchen" closes on a plain infinitive: a demand.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execAll, execFrom } from '../lexicons/index.ts';

/** Max words between the modal and the end of the predicate closing its clause ("soll 2014 und 2015 Nutzerdaten abgefragt haben"). */
const TAIL_REACH = 24;
/** A break of clause between the modal and its predicate: a relative or subordinate clause ends the modal's reach. */
const CLAUSE_BREAK = /[;:!?]|,\s/u;
/** What may follow the predicate that closes the clause: punctuation, a closing quote, a coordinator, the end. */
const CLOSES = /^\s*(?:$|[,.;:!?)»«“”"'’]|(?:und|oder|sowie)(?![\p{L}\p{N}]))/u;

/** Is the modal cue `m` of clause `f` one of hearsay, not of obligation? */
export function reportativeModal(ctx: ClaimContext, f: ClauseFrame, m: Cue): boolean {
  const { lex, text, ix } = ctx;
  if (!lex.reportativeModal || !lex.reportativeTail) return false;
  const word = execFrom(lex.reportativeModal, text.slice(m.start, m.end));
  if (!word || word.index !== 0 || word[0].length !== m.end - m.start) return false;
  const s = ctx.input.sentences[f.si];
  const end = s ? s.end : f.clause.end;
  const rest = text.slice(m.end, end);
  for (const t of execAll(lex.reportativeTail, rest)) {
    if (CLAUSE_BREAK.test(rest.slice(0, t.index))) return false;
    if (ix.count(m.end, m.end + t.index + t[0].length) > TAIL_REACH) return false;
    if (CLOSES.test(rest.slice(t.index + t[0].length))) return true;
  }
  return false;
}
