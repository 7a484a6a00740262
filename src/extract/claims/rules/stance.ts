/**
 * Stance frames: a clause with an explicit cue of accusation, denial, warning, appeal or
 * confirmation. The claimant is the cue's subject (the nearest party before it that is no victim,
 * place or modifier), else the speaker of the sentence; the target is the accused or addressed
 * party after the cue (or before it, in verb-final order), else the party the discourse says the
 * claimant opposes. Joined subjects ("Britain and the United States blamed") each make the claim;
 * joined objects ("accused Israel and the United States") are each accused.
 */
import { appealOfSomeoneTold } from '../pronoun-caller.ts';
import type { ClaimContext } from '../context.ts';
import type { Span } from '../../types.ts';
import { STANCE_CUES, STANCE_OF, STANCE_OR_SAY, type ClauseFrame, type Cue, type Party, type Resolved, type StanceCue } from '../frame.ts';
import { nationalityOfCompany, audiencePlace, endsInVictimMarker, firstOther, followedByModal, frontedScene, inVictimPhrase, joinedParties, nearestBefore, objectBeforeCue, partyState, partyValue, relativeAntecedent, victimMarked } from '../parties.ts';
import { bracketPassive, matches, negated, negatedDenial, negatedWarning, passive, startsWith, whole } from '../text.ts';
import { execAll } from '../../lexicons/index.ts';
import { qualifiedAccusation, qualifierDenier } from './deny-qualifier.ts';
import { rebuttedReport } from './rebutted-report.ts';
import { groupDenier } from './group-denial.ts';
import { selfClaimant } from './self-stance.ts';
import { warnedGroupParty } from './warn-target.ts';
import { responseThreat } from '../response-threat.ts';
import { governmentAccused } from '../own-government.ts';
import { groupAfterWarning, pursuingActor } from './pursuing-actor.ts';
import { forecastActor } from './forecast-actor.ts';
import { messageVoiced } from './message-voice.ts';
import { coordinatedGroups, groupTarget, toldStates } from '../group-target.ts';
import { languageActorAfter } from './language-actor.ts';
import { objectOfHostileVerb } from '../hostile-object.ts';
import { chargedGroup, defendantsOf, type Defendants } from '../defendants.ts';
import { elidedSubject } from '../elided-subject.ts';
import { sharedSubject } from '../shared-subject.ts';
import { selfVerb } from '../self-host.ts';
import { previousSpeaker } from '../continued-speaker.ts';
import { namesGroup } from '../group-namer.ts';
import { unknownActorClause } from './unknown-actor.ts';
import { clauseFinal, verbFinalClause } from './clause-final.ts';
import { verbFinalAppeal } from '../verb-final-appeal.ts';
import { appealAddressing } from '../appeal-complement.ts';
import { passiveDenials } from './denied-by.ts';
import { unprovenHit } from '../unproven-hit.ts';
import { refusedAttribution } from './refused-attribution.ts';
import { courtRuling } from './court-ruling.ts';
import { agentBefore, bracketAgentMarker } from '../passive-agent.ts';
import { warningAsTime } from './warning-as-time.ts';
import { advisoryAppeal, jointRecommendation } from './advisory-call.ts';
import { adviceAsCall } from './advice-call.ts';
import { threatPredicate } from './threat-predicate.ts';
import { measuresTaken } from './measures-taken.ts';
import { accusedAlternatives, accusedBefore } from '../disjunct-accused.ts';
import { caveatWarning } from './caveat-warning.ts';
import { nationalSystemOwner } from '../national-system.ts';
import { enemyWarned } from '../enemy.ts';
import { governmentAddressed } from '../government-addressee.ts';
import { inquiryDemanded } from '../inquiry-demand.ts';
import { moneyDemanded } from '../money-demand.ts';
import { threatActor } from '../threat-actor.ts';
import { invertedStanceSubject } from '../inverted-stance.ts';
import { frontedAccusation } from '../fronted-accusation.ts';
import { closedByComma, endsInRelativeClause } from '../relative-opener.ts';
import { addressedBefore } from '../speech.ts';
import { withheldHit } from '../withheld.ts';
import { ungovernedNonFiniteHit } from '../non-finite-hit.ts';
import { deniedHit } from '../denied-hit.ts';
import { technicalFinding } from '../technical-finding.ts';
import { ownThreat } from '../own-threat.ts';
import { conditionalActor, inCondition } from './conditional-threat.ts';
import { carriedTarget } from '../carried-target.ts';
import { ownCessation } from '../own-cessation.ts';
import { relativeObject } from '../relative-object.ts';
import { antecedentOfClause } from '../relative-clause.ts';
import { threatenedAct } from '../threatened-party.ts';
import { newPredicateAfter } from '../new-predicate.ts';
import { inActVictimPhrase } from '../act-victim.ts';
import { admittedAccess } from '../admitted-access.ts';
import { hitNounState } from '../hit-noun-state.ts';

/** Words between a negated confirmation and the denial paired with it ("confirm or deny"). */
const PAIRED_REACH = 2;

export function stanceRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const { cc, si } = f;
  // An accusation named right after a denial is the thing denied.
  const denyAt = cc.find((c) => c.cat === 'deny' || c.cat === 'denyQualifier')?.start ?? Infinity;
  // "urged Washington to stop ...": what is called for is not a claim of its own.
  const callAt = cc.find((c) => c.cat === 'callFor')?.start ?? Infinity;
  // "an accusation rejected by the embassy": the agent's denial (denied-by.ts), not the subject's; so with the agent
  // before the verb ("bị Nga bác bỏ", "遭到俄方驳斥"), and an accusation so told is the agent's (passive-accusation.ts).
  const byAgent = passiveDenials(ctx, f.clause);
  // "Nga bị Mỹ cáo buộc đứng sau ...": what the agent accuses the subject of is no accusation of the subject's; nor is
  // "wurde von X Y zugerechnet" (the agent in the verbal bracket accuses, passive-accusation.ts).
  const agentFirstAt = cc.find((c) => c.cat === 'accuse' && agentBefore(ctx, f, c))?.start ?? Infinity;
  for (const cat of STANCE_CUES) {
    const cue = cc.find((c) => cueOf(c, cat) && !(cat === 'accuse' && c.start > denyAt) && !((cat === 'deny' || cat === 'accuse' || cat === 'confirm') && c.start > callAt) && !((cat === 'warn' || cat === 'accuse') && passive(text, lex, c)) && !(cat === 'warn' && bracketPassive(text, lex, c, f.clause)) && !((cat === 'accuse' || cat === 'deny') && agentBefore(ctx, f, c)) && !(cat === 'accuse' && c.start > agentFirstAt) && !(cat === 'accuse' && bracketAgentMarker(ctx, f, c) !== undefined));
    // "a message urging Ukrainians to ...": an appeal voiced by a medium is no party's claim (message-voice.ts).
    if (cue && cat === 'callFor' && messageVoiced(ctx, f, cue)) continue;
    // "X将停止营运", "X podría cesar ...": a verb of ceasing with no call verb or modal before it is its subject's own act (own-cessation.ts).
    if (cue && cat === 'callFor' && ownCessation(ctx, f, cue)) continue;
    // "demanded a ransom", "verlangte Geld", "要求支付赎金": a demand for money is extortion or a price, no call (money-demand.ts).
    if (cue && cat === 'callFor' && moneyDemanded(ctx, f, cue)) continue;
    // Silence is no claim (a denial beside it still is).
    if (!cue || (f.silent && cat !== 'deny')) continue;
    if (cat === 'deny' && byAgent.some((d) => cue.start >= d.start && cue.start < d.end)) continue;
    // "have never confirmed", "n'a pas accusé", "did not warn": a negated confirmation, accusation or warning is not
    // made; nor a negated denial ("did not deny", "bestritt nicht"), a qualifier's own negation aside ("不属实", untrue).
    if ((cat === 'confirm' || cat === 'accuse') && negated(text, lex, cue)) continue;
    if (cat === 'warn' && negatedWarning(text, lex, cue)) continue;
    // "threatened X with sanctions", "đe dọa trừng phạt X": a sanction threatened is not imposed (threatened-party.ts).
    if (cat === 'accuse' && threatenedAct(ctx, f.cc, cue)) continue;
    if (cue.cat === 'deny' && negatedDenial(text, lex, cue, f.parties)) continue;
    // "confirmed attendance", "подтвердили участие": a confirmation tells of a hit only where it or the sentence before tells a hostile act or threat.
    // "admitted that outsiders had accessed its servers": access conceded is a hit too (admitted-access.ts).
    if (cat === 'confirm' && !toldHit(ctx, f) && !admittedAccess(ctx, f, cue)) continue;
    // "confirmed that the flaw worked against the newest release", "xác nhận sự trùng lặp mã": a technical finding is no hit (technical-finding.ts).
    if (cat === 'confirm' && technicalFinding(ctx, f, cue)) continue;
    // "a démenti avoir été la cible", "podría haber sido víctima": a hit told as an infinitive is confirmed only under a verb of saying (non-finite-hit.ts).
    if (cat === 'confirm' && ungovernedNonFiniteHit(ctx, f, cue)) continue;
    // "denied that its systems were breached", "否认其服务器遭到网络攻击": the hit a denial denies is no confirmation (denied-hit.ts).
    if (cat === 'confirm' && deniedHit(ctx, f, cue)) continue;
    // "did not name the agencies that were breached", "không công bố tên doanh nghiệp bị tấn công": a hit told of victims left unnamed (withheld.ts).
    if (cat === 'confirm' && withheldHit(ctx, f, cue)) continue;
    // "se atribuyeron los intentos y admitieron que ...", "revendique l'attaque": an actor owning its act is neither
    // confirming a hit on itself nor accusing the victim (own-act.ts reads the claim).
    if ((cat === 'confirm' || cat === 'accuse') && f.cc.some((o) => o.cat === 'claimsOwn' && !negated(text, lex, o) && (cat === 'confirm' || (o.start < cue.end && cue.start < o.end)))) continue;
    // "chưa xác định được quốc gia nào đứng sau": a cue that is also a responsibility predicate with an unknown subject accuses no one.
    if (cat === 'accuse' && f.cc.some((b) => b.cat === 'blame' && b.start === cue.start) && unknownActorClause(ctx, f)) continue;
    // "cannot confirm or deny", "weder bestätigen noch dementieren", "подтвердить или опровергнуть", "lacks the
    // data to confirm or deny": a denial paired with a confirmation denies nothing, whether the negation
    // stands right before the pair or further off.
    if (cat === 'deny' && pairedWith(ctx, cc, cue, 'confirm')) continue;
    // "no realiza atribuciones", "не занимается атрибуцией": a refusal to attribute denies nothing.
    if (cat === 'deny' && refusedAttribution(ctx, cue)) continue;
    // "an Israeli court dismissed the petition", "Tòa án ... bác bỏ đơn kiện": a court's ruling on a suit denies nothing (court-ruling.ts).
    if (cat === 'deny' && courtRuling(ctx, f, cue)) continue;
    // "The group denied it", "Le groupe, lui, dément tout lien avec le Kremlin": a threat group denying is read by group-denial.ts.
    if (cat === 'deny' && groupDenier(ctx, f, cue)) continue;
    // "accused Washington of fabricating false narratives": a rebuttal, made by the denial its qualifier carries.
    if (cat === 'accuse' && qualifiedAccusation(ctx, f, cue)) continue;
    // "blocked after a CISA alert", "nach der Warnung des BSI": a warning issued earlier dates another event.
    if (cat === 'warn' && warningAsTime(ctx, cue)) continue;
    // "took the necessary measures": measures already taken are an act told, not a warning (measures-taken.ts).
    if (cat === 'warn' && measuresTaken(ctx, f, cue)) continue;
    // "cautioned that it could not determine ...": a caveat, not a warning (caveat-warning.ts).
    if (cat === 'warn' && caveatWarning(ctx, f, cue)) continue;
    // "X is the main threat", "X представляет угрозу": the subject is the threat the speaker warns of (threat-predicate.ts).
    if (cat === 'warn' && threatPredicate(ctx, f, cue)) continue;
    // "issued an alert urging organisations to patch": an appeal inside an advisory is its warning of the threat (advisory-call.ts).
    if (cat === 'callFor' && advisoryAppeal(ctx, f, cue)) stanceFrame(ctx, f, 'warn', cue, si, true);
    // "The authoring agencies urge organisations to patch": a joint advisory's recommendation, no call (advisory-call.ts).
    else if (cat === 'callFor' && jointRecommendation(ctx, f, cue)) continue;
    else {
      const from = f.produced.length;
      stanceFrame(ctx, f, cat, cue, si);
      // "ESET recommends that companies disable ...", told after its warning; "recommends users to update": a call (advice-call.ts).
      if (cat === 'warn') adviceAsCall(ctx, f, cue, from);
    }
  }
}

/**
 * A qualifier of denial ("no evidence", "groundless") rebuts an accusation when the sentence tells one (an
 * accusation verb or noun, active or passive, a predicate of blame) or when the text accuses the
 * one who qualifies it (an accusation told before, or a group it is about that the knowledge ties to it).
 */
function rebutsAccusation(ctx: ClaimContext, f: ClauseFrame, claimant: string): boolean {
  if (f.cues.some((c) => c.cat === 'accuse' || c.cat === 'accuseNoun' || c.cat === 'blame') || matches(ctx.lex.accusedPassive, f.sentence.text)) return true;
  // "there is no evidence that Russia was behind it", said by Russia: the unproven complement (its cues set aside) accuses the claimant.
  if (unprovenAbout(ctx, f, claimant)) return true;
  if (ctx.discourse.accuserOf(claimant)) return true;
  return f.about.some((g) => g.countries.includes(claimant));
}

/** Does a lack of evidence in the sentence open a complement that names the claimant ("no evidence that Russia ...")? */
function unprovenAbout(ctx: ClaimContext, f: ClauseFrame, claimant: string): boolean {
  const re = ctx.lex.noEvidenceThat;
  if (!re) return false;
  const s = f.sentence;
  const m = execAll(re, s.text)[0];
  if (!m) return false;
  const from = s.start + m.index + m[0].length;
  return f.parties.some((p) => p.start >= from && partyValue(p) === claimant);
}

function cueOf(c: Cue, cat: StanceCue): boolean {
  return c.cat === cat || (cat === 'deny' && c.cat === 'denyQualifier');
}

/** `advisory`: a warning made by an appeal to an advisory's audience; it warns of the threat the text describes, not of a party after the verb. */
function stanceFrame(ctx: ClaimContext, f: ClauseFrame, cat: StanceCue, cue: Cue, si: number, advisory = false): void {
  const { text, lex } = ctx;
  const { cc, clause, speaker } = f;
  // "X will cooperate with Y and Z to deter ...": the partners of cooperation are neither the cue's subject nor its target.
  const cp = f.joint.cooperating ? f.cp.filter((p) => !f.joint.cooperating!.includes(p)) : f.cp;
  const inContent = cue.start >= f.contentStart && speaker;
  // A discontinuous cue holds its object ("warf Iran vor", "macht X verantwortlich", "held X responsible"):
  // objects count from the end of the cue's first word.
  const objectsFrom = ctx.ix.after(cue.start, 1);
  // Verb-subject order ("machen wir Russland verantwortlich", "обвиняем мы"): "we" right after the verb is its subject.
  let subject = selfVerb(ctx, cue) ?? elidedSubject(ctx, f, cue) ?? invertedSelf(ctx, cp, cue, objectsFrom);
  let inverted: Party | undefined;
  let unnamedShared = false;
  // "Die Vorwürfe gegen X wies Y zurück": a denial's fronted accusation is its object, its subject follows the verb (fronted-accusation.ts).
  const frontedEnd = cat === 'deny' ? frontedAccusation(ctx, f, cue) : undefined;
  const fronted = !subject && frontedEnd !== undefined ? invertedStanceSubject(ctx, f, cp, cue) : undefined;
  if (fronted) subject = inverted = fronted;
  if (!subject) {
    // "L'ONCS, qui a remplacé le BNSI, avait averti": a party inside a relative clause before the verb describes the subject.
    subject = nearestBefore(text, lex, cat === 'warn' || cat === 'callFor' ? cp.filter((p) => !describesSubject(ctx, f, p, cue)) : cp, cue.start, clause.start);
    // "L'Office fédéral de la cybersécurité (OFCS)": an unknown short name in brackets right after a state's body is that body.
    if (subject && (cat === 'warn' || cat === 'callFor')) subject = bracketedAliasOf(ctx, cp, subject) ?? subject;
    // "X summoned Y's ambassador and demanded ...": the party nearest before the verb is the first verb's object.
    // With no party for the first verb's subject either, the second verb's is whoever the discourse has speaking, as for the first.
    if (subject) {
      const shared = sharedSubject(ctx, f, cp, subject, cue);
      if (shared === null) unnamedShared = true;
      subject = shared === null ? undefined : shared ?? subject;
    }
    // "Bereits im Mai warnte das BSI die Wirtschaft, ...": the subject after the verb of a fronted phrase (inverted-stance.ts);
    // so for a denial or a confirmation ("Am Dienstag wies Peking die Vorwürfe zurück", "Ayer negó el ministerio las acusaciones").
    else if (cat !== 'accuse') subject = inverted = invertedStanceSubject(ctx, f, cp, cue);
  }
  // "Russia, which Washington blames for ...", "la Russie, à laquelle Washington impute ...": the relative clause's own
  // subject accuses its antecedent (relative-object.ts).
  const relative = cat === 'accuse' ? relativeObject(ctx, f, cp, cue) : undefined;
  if (relative) subject = relative.subject;
  // "Russia, which Washington blames for ..., rejected the claims": the party inside a relative clause closed right
  // before the denial describes the antecedent, who denies (relative-clause.ts).
  if (cat === 'deny' && subject) subject = antecedentOfClause(text, lex.lang, f.sentence, f.parties, subject, cue.start, ctx.ix) ?? subject;
  // "该公司首席执行官对通讯社表示，公司系统遭到攻击": the addressee of the speech verb is no subject of what is said.
  if (subject && f.cc.some((c) => c.cat === 'say' && addressedBefore(text, lex, f.sentence, c, subject!))) subject = undefined;
  // "Russia accused the US ... and warned ...": the accused are objects; the warning is by the accuser.
  // Not the accusation fronted as a denial's object ("Die Anschuldigungen gegen X wies Y zurück", "Những cáo buộc này, X bác bỏ").
  const accusedBy = cat !== 'accuse' && subject ? cc.find((c) => c.cat === 'accuse' && c.end <= subject!.start && !(frontedEnd !== undefined && c.start < frontedEnd)) : undefined;
  if (accusedBy) subject = nearestBefore(text, lex, cp, accusedBy.start, clause.start);
  // Verb-final order: with no party after the cue, the party nearest before it is the object and the
  // clause's first is the subject.
  // A relative clause extraposed after the verb belongs to the object before it (clause-final.ts).
  const verbFinalObject = relative ? undefined : (cat === 'accuse' || (cat === 'warn' && clauseFinal(ctx, f, cue))) && subject ? objectBeforeCue(text, lex, cp, subject, { start: cue.start, end: objectsFrom }, verbFinalClause(ctx, f, cue))
    // "Die Regierung hat X aufgefordert, …": a verb-final appeal has its addressee before it (verb-final-appeal.ts).
    : cat === 'callFor' && subject ? verbFinalAppeal(ctx, f, cp, subject, cue) : undefined;
  if (verbFinalObject) subject = verbFinalObject.subject;
  // Verb-final order with "we" as its subject ("Wir werden Russland zur Rechenschaft ziehen"): the party before
  // the warning is its object.
  if (cat === 'warn' && subject) subject = selfBeforeObject(cc, cp, subject, clause.start) ?? subject;
  // "urged Britain to hold Russia accountable": a warning in the complement of an appeal is the call's, made by no
  // party named in it (appeal-complement.ts).
  const called = cat === 'warn' && !advisory && subject ? appealAddressing(ctx, cc, subject, cue) : undefined;
  if (called && !called.joined) return;
  // "urged Britain to act and warned Russia": the joined verb shares the caller as its subject.
  if (called) subject = nearestBefore(text, lex, cp, called.appeal.start, clause.start) ?? subject;
  const subj = ctx.resolve(subject, si);
  // A party after an earlier stance verb is its object, so its joined parties are objects too.
  const objectOfEarlier = !!subject && cc.some((c) => STANCE_OR_SAY.has(c.cat) && c !== cue && c.end <= subject.start);
  let claimant: Resolved | undefined;
  // "X should stop ...": X is the one called on, not the caller. "X must understand that it will pay": X is
  // the one warned, by the speaker.
  const voice = cat === 'warn' ? speaker ?? ctx.discourse.currentSpeaker(si) ?? ctx.publisher : undefined;
  const addressed = ((cat === 'callFor' || (cat === 'warn' && !!voice && !!subject && subject.kind !== 'self' && !!partyState(subject) && subj?.value !== voice.value)) && subject && followedByModal(text, lex.lang, cc, subject))
    // "Chinese hackers infiltrated ..., posing a serious threat": the actor of the act is the threat, warned of by the voice (threat-actor.ts).
    || (cat === 'warn' && !!subject && threatActor(ctx, f, subject, cue));
  // With no one to voice it, the threat warns of itself: no claim.
  if (addressed && cat === 'warn' && !voice) return;
  if (addressed && cat === 'warn') claimant = voice;
  else if (cat === 'warn') {
    // A subject named after the verb is the one who warns, not a speaker carried over from before.
    claimant = (inContent && !(inverted && subj) ? speaker : undefined) ?? subj ?? speaker;
    // A spokesperson of an unlinked body saying "the United States will ...".
    if (claimant && claimant.kind !== 'state' && subj?.kind === 'state') claimant = subj;
  // "X should stop ..." right after a sentence someone spoke, with no speaker of its own: still theirs (modal-call.ts).
  } else if (addressed) claimant = speaker ?? previousSpeaker(ctx, si);
  // "X's accusations are groundless": the qualifier is the speaker's, X is the accuser.
  else if (cue.cat === 'denyQualifier') claimant = speaker ?? qualifierDenier(ctx, f, cue, subject, subj);
  else claimant = subj ?? (inContent ? speaker : undefined) ?? speaker ?? (unnamedShared ? ctx.discourse.currentSpeaker(si) : undefined);
  if (!claimant) return;
  // "he demanded ...", told by a body no named person voices: the demand of someone the report tells of (pronoun-caller.ts).
  if (cat === 'callFor' && appealOfSomeoneTold(ctx, f, subject, subj)) return;
  claimant = selfClaimant(ctx, f, cat, cue, subject, claimant);
  // "the Government informs that the National Power System was hit": the state confirms, not its system (national-system.ts).
  if (cat === 'confirm') claimant = nationalSystemOwner(ctx, f, subject, claimant);
  // "We found no evidence that the systems were compromised", "нет доказательств, кто стоит за атакой": a
  // qualifier that answers no accusation is a refusal to attribute (or a report of no hit), not a denial; one
  // said of a report or of what was reported answers it (rebutted-report.ts).
  if (cue.cat === 'denyQualifier' && !rebutsAccusation(ctx, f, claimant.value) && !rebuttedReport(ctx, f, cue, claimant.value)) return;
  // "found no evidence that its systems had been compromised": a hit left unproven, no accusation rebutted (unproven-hit.ts).
  if (cue.cat === 'denyQualifier' && unprovenHit(ctx, f)) return;
  // "представить Россию в качестве «угрозы»", "la prétendue « menace chinoise »", said by that state: no warning of itself (own-threat.ts).
  if (cat === 'warn' && ownThreat(ctx, f, cue, claimant.value)) return;
  if (subject?.kind === 'person' && subject.person) ctx.speakers.add(subject.person);
  let target: string | undefined;
  let conf = 0.75;
  const coSigners = [...f.joint.parties, ...(f.joint.heads ?? [])];
  const coSubjects = subject ? [subject, ...joinedParties(text, lex, cp, subject, -1), ...coSigners] : coSigners;
  let defendants: Defendants | undefined;
  // Coordinated groups accused one claim each (group-target.ts coordinatedGroups).
  let listed: string[] = [];
  // "confirmed that Chinese state actors carried out the attack", "证实…APT-C-39对…进行了攻击": a confirmation of
  // another's act attributes that act to its doer; it tells no hit of the speaker's own.
  // Told in the passive ("its networks had been breached by Russian hackers"), the hit is the speaker's own too.
  const doer = cat === 'confirm' ? doerConfirmed(ctx, f, cue, claimant.value) : undefined;
  if (doer) {
    ctx.emit(f, claimant, 'attributes', doer.value, 0.65, 'cue', subject?.person);
    if (!doer.agent) return;
  }
  if (cat === 'deny' || cat === 'confirm') target = claimant.value;
  else {
    target = addressed ? partyState(subject!) : undefined;
    if (relative && partyState(relative.antecedent) !== claimant.value) target = partyState(relative.antecedent);
    // The accused or addressed, not a victim named after the verb. A warning or a call is addressed
    // to a state; a company named after it is what it is about.
    // A cue that ends in a victim marker ("sanctions against", "imposed sanctions on") takes its object after it.
    const victimFrom = endsInVictimMarker(ctx.lex, cue) ? cue.end : objectsFrom;
    // Such a cue spans the act it pins ("pinning the attacks on Ukrainian banks on ..."): a party inside it is the act's victim.
    const insideAct = (p: Party) => victimFrom === cue.end && p.start >= objectsFrom && p.end <= cue.end;
    // "a imputé au même service la campagne qui a visé la direction du SPD", "warn that the group keeps attacking Russian
    // organisations": the object of a hostile verb in what is pinned or warned of is the act's victim, not the accused or
    // the threat (hostile-object.ts).
    // People charged or sanctioned ("two Sudanese nationals, A and B"): their nationality and names are not the accused.
    defendants = cat === 'accuse' ? defendantsOf(ctx, f, objectsFrom) : undefined;
    // "condemned the attack and called on Iran to ...": the addressee of an appeal coordinated after the
    // accusation is the one called on, not the accused.
    const appeal = cat === 'accuse' ? appealAfter(ctx, cc, cue) : undefined;
    // "condemned the attack but has refused to arm X": a party in a second predicate coordinated after the
    // accusation is not its object (new-predicate.ts); joined objects are ("accused X and Y").
    const nextPredicate = cat === 'accuse' ? newPredicateAfter(ctx, cue, clause.end) ?? Infinity : Infinity;
    const candidates = cp.filter((p) => !insideAct(p) && !namesGroup(ctx, p) && !f.joint.parties.includes(p) && !f.joint.heads?.includes(p) && !f.joint.partners?.includes(p) && !defendants?.parties.has(p) && !victimMarked(text, lex, p, victimFrom) && !inVictimPhrase(text, lex, cc, p, victimFrom) && !(cat === 'accuse' && hitNounState(text, lex, ctx.ix, p)) && !speaksNext(ctx, cc, p, cue) && !((cat === 'accuse' || cat === 'warn') && objectOfHostileVerb(ctx, p, objectsFrom, cp)) && !(cat === 'warn' && audiencePlace(ctx, p, cue)) && (cat === 'accuse' || p.kind !== 'organization' || !!p.country) && !(appeal && p.start >= appeal.start) && p.start < nextPredicate);
    // With defendants, only a state tied to the act is accused ahead of the group they are charged with running, else the first of them, else their state.
    if (advisory) target = warnedGroupParty(ctx, f, claimant);
    if (defendants) target ??= firstOther(lex, candidates.filter((p) => !!partyState(p)), claimant.value, objectsFrom) ?? chargedGroup(f, claimant) ?? defendants.firstName ?? defendants.nationality;
    // "atribuyó al grupo X una intrusión en ... de Valencia": a group named first after the cue is the accused; a
    // party in a later phrase of the object is not.
    // "accused the government of spying on its critics": a government named by its common noun, the accuser's own (own-government.ts).
    if (cat === 'accuse' && !target) target = governmentAccused(ctx, f, cue, claimant, objectsFrom);
    if (cat === 'accuse' && !target) target = groupNamedFirst(ctx, f, candidates, claimant, objectsFrom);
    // "If Russia conducts further attacks, we are prepared to respond": the actor of the condition is warned (conditional-threat.ts).
    if (cat === 'warn' && !advisory) target ??= conditionalActor(ctx, f, cue, claimant.value);
    // "warned that the enemy is searching for ...": a state's enemy is the state at war with it (enemy.ts).
    if (cat === 'warn' && !advisory) target ??= enemyWarned(ctx, f, cue, claimant);
    // "warned that Chinese attacks will continue": the doer of the acts forecast is warned of (forecast-actor.ts).
    if (cat === 'warn' && !advisory) target ??= forecastActor(ctx, f, cue, claimant);
    // "warned that X continues to attack banks in Y": the actor pursuing the act is warned of, not its victim (pursuing-actor.ts).
    if (cat === 'warn' && !advisory) target ??= pursuingActor(ctx, f, cue, claimant);
    // "warned German companies of the threat from X": the party after the cue is the audience, the group the threat (pursuing-actor.ts).
    if (cat === 'warn' && !advisory) target ??= groupAfterWarning(ctx, f, cue, claimant);
    // "hat X aufgefordert, …": the addressee of a verb-final appeal stands before it (verb-final-appeal.ts).
    if (cat === 'callFor' && verbFinalObject) target ??= partyValue(verbFinalObject.object);
    if (!advisory) target ??= firstOther(lex, candidates, claimant.value, objectsFrom) ?? (cat === 'accuse' ? relativeAntecedent(text, lex, cp, cue, claimant.value) : undefined);
    if (!target && verbFinalObject) target = partyValue(verbFinalObject.object);
    // A threat of a response threatens the party the speaker opposes, not the group under discussion (response-threat.ts).
    if (!target && cat === 'warn') target = warnedGroupParty(ctx, f, claimant, !responseThreat(ctx, cue));
    // Before the cue only parties outside the subject: its co-signers and joined subjects make the claim, they are not its target.
    // A state beside its own body in the joined subject ("das britische NCSC, die australische ASD und ...") is a co-signer too.
    const coStates = new Set(coSubjects.map(partyState).filter((v) => !!v));
    // "The US security firm X warned ...": a state telling a company's nationality is not warned (parties.ts nationalityOfCompany);
    // a state qualifying the actors is ("PRC-based actors").
    if (!target && cat !== 'accuse' && !advisory) target = firstOther(lex, cp.filter((p) => (p.kind !== 'organization' || !!p.country) && !(cat === 'warn' && (objectOfHostileVerb(ctx, p, objectsFrom, cp) || audiencePlace(ctx, p, cue) || (p.end <= cue.start && p.kind === 'country' && nationalityOfCompany(text, lex, p)))) && !coSubjects.includes(p) && !(p.end <= cue.start && coStates.has(partyState(p))) && !namesGroup(ctx, p) && !(cat === 'warn' || cat === 'callFor' ? describesSubject(ctx, f, p, cue) : false)), claimant.value, clause.start);
    // "中方对美方的恶意行为表示谴责": the object fronted by a preposition between the subject and the verb.
    if (!target && cat === 'accuse') target = frontedObject(ctx, cp, subject, cue, claimant.value);
    if (!target && cat === 'accuse') target = groupTarget(f, claimant);
    // "attributed the intrusion to X and Y", "a attribué l'intrusion à X et Y": coordinated groups tied to no state are each accused.
    if (!target && cat === 'accuse') {
      listed = coordinatedGroups(ctx, f.about.filter((g) => g.start >= objectsFrom && g.end <= clause.end), claimant.value).map((g) => g.name).filter((n, i, a) => a.indexOf(n) === i);
      target = listed[0];
    }
    // With no one accused before the appeal, the clause condemns an act and calls on its addressee: no accusation.
    if (!target && appeal) return;
    // "можно связать с русскоязычной группировкой": the accused is an actor described by its language, no one to carry (language-actor.ts).
    if (!target && cat === 'accuse' && languageActorAfter(ctx, f, cue)) return;
    if (!target) {
      // An accused state warns its accuser ("the response will be inevitable").
      const d = ctx.discourse;
      // Only a state or a threat group is carried as the accused (carried-target.ts).
      target = carriedTarget(ctx, d.adversaryOf(claimant.value), cat === 'warn' ? d.accuserOf(claimant.value) : undefined, d.mostAccused(claimant.value));
      conf -= 0.15;
    }
    // An accusation or a call with no one to address is not a claim OpsTrack can code; a call needs an
    // addressee unless it is an explicit appeal ("urged the international community").
    // So is a call on a government named as a common noun: the caller's own (government-addressee.ts), and a demand for
    // an inquiry (inquiry-demand.ts).
    if (!target && (cat === 'accuse' || (cat === 'callFor' && !startsWith(lex.appeal, cue.text) && !governmentAddressed(ctx, f, cue) && !inquiryDemanded(ctx, f, cue)))) return;
  }
  const made = ctx.emit(f, claimant, STANCE_OF[cat], target, conf, 'cue', subject?.person);
  if (listed.length) {
    if (made) made.about = [target!];
    for (const g of listed.slice(1)) {
      const c = ctx.emit(f, claimant, STANCE_OF[cat], g, conf, 'cue', subject?.person);
      if (c) c.about = [g];
    }
  }
  // Each accused party joined to the first is a claim of its own.
  if (cat === 'accuse' && target) {
    const first = cp.find((p) => p.start >= objectsFrom && partyValue(p) === target);
    // "hat X und Y beschuldigt", "tin tặc làm việc cho X và Y đứng sau": a verb-final object is the last of its list.
    // A list inside the act's object ("die Angriffe auf X und Y vorgeworfen") names victims, not the accused.
    const hit = (q: Party) => inActVictimPhrase(ctx, cc, q) || objectOfHostileVerb(ctx, q, clause.start, cp);
    const last = !first && verbFinalObject && partyValue(verbFinalObject.object) === target && !hit(verbFinalObject.object) ? verbFinalObject.object : undefined;
    if (first || last) {
      // "accused X or Y": each alternative is accused as each member of an "and" list is (disjunct-accused.ts).
      for (const q of first ? accusedAlternatives(text, lex, cp, first) : accusedBefore(text, lex, cp, last!).filter((q) => q.start >= verbFinalObject!.subject.end && !hit(q))) {
        if (defendants?.parties.has(q)) continue;
        const v = partyValue(q);
        if (v && v !== claimant.value && v !== target) ctx.emit(f, claimant, STANCE_OF[cat], v, conf, 'cue', subject?.person);
      }
    }
  }
  // Every party of a joined subject makes the claim.
  if (subject && subj && claimant === subj && !objectOfEarlier) {
    for (const q of joinedParties(text, lex, cp, subject, -1)) {
      // "Tại Anh, Microsoft bị xâm nhập", "In Britain, X confirmed": a place fronted before the subject is where, not a co-subject.
      if (frontedScene(text, lex, q, clause.start, cue.start)) continue;
      // "If Russia attacks Ukraine, we will respond": a party of the condition is no co-subject (conditional-threat.ts).
      if (cat === 'warn' && inCondition(ctx, f, q)) continue;
      const co = ctx.resolve(q, si);
      if (!co || co.value === claimant.value) continue;
      const t = cat === 'deny' || cat === 'confirm' ? co.value : target === co.value ? undefined : target;
      // "X, Y and Z urged the private sector to ...": an appeal kept with no party addressed is each co-subject's too.
      if (t || cat === 'warn' || (cat === 'callFor' && !target)) ctx.emit(f, co, STANCE_OF[cat], t, conf, 'cue', q.person);
    }
  }
}

/**
 * Is the party inside a relative clause set off by commas before the cue ("the agency, which took over from X,
 * had warned", "l'ONCS, qui a remplacé le BNSI en mars, avait averti")? The clause describes the subject: what
 * it names neither warns nor is warned. An auxiliary may stand between the closing comma and the cue.
 */
function describesSubject(ctx: ClaimContext, f: ClauseFrame, p: Party, cue: Cue): boolean {
  if (p.end > cue.start || p.start < f.sentence.start) return false;
  return closedByComma(ctx.text.slice(p.end, cue.start)) && endsInRelativeClause(ctx.lex.lang, ctx.text.slice(f.sentence.start, p.start));
}

/** The state's body a name in brackets stands for, right after it ("Office fédéral de la cybersécurité (OFCS)"), when the name itself is unknown. */
function bracketedAliasOf(ctx: ClaimContext, cp: Party[], p: Party): Party | undefined {
  const { text } = ctx;
  if (p.kind !== 'organization' || p.country) return undefined;
  if (!/[(（]\s*$/u.test(text.slice(Math.max(0, p.start - 2), p.start)) || !/^\s*[)）]/u.test(text.slice(p.end, p.end + 2))) return undefined;
  return cp.find((q) => q !== p && q.end <= p.start && !!partyState(q) && /^\s*[(（]\s*$/u.test(text.slice(q.end, p.start)));
}

/** The party right after a preposition that fronts the verb's object, between the subject and the cue, in one clause. */
function frontedObject(ctx: ClaimContext, cp: Party[], subject: Party | undefined, cue: Cue, claimant: string): string | undefined {
  const { text, lex } = ctx;
  if (!lex.frontedObject || !subject) return undefined;
  for (const p of cp) {
    if (p.start < subject.end || p.end > cue.start) continue;
    if (/[,.;:!?，。；：]/u.test(text.slice(subject.end, cue.start))) return undefined;
    const before = text.slice(ctx.ix.before(p.start, 1), p.start);
    const v = partyValue(p);
    if (v && v !== claimant && whole(lex.frontedObject, before.trim())) return partyState(p) ?? v;
  }
  return undefined;
}

/** The state (or name) of a group named after the cue before any candidate accused party, with no clause break between. */
function groupNamedFirst(ctx: ClaimContext, f: ClauseFrame, candidates: Party[], claimant: Resolved, from: number): string | undefined {
  const g = f.about.find((x) => x.start >= from && x.end <= f.clause.end);
  if (!g || /[,.;:!?，。；：]/u.test(ctx.text.slice(from, g.start))) return undefined;
  const first = candidates.find((p) => p.start >= from);
  if (!first || first.start < g.start) return undefined;
  // "linked the group X to Pakistan", "a lié le groupe X au Pakistan", "vinculó al grupo X con Pakistán", "bringt
  // die Gruppe X mit Pakistan in Verbindung": a state right after the group, with only a preposition between, is
  // the one the link ties the group to, the accused.
  const tied = candidates.find((p) => p.start >= g.end && !!partyState(p) && partyState(p) !== claimant.value && linkedComplement(ctx, g, p));
  return (tied && partyState(tied)) ?? groupTarget(f, claimant, [g]);
}

/** Words at most between a group and the state its link verb ties it to: a preposition and an article. */
const LINK_COMPLEMENT_WORDS = 2;

/** Is `p` the complement right after group `g`: only a preposition (and an article) between, not a coordinator, no punctuation? */
function linkedComplement(ctx: ClaimContext, g: Span, p: Party): boolean {
  const { text, lex, ix } = ctx;
  const gap = text.slice(g.end, p.start);
  if (/[^\s\p{L}'’]/u.test(gap) || !gap.trim()) return false;
  if (ix.count(g.end, p.start) > LINK_COMPLEMENT_WORDS) return false;
  // "the group X and Pakistan": a coordinator joins another party, it ties none.
  const firstWord = gap.trim().split(/\s+/u)[0] ?? '';
  return !(whole(lex.coordinators, firstWord) && !whole(lex.articles, firstWord));
}

/**
 * An appeal coordinated after an accusation cue in the same clause ("condemned the attack and called on
 * X to ...", "осудило атаку и призвало X ...", "谴责…并呼吁X…"): the call cue after the accusation's,
 * with no sentence-internal break between them but a coordination.
 */
function appealAfter(ctx: ClaimContext, cc: Cue[], cue: Cue): Cue | undefined {
  return cc.find((c) => c.cat === 'callFor' && c.start >= cue.end && !/[.;:!?。；：]/u.test(ctx.text.slice(cue.end, c.start)));
}

/** A cue of `other` category right before or after `cue`, at most PAIRED_REACH words off with no punctuation between ("confirm or deny", "dementir ni confirmer"). */
function pairedWith(ctx: ClaimContext, cc: Cue[], cue: Cue, other: 'confirm' | 'deny'): boolean {
  const near = (a: number, b: number) => ctx.ix.count(a, b) <= PAIRED_REACH && !/[,.;:!?，。；：]/u.test(ctx.text.slice(a, b));
  return cc.some((c) => c.cat === other && (c.end <= cue.start ? near(c.end, cue.start) : c.start >= cue.end && near(cue.end, c.start)));
}

/** "we" earlier in the clause than the party right before a cue, with no stance or speech verb between them: the clause's subject. */
function selfBeforeObject(cc: Cue[], cp: Party[], nearest: Party, from: number): Party | undefined {
  if (nearest.kind === 'self') return undefined;
  return cp.find((p) => p.kind === 'self' && p.start >= from && p.end <= nearest.start && !cc.some((c) => STANCE_OR_SAY.has(c.cat) && c.start >= p.end && c.end <= nearest.start));
}

/** First person plural right after the cue's verb: the subject of an inverted clause, not an object. */
function invertedSelf(ctx: ClaimContext, cp: Party[], cue: Cue, objectsFrom: number): Party | undefined {
  const p = cp.find((q) => q.start >= objectsFrom);
  return p && p.kind === 'self' && p.end <= cue.end && ctx.ix.count(objectsFrom, p.start) === 0 ? p : undefined;
}

/** "..., and New Zealand said ...": a party right before a later speech verb is that clause's speaker, not an object. */
function speaksNext(ctx: ClaimContext, cc: Cue[], p: Party, cue: Cue): boolean {
  return p.start >= cue.end && cc.some((c) => c.cat === 'say' && c.start >= p.end && ctx.ix.count(p.end, c.start) <= 1 && !/[,.;:!?，。；：]/u.test(ctx.text.slice(p.end, c.start)));
}

/** Does the clause's sentence, or the one before it (the hit a confirmation answers), tell a hostile act or a threat? */
function toldHit(ctx: ClaimContext, f: ClauseFrame): boolean {
  const { lex, input } = ctx;
  if (f.cues.some((c) => c.cat === 'hostile') || matches(lex.threat, f.sentence.text)) return true;
  const prev = input.sentences[f.si - 1];
  // The headline counts for the lead sentence right under it: "X discloses intrusion into its network" / "X confirmed the facts".
  return !!prev && (matches(lex.hostile, prev.text) || matches(lex.threat, prev.text));
}

/** Words between an actor after a confirmation and the hostile act it is said to have done. */
const ACTOR_ACT_WORDS = 8;
/** Words between the confirmation and the doer that opens what it confirms ("que des acteurs étatiques chinois"). */
const DOER_WORDS = 4;
/** Words between an agent-first passive marker and its agent, and between the agent and the verb ("bị tin tặc Triều Tiên xâm nhập"). */
const AGENT_FIRST_WORDS = 2;
/** Words between a passive hostile verb and its agent marker's party ("breached by Russian"). */
const PASSIVE_AGENT_WORDS = 2;

/**
 * The doer of another's act a confirmation tells: after the cue, a party or threat group standing before a hostile
 * word as its doer (not on the victim side), or the party after a perpetration marker ("系…所为", "carried out by");
 * its state, else its name. None when the doer is the claimant.
 */
/** Words of the agent's noun phrase before a hedge ("a group", "một thế lực"). */
const HEDGED_NOUN_WORDS = 2;

/** Where the agent's noun phrase opens, when a hedge of the profile's `agentHedges` stands right before the state. */
function hedgeBefore(ctx: ClaimContext, d: Span): number | undefined {
  const { text, lex, ix } = ctx;
  if (!lex.agentHedges) return undefined;
  const from = ix.before(d.start, 6);
  const before = text.slice(from, d.start);
  const m = execAll(lex.agentHedges, before).find((h) => !before.slice(h.index + h[0].length).trim());
  if (!m) return undefined;
  const at = from + m.index;
  const lo = ix.before(at, HEDGED_NOUN_WORDS + 1);
  if (/[,;:.!?，；：。]/u.test(text.slice(lo, at))) return undefined;
  // The noun phrase opens right after the agent's marker ("von [einer] mutmaßlich ...", "by [a group] believed ...").
  const window = text.slice(lo, at);
  const marker = [lex.agentMarkers, lex.agentFirstPassive].flatMap((re) => (re ? execAll(re, window) : [])).sort((a, b) => b.index - a.index)[0];
  if (!marker) return ix.before(at, HEDGED_NOUN_WORDS);
  const after = lo + marker.index + marker[0].length;
  return after + (text.slice(after, at).length - text.slice(after, at).trimStart().length);
}

function doerConfirmed(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: string): { value: string; agent: boolean } | undefined {
  const { text, lex, ix } = ctx;
  const acts = f.cc.filter((c) => (c.cat === 'hostile' || c.cat === 'doneBy') && c.start >= cue.end);
  if (!acts.length) return undefined;
  const parties = f.cp.filter((p) => p.start >= cue.end && (p.kind === 'country' || !!p.country) && !victimMarked(text, lex, p, cue.end) && !inVictimPhrase(text, lex, f.cc, p, cue.end));
  const doers: Array<Span & { value?: string }> = [
    ...parties.map((p) => ({ start: p.start, end: p.end, value: partyState(p) })),
    ...f.about.filter((g) => g.start >= cue.end).map((g) => ({ start: g.start, end: g.end, value: toldStates(g).length === 1 ? toldStates(g)[0] : g.name })),
  ];
  const agentOf = (d: Span) => matches(lex.agentMarkers, text.slice(ix.before(d.start, 2), d.start));
  // The doer as the act's subject ("Russian hackers had breached"); as the agent of a passive hostile verb right
  // before it ("had been breached by Russian hackers"; not "avisada por el FBI de posibles intentos de ataque"); or inside a
  // perpetration marker.
  const active = (d: Span, a: Cue) => a.start >= d.end && ix.count(d.end, a.start) <= ACTOR_ACT_WORDS && !/[;:.!?；：]/u.test(text.slice(d.end, a.start));
  const passive = (d: Span, a: Cue) => a.cat === 'hostile' && a.end <= d.start && ix.count(a.end, d.start) <= PASSIVE_AGENT_WORDS;
  const byMarker = (d: Span, a: Cue) => a.cat === 'doneBy' && d.start >= a.start && d.end <= a.end;
  // As the act's subject the doer opens what is confirmed ("confirmed that Chinese state actors ..."); further on it
  // is the object's ("admitted it had hired a North Korean engineer": the hit was the speaker's).
  const opens = (d: Span) => ix.count(cue.end, d.start) <= DOER_WORDS;
  // "bị tin tặc Triều Tiên xâm nhập", "遭到俄罗斯黑客入侵": the agent between a passive marker and the hostile verb after it.
  const agentFirst = (d: Span) => {
    if (!lex.agentFirstPassive || d.start < cue.end) return false;
    const from = Math.max(cue.end, ix.before(d.start, AGENT_FIRST_WORDS + 1));
    const marker = execAll(lex.agentFirstPassive, text.slice(from, d.start)).at(-1);
    const gapFrom = marker ? from + marker.index + marker[0].length : -1;
    return !!marker && !/[,;:.!?，。；：、]/u.test(text.slice(gapFrom, d.start)) && ix.count(gapFrom, d.start) <= AGENT_FIRST_WORDS
      && acts.some((a) => a.cat === 'hostile' && a.start >= d.end && ix.count(d.end, a.start) <= AGENT_FIRST_WORDS);
  };
  // "by a group believed to be North Korean", "bị một nhóm được cho là của Triều Tiên tấn công": a hedge right before
  // the state leaves it the agent's; the agent's noun and the hedge count as the doer.
  const isDoer = (x: Span & { value?: string }) => agentFirst(x) || acts.some((a) => byMarker(x, a) || (agentOf(x) ? passive(x, a) : opens(x) && active(x, a)));
  const hedged = doers.flatMap((x) => { const at = hedgeBefore(ctx, x); return at === undefined ? [] : [{ ...x, start: at }]; });
  // A hedged agent with its marker before it, the verb before ("breached by") or, verb-final, after it ("von ... gehackt").
  const isHedgedDoer = (x: Span & { value?: string }) => agentFirst(x) || (agentOf(x) && acts.some((a) => passive(x, a) || active(x, a)));
  const d = doers.find((x) => x.value && x.value !== claimant && isDoer(x)) ?? hedged.find((x) => x.value && x.value !== claimant && isHedgedDoer(x));
  if (!d?.value) return undefined;
  return { value: d.value, agent: agentOf(d) || agentFirst(d) || acts.some((a) => byMarker(d, a)) };
}
