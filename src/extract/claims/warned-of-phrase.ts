/**
 * The phrase a warning verb governs for what it warns of: German "warnen vor X" ("Bereits im Mai hatten sie vor der
 * Gruppierung X gewarnt", "Vor den Angriffen der Gruppe X warnt das Amt"). Verb-final or fronted, X stands before the
 * verb like a subject would, but it is the danger warned of: the warning's target, never its claimant. The profile's
 * `warnedOfMarkers` opens the phrase ("vor", not the "vor" of time: "vor zwei Wochen").
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import type { Span } from '../types.ts';
import { execAll } from '../lexicons/index.ts';

/** Max words from the marker to the end of the name it governs ("vor den Methoden der staatlichen Gruppierung X"). */
const PHRASE_REACH = 7;
/** A break of phrase: clause punctuation. */
const BREAK = /[,.;:!?"“”«»„()]/u;

/** Does `span` (before the warning cue `cue`) sit in the phrase of what the warning warns of? */
export function inWarnedOfPhrase(ctx: ClaimContext, f: ClauseFrame, cue: Cue, span: Span): boolean {
  const { lex, text, ix } = ctx;
  if (cue.cat !== 'warn' || !lex.warnedOfMarkers || span.end > cue.start) return false;
  const head = text.slice(f.clause.start, span.start);
  const marker = execAll(lex.warnedOfMarkers, head).at(-1);
  if (!marker) return false;
  const at = f.clause.start + marker.index + marker[0].length;
  if (BREAK.test(text.slice(at, span.end)) || ix.count(at, span.end) > PHRASE_REACH) return false;
  // A party between the marker and the name ("vor Jahren hatte Berlin ... X") is a subject the phrase does not reach past.
  return !f.cp.some((p) => p.start >= at && p.end <= span.start && p.kind !== 'pronoun' && p.kind !== 'backref');
}
