/**
 * A charge withdrawn is no accusation. A verb that withdraws a charge, told a few words before it ("dropped the
 * charges against", "retiró los cargos contra", "a annulé l'acte d'accusation visant", "отозвал обвинительное
 * заключение в отношении", "rút lại cáo trạng đối với", "撤销了对……的起诉"), or after the charge noun in the passive
 * or verb-final ("charges against ... were dropped", "die Anklage gegen ... wurde zurückgezogen", "обвинения против
 * ... сняты"), leaves the charge cue accusing no one. A refusal or negation of the withdrawal ("refused to drop the
 * charges") leaves the charge standing (the profile's entries exclude it). Only a charge told with its object (the cue
 * ends in a victim marker: "charges against") reaches across words; any other accusation cue only when it follows the
 * withdrawal at once ("dropped charges", "撤销起诉"). A break (comma or stronger) parts the two.
 */
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { TokenIndex } from '../tokens.ts';
import type { Cue } from './frame.ts';
import { endsInVictimMarker } from './parties.ts';

/** Words a withdrawal may stand before a charge told with its object ("withdrew the criminal indictment against"). */
const BEFORE_REACH = 3;
/** Words before any other accusation cue ("dropped the charges"). */
const BEFORE_ADJACENT = 1;
/** Words between a charge told with its object and its passive withdrawal (the ones charged lie between). */
const AFTER_REACH = 16;

const BREAK = /[,;:.!?，。；：！？]/u;

/** The sentence's cues without the accusations a withdrawal takes back. */
export function withoutWithdrawn(lex: CompiledLexicon, ix: TokenIndex, s: Sentence, cues: Cue[]): Cue[] {
  if (!lex.withdrawals && !lex.withdrawnAfter) return cues;
  if (!cues.some((c) => c.cat === 'accuse')) return cues;
  const spans = (re: RegExp | null) => (re ? execAll(re, s.text).map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length })) : []);
  const before = spans(lex.withdrawals);
  const after = spans(lex.withdrawnAfter);
  if (!before.length && !after.length) return cues;
  const apart = (a: number, b: number) => BREAK.test(s.text.slice(a - s.start, b - s.start));
  return cues.filter((c) => {
    if (c.cat !== 'accuse') return true;
    const withObject = endsInVictimMarker(lex, c);
    const reach = withObject ? BEFORE_REACH : BEFORE_ADJACENT;
    if (before.some((w) => w.end <= c.start && ix.count(w.end, c.start) <= reach && !apart(w.end, c.start))) return false;
    return !(withObject && after.some((w) => w.start >= c.end && ix.count(c.end, w.start) <= AFTER_REACH && !apart(c.end, w.start)));
  });
}
