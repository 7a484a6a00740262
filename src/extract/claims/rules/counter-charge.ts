/**
 * The counter-charge (tu quoque): a speaker answers an accusation by charging the accuser with the same or worse,
 * in a contrastive clause on the accuser ("Xland spreads talk of a hacking menace while itself running intrusions",
 * "phía X ... trong khi chính mình tiến hành ...", "X方一方面炒作…，一方面对我国实施网络攻击", "в то время как сами
 * проводят атаки", "alors qu'eux-mêmes mènent ...", "während sie selbst ... ausführen", "mientras que ellos mismos
 * ...": profile `counterCharges`). Told beside a hostile act, or beside the idiom of the thief crying "stop thief"
 * (`thiefIdioms`: "vừa ăn cướp vừa la làng", "贼喊捉贼"), it attributes the act to the accuser: the first party of
 * the sentence before the marker (none when it is the speaker's own side), else (a pronoun: "während sie selbst") the party the
 * speaker has been accusing. A denial the sentence also
 * makes does not keep it from being said, and it is a statement of its own, not a restatement of an earlier
 * attribution (postprocess.ts). A concessive clause with no reflexive on the accuser ("while it continues to
 * investigate") is no counter-charge.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Resolved } from '../frame.ts';
import { impersonalVoice } from '../impersonal-voice.ts';
import { partyValue, plausibleParty } from '../parties.ts';
import { execFrom } from '../../lexicons/index.ts';
import { negatedCue } from '../text.ts';

export function counterChargeRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  if (f.silent || !lex.counterCharges) return;
  const m = execFrom(lex.counterCharges, text.slice(f.clause.start, f.clause.end));
  if (!m) return;
  // Whoever speaks, else the party whose denial the sentence tells ("X rejected the groundless accusations, made while they
  // themselves ..."), else the publisher of a state's statement.
  const denial = f.produced.find((c) => c.stance === 'denies' && c.claimant === c.target);
  const speaker: Resolved | undefined = f.speaker ?? (denial && { value: denial.claimant, kind: denial.claimant_kind === 'state' ? 'state' : 'organization' }) ?? impersonalVoice(ctx, f);
  if (!speaker) return;
  // The charge turned back is a hostile act the sentence tells (a negated act charges no one), or the idiom of the
  // thief crying "stop thief" beside the contrast, which tells the act itself. The idiom alone, with no contrast
  // ("X should look at itself rather than cry 'stop thief'"), is a rebuke, not a charge.
  const idiom = !!lex.thiefIdioms && !!execFrom(lex.thiefIdioms, f.sentence.text);
  if (!idiom && !f.cues.some((c) => c.cat === 'hostile' && !negatedCue(text, lex, c))) return;
  const at = f.clause.start + m.index;
  const own = (v: string | undefined) => !v || v === speaker.value;
  // The subject is the first party of the sentence before the marker; the speaker's own side ("中方一方面加强防护，
  // 一方面…") turns nothing back.
  const first = f.parties.find((p) => p.end <= at && p !== f.speakerParty && p.kind !== 'person' && plausibleParty(lex, p) && !!partyValue(p));
  const accused = first ? partyValue(first) : ctx.discourse.adversaryOf(speaker.value);
  if (own(accused)) return;
  ctx.emit(f, speaker, 'attributes', accused, 0.6, 'cue');
}

/** Whether a claim's words hold a counter-charge: it answers with a charge of its own, it restates nothing. */
export function counterCharged(ctx: { lex: { counterCharges?: RegExp | null } }, evidence: string): boolean {
  return !!ctx.lex.counterCharges && !!execFrom(ctx.lex.counterCharges, evidence);
}
