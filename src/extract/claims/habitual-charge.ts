/**
 * A habitual charge: an accusation of lasting or habitual conduct, marked by an adverb of habit or duration
 * (profile `habitual`: "has long", "постоянно", "desde hace años", "liên tục", "长期以来", "每天"). A state
 * answering a charge often turns it back ("X has long attacked us ..."); that charges a practice, not the act the
 * story tells, so it is another claim than the attribution of that act to the same party, though both name no
 * operation (postprocess.ts, dropRestatements).
 */
import { matches } from './text.ts';
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { ClaimCandidate } from '../types.ts';

/** Does the claim charge a habit: an attribution whose evidence holds an adverb of habit or duration? */
export function habitualCharge(lex: CompiledLexicon): (c: ClaimCandidate) => boolean {
  return (c) => (c.stance === 'attributes' || c.stance === 'accuses') && !!lex.habitual && matches(lex.habitual, c.evidence.text);
}
