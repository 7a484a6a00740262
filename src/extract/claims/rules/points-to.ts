/**
 * Evidence that points to the accused, in someone's words: "the traces point to China", "les traces mènent à
 * la Chine", "die Spuren deuten auf China hin", "las huellas apuntan a China", "следы указывают на Китай",
 * "线索指向中国", "các dấu vết đều chỉ về Trung Quốc". The accused is the party right after the predicate (a
 * party before it is no subject: the evidence is); the claimant is whoever speaks.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { partyValue, plausibleParty, victimMarked } from '../parties.ts';
import { negatedCue } from '../text.ts';
import { impersonalVoice } from '../impersonal-voice.ts';

/** Words between the predicate and the accused (an article, an adjective: "to the Russian", "на российских"). */
const ACCUSED_WORDS = 3;

export function pointsToRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const cue = f.cc.find((c) => c.cat === 'pointsTo');
  const speaker = impersonalVoice(ctx, f);
  if (!cue || !speaker || f.silent || f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes')) return;
  // "the evidence did not point to Russia": a negated pointer points to no one.
  if (negatedCue(text, lex, cue)) return;
  const accused = f.cp.find((p) => p.start >= cue.end && p !== f.speakerParty && plausibleParty(lex, p) && !!partyValue(p) && partyValue(p) !== speaker.value && !victimMarked(text, lex, p, cue.end));
  if (!accused || ix.count(cue.end, accused.start) > ACCUSED_WORDS || /[,;:.!?，。；：]/u.test(text.slice(cue.end, accused.start))) return;
  ctx.emit(f, speaker, 'attributes', partyValue(accused)!, 0.6, 'cue');
}
