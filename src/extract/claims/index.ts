/**
 * Claims from running text, by rules over the language profile. For each sentence: its parties and
 * cues, its speech frame (who speaks, which words are theirs); for each clause, the claim rules in
 * order (src/extract/claims/rules/); then co-signers of a joint statement. The discourse state
 * carries the speaker, the operation under discussion and the accusations told across sentences,
 * so that a denial that says only "this" is tied to the operation it denies.
 */
import { withinRelativeClause } from './relative-clause.ts';
import { eventRelativeClauses } from './relative-opener.ts';
import { groupDescriptions } from './group-description.ts';
import { ownClauses } from './own-clause.ts';
import { withoutNamingAppeals } from './group-namer.ts';
import { groupsIn, sentenceParties } from './parties.ts';
import { NEWS_OUTLET_NAMES } from '../../knowledge/data/news-outlets.ts';
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import { tokenIndex } from '../tokens.ts';
import { ClaimContext } from './context.ts';
import { coalitionIn, coSign } from './coalition.ts';
import { alsoDid, coSpeak, introducedList } from './co-speakers.ts';
import { dropLeads, dropRestatements, fillWarningTargets, namingGroups, preferStateTargets } from './postprocess.ts';
import { warnedGroupsOwnState } from './attributed-group-warning.ts';
import { CLAIM_RULES } from './rules/index.ts';
import { counterCharged } from './rules/counter-charge.ts';
import { withUnitMentions } from './unit-groups.ts';
import { withToldSponsors } from './group-sponsor.ts';
import { withToldStates } from './group-target.ts';
import { groupTies, targetTiedStates } from './group-nationality.ts';
import { withheldState } from './withheld-state.ts';
import { aboutFromLaterAccusation } from './denial-about.ts';
import { aboutNamedNext } from './cataphora.ts';
import { speechFrame, type LabelState } from './speech.ts';
import { dropOffTopic } from './off-topic.ts';
import { dropKinetic } from './kinetic.ts';
import { clauses, findCues, matches, negatedCue } from './text.ts';
import { withoutSupposed } from './supposed.ts';
import { withoutWithdrawn } from './withdrawn-charge.ts';
import { withReportVoices } from './report-voice.ts';
import { unrepeatedVoice } from './impersonal-voice.ts';
import { premodifiedHead } from './state-premodifier.ts';
import { toldAsBackground } from './background.ts';
import { answersClauseBefore } from './answering-denial.ts';
import { habitualCharge } from './habitual-charge.ts';
import { leadingPlace } from './place-lead.ts';
import type { ClaimCandidate, Span } from '../types.ts';
import type { ClaimInput, ClaimOutput, ClauseFrame, CueCategory, GroupMention, SentenceFrame } from './frame.ts';
import { topicUnits } from '../topics.ts';

export type { ClaimInput, ClaimOutput, GroupMention, ToolMention } from './frame.ts';

/** The states the text names (as parties, or as the state an organisation belongs to). */
function statesNamed(parties: ClaimInput['parties']): Set<string> {
  const out = new Set<string>();
  for (const p of parties) {
    if (p.kind === 'country') out.add(p.value);
    else if (p.country) out.add(p.country);
  }
  return out;
}

/** Cues of a stance the clause takes itself, not inside what is (or is not) said: they make a clause with a denied speech verb speak. */
const OWN_STANCES = new Set<CueCategory>(['accuse', 'deny', 'denyQualifier', 'warn', 'callFor', 'confirm', 'claimsOwn']);

export function extractClaims(given: ClaimInput): ClaimOutput {
  // "X, a group tied to Y": the state a sentence links a group to that the knowledge base ties to none.
  // ... and the states the text ties each group to by the end of its sentence (group-target.ts).
  const tell = (gs: GroupMention[]) => withToldStates(gs, given.parties, given.sentences);
  const input: ClaimInput = { ...given, groups: tell(withToldSponsors(given.text, given.lex, given.groups, given.parties)), ...(given.groupRefs ? { groupRefs: tell(given.groupRefs) } : {}) };
  const ctx = new ClaimContext(input);
  const { text, lex } = ctx;
  const claims: ClaimCandidate[] = [];
  const labelled: { current?: LabelState } = {};
  /** What claims can be about: the groups named, and the units named for them. */
  const named = input.groupRefs?.length ? [...input.groups, ...input.groupRefs].sort((a, b) => a.start - b.start) : input.groups;
  const aboutGroups = tell(withUnitMentions(named, input.parties, input.tools));
  const sentenceOf = new Map<ClaimCandidate, number>();
  const quotations = new Set<number>();
  /** Where the evidence of each statement told as background starts (background.ts). */
  const background = new Set<number>();
  /** Where the evidence of each denial that replies to the clause before it starts (answering-denial.ts). */
  const answering = new Set<number>();
  ctx.discourse.noteArticle(aboutGroups);

  input.sentences.forEach((s, si) => {
    // A headline names what the article is about: its groups are under discussion from the start.
    if (s.title) return ctx.discourse.noteSentence(si, groupsIn(aboutGroups, s).map((g) => g.name));
    // "the attack on the network, in which the ministry was hit": the event's setting (its parties and verbs) takes
    // no part in the sentence's claims.
    const setting = eventRelativeClauses(lex, text, s);
    const outside = (x: Span) => !setting.some((h) => x.start >= h.start && x.end <= h.end);
    const inSentence = sentenceParties(input, s, ctx.known).filter(outside);
    // "After the incident in X, the ministry said": the place the opening adverbial names takes no part either (place-lead.ts).
    const found = findCues(lex, s);
    const place = leadingPlace(text, lex, s, inSentence, found);
    const parties = place ? inSentence.filter((p) => p !== place) : inSentence;
    // "if X is behind the attack, ...": what a conditional clause supposes accuses no one.
    // ... and "the group that Microsoft calls X" appeals to no one (group-namer.ts).
    const cues = withoutNamingAppeals(ctx, parties, withoutWithdrawn(lex, ctx.ix, s, withoutSupposed(lex, s, withReportVoices(lex, ctx.ix, s, found)))).filter(outside);
    // A person named inside a relative clause ("the group, which opposes X, said") is not whom "he" refers to next.
    for (const p of parties) if (p.kind === 'person' && p.person && !withinRelativeClause(text, lex.lang, input.sentences, p)) ctx.notePerson(p.person);
    const speech = speechFrame(ctx, input.sentences, si, parties, cues, labelled);
    // One literal of a fixed shape, as the clause frame below.
    const frame: SentenceFrame = {
      si, sentence: s, parties, cues,
      speaker: speech.speaker, speakerParty: speech.speakerParty, contentStart: speech.contentStart, contentEnd: speech.contentEnd,
      joint: coalitionIn(ctx, parties, cues, s, si), produced: [],
    };
    // "according to X and Y, ...": the bodies a source marker lists with the speaker speak too (coSpeak below); none is a party the
    // words tell of, nor is a party inside a speaker's name ("Radio France").
    const voices = introducedList(ctx, frame);
    const sp = speech.speakerParty;
    const voiced = [...(sp ? [sp] : []), ...voices];
    // ... nor is the outlet that relays the speaker's words (relayed-speaker.ts).
    // ... nor the state that premodifies the speaking organisation ("según la firma estadounidense X", "said US firm X":
    // state-premodifier.ts), with no cue between them.
    const nationality = sp?.kind === 'organization' ? parties.find((p) => p.kind === 'country' && p.end <= sp.start && !cues.some((c) => c.start >= p.end && c.end <= sp.start) && premodifiedHead(lex, ctx.ix, text, parties, p) === sp) : undefined;
    const speaking = (p: Span) => p === speech.relayer || p === nationality || voices.includes(p as (typeof voices)[number]) || voiced.some((v) => v !== p && p.start >= v.start && p.end <= v.end);

    // A clause of its own after a comma ("..., which Minsk denied") is read apart, quoted with its whole clause.
    // A description of a group that tells another's accusation of it ("X, a group that Y charged") is read
    // apart: the rest of the clause is read without it (group-description.ts).
    const parts = askedBefore(clauses(text, s), speech.askedFrom).flatMap((whole) =>
      ownClauses(ctx, whole, parties, cues).flatMap((part) => {
        const holes = groupDescriptions(ctx, part, input.groups, input.groupRefs ?? [], cues);
        return [{ part, whole, holes, described: false }, ...holes.map((h) => ({ part: h, whole, holes: NO_HOLES, described: true }))];
      }),
    );
    for (const { part, whole, holes, described } of parts) {
      const inClause = (x: Span) => x.start >= part.start && x.end <= part.end && !holes.some((h) => x.start >= h.start && x.end <= h.end);
      const inClauseGroups = groupsIn(aboutGroups, part);
      const clauseCues = cues.filter(inClause);
      // "did not say which agency had carried out the attack": a speech verb denied tells nothing, as "declined to comment" does.
      const says = clauseCues.filter((c) => c.cat === 'say');
      const unsaid = says.length > 0 && says.every((c) => negatedCue(text, lex, c)) && !clauseCues.some((c) => OWN_STANCES.has(c.cat));
      // One literal of a fixed shape: V8 builds `{ ...frame, clause, ... }` (a spread then new fields) tens of times slower,
      // and Object.assign of the sentence frame's fields several times slower.
      const f: ClauseFrame = {
        si, sentence: s, parties, cues,
        // The accuser of a description is named in it: the sentence's speaker does not make its accusation.
        speaker: described ? undefined : frame.speaker, speakerParty: described ? undefined : frame.speakerParty,
        contentStart: frame.contentStart, contentEnd: frame.contentEnd,
        joint: frame.joint, produced: frame.produced,
        clause: part,
        evidenceSpan: whole,
        cp: parties.filter((p) => inClause(p) && !speaking(p)),
        cc: clauseCues,
        about: inClauseGroups.length ? inClauseGroups : groupsIn(aboutGroups, s),
        silent: unsaid || matches(lex.noComment, text.slice(part.start, part.end)),
        before: frame.produced.length,
      };
      for (const { rule } of CLAIM_RULES) rule(ctx, f);
      if (frame.produced.length > f.before && toldAsBackground(ctx, part, clauseCues)) for (const c of frame.produced.slice(f.before)) background.add(c.evidence.start);
      // A denial replying to the clause before it answers that telling (answering-denial.ts); after a speaker's own speech verb it is that speaker's words.
      if (frame.produced.length > f.before && !described && !f.speaker && answersClauseBefore(ctx, part, whole, cues)) for (const c of frame.produced.slice(f.before)) if (c.stance === 'denies') answering.add(c.evidence.start);
    }

    // Every speaker joined to the sentence's speaker says its words too; then the co-signers of a joint act.
    coSpeak(ctx, frame);
    alsoDid(ctx, frame);
    // The publisher's plain telling (impersonal-voice.ts) does not displace the adversary it has named speaking.
    ctx.discourse.noteAccusations(frame.produced.filter((c) => !ctx.voiced.has(c) || !ctx.discourse.adversaryOf(c.claimant)));
    coSign(ctx, frame);
    // A claim whose claimant is only told of ("an incident confirmed by X") makes no one the speaker of what follows.
    const first = frame.produced.find((c) => !ctx.untold.has(c));
    if (!frame.speaker && first) ctx.discourse.setSpeaker({ value: first.claimant, kind: first.claimant_kind }, si);
    claims.push(...frame.produced);
    if (speech.quotation) quotations.add(si);
    for (const c of frame.produced) sentenceOf.set(c, si);
    ctx.discourse.noteClaims(si, frame.produced);
    ctx.discourse.noteSentence(si, groupsIn(aboutGroups, s).map((g) => g.name));
  });

  // A claim told in a quotation its speaker is named after ("\"...,\" X said").
  const quoted = (c: ClaimCandidate) => quotations.has(sentenceOf.get(c) ?? -1);
  // A group the article's words tie to one state: that state is the accused of attributions and warnings of the group.
  const tiedTargets = (cs: ClaimCandidate[]) => targetTiedStates(cs, groupTies(text, lex, named, input.parties, new Set(input.groups)), (c) => withheldState(ctx, c));
  /** A denial that replies to the clause before it in its own sentence (answering-denial.ts). */
  const answered = (c: ClaimCandidate) => answering.has(c.evidence.start);
  // Claims kept: not retold, one per voice, on topic, no kinetic act, no outlet's hit.
  const voiced = unrepeatedVoice(claims.filter((c) => !ctx.retold.has(c)), ctx.voiced, (c) => counterCharged(ctx, c.evidence.text));
  const onTopic = dropOffTopic(voiced, text, input.topics !== undefined ? input.topics : topicUnits(input.sentences, lex), lex, aboutGroups);
  const told = dropOutletHits(dropKinetic(onTopic, lex, aboutGroups), input.parties, text, lex);
  // Operations and targets settled across sentences, in this order; then leads and restatements dropped.
  const withAbout = aboutNamedNext(told, sentenceOf, input.sentences, aboutGroups);
  const targeted = warnedGroupsOwnState(fillWarningTargets(tiedTargets(withAbout), aboutGroups, statesNamed(input.parties)));
  const settled = dropLeads(text, lex.lang, aboutFromLaterAccusation(targeted), answered);
  return { claims: preferStateTargets(dropRestatements(settled, {
    quoted,
    namesOwnGroups: namingGroups(aboutGroups),
    sanctionAct: (c) => !!lex.sanctionActs && execAll(lex.sanctionActs, c.evidence.text).length > 0,
    background: (c) => background.has(c.evidence.start),
    answers: answered,
    habitual: habitualCharge(lex),
    countered: (c) => counterCharged(ctx, c.evidence.text),
  })), speakers: ctx.speakers };
}

/** Words between a source marker and the outlet it introduces ("theo đài truyền hình X", "according to the broadcaster X"). */
const SOURCE_TO_OUTLET = 4;

/**
 * A news outlet the text cites reports the story; it confirms a hit on itself only where its own name stands in that
 * confirmation ("Reuters confirmed its site had been defaced"), not as the source a marker of the profile introduces
 * ("..., theo đài ABC", "according to X"). Carried to another's confirmation ("They later admitted ...", "... a
 * reconnu le directeur de X"), or cited as the source of another's hit, it is no victim.
 */
function dropOutletHits(claims: ClaimCandidate[], parties: ClaimInput['parties'], text: string, lex: CompiledLexicon): ClaimCandidate[] {
  const ix = tokenIndex(text, lex.lang);
  const cited = (p: { start: number }) => {
    const from = ix.before(p.start, SOURCE_TO_OUTLET);
    const before = text.slice(from, p.start);
    return !!lex.sourceBefore && execAll(lex.sourceBefore, before).some((m) => !/[,;:.!?，；：。！？]/u.test(before.slice(m.index + m[0].length)));
  };
  // "the news agency confirmed its account had been hijacked": the outlet's kind noun stands for its name (outlet-ref.ts).
  const byKind = (c: ClaimCandidate) => !!lex.outletRefs && execAll(lex.outletRefs, c.evidence.text).length > 0;
  return claims.filter((c) => !(c.stance === 'confirms' && c.target === c.claimant && NEWS_OUTLET_NAMES.has(c.claimant)
    && !parties.some((p) => p.kind === 'organization' && p.value === c.claimant && p.start >= c.evidence.start && p.end <= c.evidence.end && !cited(p))
    && !byKind(c)));
}

const NO_HOLES: Span[] = [];

/** The clauses, cut where a journalist's question begins (nothing from there on is claimed). */
function askedBefore(list: Span[], askedFrom: number | undefined): Span[] {
  if (askedFrom === undefined) return list;
  return list.filter((c) => c.start < askedFrom).map((c) => (c.end > askedFrom ? { start: c.start, end: askedFrom } : c));
}
