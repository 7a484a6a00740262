/**
 * The voice of an impersonal sentence in a text its publisher writes: a vendor's post or a state body's
 * statement tells its findings without a verb of saying ("The group is most likely behind this new attack",
 * "за атакой стоит группировка, спонсируемая государством"). With no speaker in the sentence, an attribution
 * predicate there (responsibility, evidence pointing, an unnamed state actor) is the publisher's: a research
 * source or a state the header or the opening names (publisher.ts), never a news outlet, whose unattributed
 * sentences are its reporting. Not when someone unnamed speaks in the sentence ("hieß es", "sagte ein Forscher").
 *
 * A state body's statement also tells its positions as plain acts (`statementVoice`): "Атаки осуществляются хакерами X",
 * "Cette campagne est menée par X", "X长期对我国实施网络窃密". The rules that read an act told with its agent (done-by.ts)
 * or an actor told acting (reported-act.ts) then take the publisher as the speaker, when it is a state; a vendor's post,
 * which tells its groups' acts sentence after sentence, is left to its predicates of attribution.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Resolved } from './frame.ts';
import { SOURCE_NAMES } from '../lexicons/sources.ts';
import { execFrom } from '../lexicons/index.ts';
import type { ClaimCandidate } from '../types.ts';

/** A state, or a union of states that claims under a state's two-letter code (the contract's claimant form: "EU"). */
const stateVoice = (p: Resolved) => p.kind === 'state' || /^[A-Z]{2}$/u.test(p.value);

export function impersonalVoice(ctx: ClaimContext, f: ClauseFrame): Resolved | undefined {
  if (f.speaker) return f.speaker;
  const p = ctx.publisher;
  if (!p || (!stateVoice(p) && !SOURCE_NAMES.has(p.value))) return undefined;
  if (f.cues.some((c) => c.cat === 'say' || c.cat === 'sourceBefore')) return undefined;
  // "Warum wir X verantwortlich machen", "Who is behind the attack?": a heading or a question asks, it finds nothing.
  const s = f.sentence.text.trim();
  const lead = ctx.lex.questionWords ? execFrom(ctx.lex.questionWords, s) : null;
  if (/[?？]$/u.test(s) || (lead && lead.index === 0 && !/^\p{L}/u.test(s.slice(lead[0].length)))) return undefined;
  return p;
}

/** Cues of someone's stance or of an earlier attribution: a clause with one is not the publisher's plain telling. */
const TOLD_STANCE = new Set<Cue['cat']>(['accuse', 'accuseNoun', 'claimsOwn', 'blame', 'pointsTo', 'deny', 'denyQualifier', 'confirm', 'similar', 'callFor', 'warn']);
/** Words a quoted name may run to ("the so-called «X army»"); longer quoted words are a quotation. */
const QUOTED_NAME = 3;
const QUOTE_MARK = /[«»“”„「」『』"]/gu;
const QUOTED_SPAN = /[«“„「『"]([^«»“”„「」『』"]*)[»”“」』"]/gu;

/**
 * The publisher's own voice for the constructions read when someone speaks (an act told with its agent, a state or group
 * as the subject of a hostile act): a sentence no one speaks at all (no speaker, no verb of saying, no source marker, no
 * question: `impersonalVoice`) told plainly, with no cue of someone's stance or of an earlier attribution in it
 * ("Company X linked the attack to Y", "the accusations of Z") and no quotation in it (a quoted name is no quotation).
 */
export function statementVoice(ctx: ClaimContext, f: ClauseFrame): Resolved | undefined {
  if (f.speaker) return f.speaker;
  if (!ctx.publisher || !stateVoice(ctx.publisher) || f.cues.some((c) => TOLD_STANCE.has(c.cat))) return undefined;
  const s = f.sentence.text.trim();
  // A sentence opening a quotation, or inside one that runs over several sentences (its marks unpaired).
  if (/^[-–—•*\s]*[«“„「『"]/u.test(s) || (s.match(QUOTE_MARK)?.length ?? 0) % 2 === 1) return undefined;
  for (const m of s.matchAll(QUOTED_SPAN)) {
    const at = f.sentence.text.indexOf(m[0]) + f.sentence.start;
    if (ctx.ix.count(at, at + m[0].length) > QUOTED_NAME) return undefined;
  }
  return impersonalVoice(ctx, f);
}

/**
 * The publisher's plain telling adds a claim only where nothing else in the text makes it: a claim of `statementVoice`
 * is dropped when another claim has its claimant, stance and target (a sentence where the publisher speaks, or an
 * earlier plain one); a claim `apart` is neither dropped nor drops one.
 */
export function unrepeatedVoice(claims: ClaimCandidate[], voiced: WeakSet<ClaimCandidate>, apart: (c: ClaimCandidate) => boolean = () => false): ClaimCandidate[] {
  const key = (c: ClaimCandidate) => `${c.claimant}\u0000${c.stance === 'accuses' ? 'attributes' : c.stance}\u0000${c.target ?? ''}`;
  // A statement of its own (a counter-charge: counter-charge.ts) neither is nor makes a repetition of the plain telling.
  const made = new Set(claims.filter((c) => !voiced.has(c) && !apart(c)).map(key));
  return claims.filter((c) => {
    if (!voiced.has(c) || apart(c)) return true;
    const k = key(c);
    if (made.has(k)) return false;
    made.add(k);
    return true;
  });
}

/** Marks the claims a rule made from `from` on in a sentence no one speaks as the publisher's plain telling (`unrepeatedVoice`); they make no one its speaker. */
export function markVoiced(ctx: ClaimContext, f: ClauseFrame, from: number): void {
  if (f.speaker) return;
  for (const c of f.produced.slice(from)) {
    ctx.voiced.add(c);
    ctx.untold.add(c);
  }
}
