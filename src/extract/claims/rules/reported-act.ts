/**
 * Reported speech about a hostile act pinned on a state: "the FBI said Chinese hackers broke into
 * ...", "theo Bộ Ngoại giao, tin tặc Nga đã tấn công ...". With no stance cue in the clause, the
 * speaker attributes the act to the state named beside it (a sponsor marked "linked to", else the
 * nearest state that is no victim), or to the state the knowledge base ties the named group to.
 */
import { tokenIndex } from '../../tokens.ts';
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, GroupMention, Party } from '../frame.ts';
import { coordinatedGroups, toldStates } from '../group-target.ts';
import { unknownActorClause } from './unknown-actor.ts';
import { backgroundAttribution } from './passive-accusation.ts';
import { resemblanceTold } from '../resemblance.ts';
import { objectOfHostileVerb } from '../hostile-object.ts';
import { patientBeforeHit } from '../patient-before-hit.ts';
import { afterLocative, audiencePlace, groupsIn, inVictimPhrase, joinedParties, linkedBefore, partyState, victimBefore, victimSideOfAct } from '../parties.ts';
import { withinSupposed } from '../supposed.ts';
import { givenNameAt } from '../given-name.ts';
import { listedStates } from '../reported-list.ts';
import { roleNationality } from '../role-nationality.ts';
import { hitNounState } from '../hit-noun-state.ts';
import { victimComplement } from '../victim-complement.ts';
import { supplierOfMeans } from '../supplier.ts';
import { onlyWarnedActs } from '../warned-act.ts';
import { markVoiced, statementVoice } from '../impersonal-voice.ts';
import { markerEndsAt, matches, negated, negatedCue, onlyArticle, victimStateSpans, whole } from '../text.ts';
import { execAfter, execAll, execFrom } from '../../lexicons/index.ts';

/** Max words between a hostile-act word and the party it is pinned on. */
const HOSTILE_REACH = 12;
/** Words that may open the reported words (after the speaker named before them) before the group said to act ("that the group", "según X, el grupo de hackers"). */
const SUBJECT_LEAD = 5;
/** Words between a group and the hostile act told of it. */
const ACTOR_REACH = 12;
/** Words between a group noun and the state said to back it ("a group backed by the Chinese state", "một nhóm tin tặc làm việc cho chính quyền X": Vietnamese counts syllables). */
const DESCRIBED_REACH = 8;
/** Words between a threat group and the relative pronoun of the assessment told of it ("X, also tracked as Y, which we assess"). */
const ANTECEDENT_REACH = 10;

export function reportedActRule(ctx: ClaimContext, f: ClauseFrame): void {
  const from = f.produced.length;
  reportedAct(ctx, f);
  markVoiced(ctx, f, from);
}

function reportedAct(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const { clause, contentStart, contentEnd, cp } = f;
  const speaker = statementVoice(ctx, f);
  if (f.produced.slice(f.before).some((c) => c.stance !== 'warns') || !speaker || clause.end <= contentStart || f.silent || unknownActorClause(ctx, f)) return;
  // "reported the attacks but did not blame Russia", "sin acusar a Rusia": an accusation the clause withholds is not told by its act.
  if (f.cc.some((c) => (c.cat === 'accuse' || c.cat === 'blame' || c.cat === 'pointsTo') && negatedCue(text, lex, c))) return;
  // "officials had no evidence the intrusion was directed by Beijing": a qualifier of denial (a denial, or a refusal to attribute) pins no act.
  if (f.cc.some((c) => c.cat === 'denyQualifier' || (c.cat === 'deny' && c.start >= contentStart))) return;
  // "had previously been attributed to X": an attribution made before by no one named pins no act on X's state either.
  if (backgroundAttribution(ctx, f)) return;
  // "the tools show overlaps with those of X", "与Y存在大量重叠": a resemblance compares clues; it pins no act (resemblance.ts).
  if (resemblanceTold(ctx, f)) return;
  // A threat group named in the reported words is an act told of someone, like "hacked" or "espionage".
  // "X, which we assess to be linked to Y", "X, que nous évaluons comme lié à Y": the relative's antecedent is what is told of.
  const antecedent = relativeAntecedent(ctx, f);
  // "The FBI said the group works on behalf of the Russian government": a definite group noun pointing back
  // to a group (group-anaphora.ts) is told of like the group's name.
  // It makes an attribution only with the state it is tied to named after a marker of the tie
  // ("works on behalf of", "linked to"): a sentence that merely goes on about the group attributes nothing.
  const refs = groupsIn(ctx.input.groupRefs ?? [], clause);
  const told = refs.length ? [...ctx.input.groups, ...(ctx.input.groupRefs ?? [])] : ctx.input.groups;
  // "no evidence that the disruption ended X's activity", "if X is behind it": a group named in what is supposed or unproven is told of doing nothing.
  // "called the group X.", "называет группировку X.": a name given that ends the sentence, its group noun with it, tells no act
  // of the group (given-name.ts); "a group it calls X stole ..." still does.
  const named = groupsIn(told, clause).map((g) => ({ g, at: givenNameAt(ctx, g, clause.start, f.sentence.end) })).filter((n): n is { g: GroupMention; at: number } => n.at !== undefined);
  const groupAnchors: Cue[] = [...groupsIn(told, clause).filter((g) => g.start >= contentStart && g.end <= contentEnd && !withinSupposed(lex, f.sentence, g) && !named.some((n) => n.g === g)), ...(antecedent ? [antecedent] : [])].map((g) => ({ cat: 'hostile', start: g.start, end: g.end, text: g.name }));
  const inContent = (p: Party) => p.start >= contentStart && p.end <= contentEnd && p !== f.speakerParty;
  // "the compromised routers were taken offline": a participle describing what was hit tells no act.
  const states = victimStateSpans(text, lex, contentStart, contentEnd);
  // "Russia had never interfered in ...", "la Russie n'a jamais attaqué ...", "Китай не атаковал ...": an act the
  // reported words negate is told of no one.
  const isAct = (c: Cue) => !states.some((s) => c.start >= s.start && c.end <= s.end) && !negatedAct(ctx, c) && !named.some((n) => c.start >= n.at && c.end <= n.g.start);
  const hostile = [...f.cc.filter((c) => c.cat === 'hostile' && c.start >= contentStart && c.end <= contentEnd && isAct(c)), ...groupAnchors].sort((a, b) => a.start - b.start);
  // "warned that X could target ...", "предупредили, что X продолжит атаки": a warning of acts only possible or pursued pins none (warned-act.ts).
  if (onlyWarnedActs(ctx, f, hostile, Math.max(contentStart, clause.start), Math.min(contentEnd, clause.end))) return;
  if (!hostile.length) hostile.push(...sponsoredDescription(ctx, f, inContent));
  if (!hostile.length) return;
  // "the group MirrorFace, linked to China, ...": the state an actor is tied to is the accused.
  // "described the group as a China-based actor", "califica al grupo como un actor iraní": the state inside the
  // description a characterisation gives the actor is tied to it as a marked sponsor is.
  const sponsor = cp.find((p) => inContent(p) && linkedBefore(text, lex, p) && partyState(p) && partyState(p) !== speaker.value) ?? describedState(ctx, f, inContent, speaker.value);
  // Told only by a relative clause on the group ("X, que nous évaluons comme un acteur sérieux, vise la France"):
  // only a tie it tells ("linked to", "affilié à") makes the assessment an attribution.
  if (antecedent && hostile.length === 1 && !sponsor && !matches(lex.linkedTo, text.slice(contentStart, contentEnd))) return;
  // "an operation conducted together with French police": a partner of the act (a co-signer) is not its author.
  const partners = new Set<Party>([...f.joint.parties, ...(f.joint.partners ?? []), ...(f.joint.heads ?? []), ...(f.joint.cooperating ?? [])]);
  const accusable = (p: Party): boolean => {
    if (!inContent(p) || partners.has(p)) return false;
    const v = p.kind === 'country' ? p.value : p.country;
    if (!v || v === speaker.value) return false;
    // Told by no one (impersonal-voice.ts), a state after a locative, or in a list joined to one, is as often where the act hit
    // ("die Angriffe in Brüssel", "víctimas en X, Y y Z"); so it is, whoever speaks, once the reported words name the threat
    // group that acted ("observed X's activity in Laos and Cambodia"): the group's state is read from the group.
    if ((!f.speaker || groupAnchors.length > 0) && [p, ...joinedParties(text, lex, cp, p, -1)].some((q) => afterLocative(text, lex, q))) return false;
    // "warned agencies in Vietnam about X ...": where the warning's audience is, not who acts.
    if (f.cc.some((c) => c.cat === 'warn' && audiencePlace(ctx, p, c))) return false;
    // "French victims", "les enquêteurs français", "nạn nhân Pháp", "德国调查人员", "ukrainische Nutzer": a state beside a
    // noun for those who investigate, suffer or use what is told is theirs, not the accused (role-nationality.ts).
    if (roleNationality(text, lex, ix, p)) return false;
    // "Moldovan banks", "bancos moldavos", "молдавских государственных организаций": a state beside a noun for what an
    // act hits (systems, networks, banks) is the owner of the thing hit, not the accused (hit-noun-state.ts).
    if (hitNounState(text, lex, ix, p)) return false;
    // "described the victim as a Taiwanese defence contractor", "décrit la victime comme un groupe allemand": the state
    // of what a characterisation makes of the victim is the victim's.
    if (describedVictim(ctx, f, p)) return false;
    // "around 100 victims in Myanmar", "la plupart des victimes se trouvaient au Myanmar", "nạn nhân tại Myanmar": the place of the victims,
    // and every state joined to it in a list ("victims ... in Laos and Cambodia").
    if ([p, ...joinedParties(text, lex, cp, p, -1)].some((q) => victimPlace(ctx, f, q))) return false;
    // "the victims included Russian bloggers", "受害者多在X", "mục tiêu gồm có ...": a state in the complement of a
    // predicate that lists or locates those hit is theirs (victim-complement.ts).
    if (victimComplement(ctx, f.clause.start, p)) return false;
    // "sent emails posing as the Kazakh finance ministry", "gửi thư giả mạo Bộ Tài chính Kazakhstan",
    // "以吉尔吉斯斯坦驻华大使馆的名义": the disguise the act wore is not its author.
    if (impersonated(ctx, f, p)) return false;
    // "spyware supplied by the Israeli firm X", "des outils fournis par l'entreprise israélienne X": the supplier of the means did not deploy it (supplier.ts).
    if (supplierOfMeans(text, lex, p)) return false;
    // "the work of Iranian hackers", "tin tặc Iran": a state beside an actor noun is the actor's, whatever precedes it.
    if (besideNoun(ctx, f, p, ctx.lex.actorNouns, hostile[0]?.start)) return true;
    // "X ran a campaign against bodies in Turkey", "its victims included agencies in Malaysia": once a threat group
    // is told acting, a state named after it (tied by no marker, beside no actor noun) is on the side of what was hit.
    if (afterActOfGroup(ctx, f, groupAnchors, p)) return false;
    if (victimBefore(text, lex, p, clause.start) || inVictimPhrase(text, lex, f.cc, p, clause.start)) return false;
    // "the hackers attacked American officials": the object of a hostile verb is its victim.
    if (objectOfHostileVerb(ctx, p, clause.start, cp)) return false;
    // "des hôpitaux polonais ont été piratés", "die polnischen Behörden angriff": what was hit may stand before its verb (patient-before-hit.ts).
    if (patientBeforeHit(ctx, p)) return false;
    if (!hostile.some((h) => ix.count(Math.min(h.end, p.end), Math.max(h.start, p.start)) <= HOSTILE_REACH)) return false;
    // "operations against ports in Asia and Africa": a party after the victim marker is still the victim side.
    return !victimSideOfAct(text, lex, hostile, p);
  };
  const t = sponsor ?? cp.find(accusable);
  // A group said to act, with no state named beside it: the state it is known to serve.
  const actors = [...groupsIn(ctx.input.groups, { start: contentStart, end: contentEnd }), ...(antecedent ? [antecedent] : [])];
  const onlyRefs = hostile.every((h) => refs.some((r) => r.start === h.start && r.end === h.end));
  if (onlyRefs && !sponsor) return;
  const acts = hostile.filter((h) => h.cat === 'hostile' && !groupAnchors.includes(h));
  const target = (t ? partyState(t) : undefined) ?? actorState(ctx, actors, hostile, speaker.value) ?? tiedGroup(ctx, actors, speaker) ?? stateless(ctx, actors, acts, speaker.value, Math.max(contentStart, clause.start, f.speakerParty && f.speakerParty.end <= (actors[0]?.start ?? 0) ? f.speakerParty.end : 0));
  // "the FBI said X and Y broke into ...": coordinated groups tied to no state are each the accused, one claim each about its group.
  const each = target ? [target, ...(t && partyState(t) === target ? listedStates(ctx, f, t, accusable, speaker.value, target, acts) : [])] : coordinatedGroupsActing(ctx, actors, acts, speaker.value, Math.max(contentStart, clause.start, f.speakerParty && f.speakerParty.end <= (actors[0]?.start ?? 0) ? f.speakerParty.end : 0));
  if (!each.length) return;
  const own = (c: ReturnType<typeof ctx.emit>, name: string) => {
    if (c && !target) c.about = [name];
  };
  const sp = f.speakerParty;
  // "Britain and the United States said ...": every speaker joined to the one before the verb says it.
  const co = sp && sp.start < contentStart ? joinedParties(text, lex, f.parties, sp, -1).map((q) => ({ q, r: ctx.resolve(q, f.si) })) : [];
  for (const tg of each) {
    own(ctx.emit(f, speaker, 'attributes', tg, t ? 0.6 : 0.5, 'reported'), tg);
    for (const { q, r } of co) {
      if (r && r.value !== speaker.value && r.value !== tg) own(ctx.emit(f, r, 'attributes', tg, t ? 0.6 : 0.5, 'reported', q.person), tg);
    }
  }
}

/** Cues that tie an actor to a party rather than tell what it hit ("attributed to", "linked to", "on behalf of"). */
const TIES = new Set<Cue['cat']>(['accuse', 'blame', 'pointsTo', 'doneBy', 'similar', 'accuseNoun']);

/**
 * "X ran a campaign against bodies in Turkey", "X a visé des ministères au Mali": a state named after a threat group
 * and after the hostile act told of that group, with nothing between them that ties the group to it (no cue of
 * attribution, no marker of a tie), is on the side of what the act hit.
 */
function afterActOfGroup(ctx: ClaimContext, f: ClauseFrame, groups: Cue[], p: Party): boolean {
  const { text, lex } = ctx;
  return groups.some((g) => {
    if (g.end > p.start) return false;
    const between = f.cc.filter((c) => c.start >= g.end && c.end <= p.start);
    const gap = text.slice(g.end, p.start);
    return (between.some((c) => c.cat === 'hostile') || matches(lex.hostileVerbs, gap)) && !between.some((c) => TIES.has(c.cat)) && !matches(lex.linkedTo, gap);
  });
}

/**
 * Groups coordinated as the subject of the reported act, none tied to a state by the text ("the FBI said X and Y
 * broke into ...", "selon l'ANSSI, X et Y ont visé ...", "据称X和Y入侵了……"): each group is the accused. The first
 * opens the reported words, the rest are joined to it (group-target.ts `coordinatedGroups`), and a hostile act
 * follows the last within reach. Groups the text ties to a state are left to `actorState`.
 */
function coordinatedGroupsActing(ctx: ClaimContext, actors: GroupMention[], acts: Cue[], speaker: string, wordsFrom: number): string[] {
  const { text, ix } = ctx;
  const list = coordinatedGroups(ctx, actors, speaker);
  const first = list[0];
  const last = list.at(-1);
  if (!first || !last || first.start < wordsFrom || ix.count(wordsFrom, first.start) > SUBJECT_LEAD) return [];
  const after = acts.some((h) => h.start >= last.end && ix.count(last.end, h.start) <= ACTOR_REACH && !/[;:.!?。；：]/u.test(text.slice(last.end, h.start)));
  return after ? [...new Set(list.map((g) => g.name))] : [];
}

/**
 * A group described by its sponsor in the reported words, with no act told: "Symantec believes it is a
 * group backed by the Chinese state", "lo describe como un grupo respaldado por el Estado chino",
 * "es handle sich um eine vom Iran unterstützte Gruppe". The group noun (profile `groupDescribers`) stands
 * for the act's author, as a threat group's name does, when a state tied to it by a marker of
 * sponsorship (`linkedTo`) follows within a few words.
 */
function sponsoredDescription(ctx: ClaimContext, f: ClauseFrame, inContent: (p: Party) => boolean): Cue[] {
  const { text, lex, ix } = ctx;
  if (!lex.groupDescribers) return [];
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, f.contentEnd);
  if (to <= from) return [];
  const out: Cue[] = [];
  for (const m of execAll(lex.groupDescribers, text.slice(from, to))) {
    const start = from + m.index;
    const end = start + m[0].length;
    const sponsor = f.cp.find((p) => inContent(p) && p.start >= end && ix.count(end, p.start) <= DESCRIBED_REACH && !!partyState(p) && linkedBefore(text, lex, p));
    if (sponsor) out.push({ cat: 'hostile', start, end, text: m[0] });
  }
  return out;
}

/** Words at most between the head of a description and a state after it ("un actor iraní", "một nhóm tin tặc Iran": Vietnamese counts syllables). */
const DESCRIBED_HEAD_AFTER = 2;

/**
 * The state a characterisation puts inside the description it gives an actor: an indefinite group noun phrase
 * (profile `groupDescribers`) right after the profile's `describedAs` word ("as", "como", "als", "как", "là"),
 * with a state inside it ("as a China-based actor", "as a Chinese state-sponsored group", "как китайскую
 * группировку") or right after its head ("como un actor iraní", "là một nhóm tin tặc Iran"). Not a state the
 * actor poses as ("posing as a Chinese group": impersonated), nor the speaker's own.
 */
function describedState(ctx: ClaimContext, f: ClauseFrame, inContent: (p: Party) => boolean, speaker: string): Party | undefined {
  const { text, lex } = ctx;
  if (!lex.describedAs || !lex.groupDescribers) return undefined;
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, f.contentEnd);
  if (to <= from) return undefined;
  for (const m of execAll(lex.groupDescribers, text.slice(from, to))) {
    const start = from + m.index;
    const p = describedIn(ctx, f, inContent, start, start + m[0].length);
    if (p && partyState(p) !== speaker) return p;
  }
  return undefined;
}

/** The state inside (or right after the head of) the description at `start`-`end` when the profile's `describedAs` word stands right before it. */
function describedIn(ctx: ClaimContext, f: ClauseFrame, inContent: (p: Party) => boolean, start: number, end: number): Party | undefined {
  const { text, lex, ix } = ctx;
  if (!lex.describedAs) return undefined;
  const word = text.slice(ix.before(start, 1), start).trim();
  if (!word || !whole(lex.describedAs, word)) return undefined;
  return f.cp.find((q) => inContent(q) && !!partyState(q) && q.start >= start
    && (q.end <= end || (ix.count(end, q.start) <= DESCRIBED_HEAD_AFTER && !/[,.;:!?，。；：、]/u.test(text.slice(end, q.start))))
    && !impersonated(ctx, f, q) && !describedVictim(ctx, f, q));
}

/** Words at most between a victim noun and the word that introduces its description, and between that word and the state. */
const VICTIM_DESCRIBED_WORDS = 2;
const VICTIM_DESCRIPTION_WORDS = 5;

/**
 * Is the state inside the description a characterisation gives a victim: a victim noun (profile `victimNouns`), its
 * `describedAs` word a few words after it, and the state a few words after that, no punctuation between ("described
 * the victim as a Taiwanese contractor", "describió a la víctima como una empresa taiwanesa")?
 */
function describedVictim(ctx: ClaimContext, f: ClauseFrame, p: Party): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.victimNouns || !lex.describedAs) return false;
  const from = Math.max(f.clause.start, ix.before(p.start, VICTIM_DESCRIBED_WORDS + VICTIM_DESCRIPTION_WORDS + 2));
  const before = text.slice(from, p.start);
  if (/[,.;:!?，。；：、]/u.test(before)) {
    const cut = Math.max(...[...before.matchAll(/[,.;:!?，。；：、]/gu)].map((m) => m.index!));
    return describedVictimIn(ctx, from + cut + 1, p);
  }
  return describedVictimIn(ctx, from, p);
}

function describedVictimIn(ctx: ClaimContext, from: number, p: Party): boolean {
  const { text, lex, ix } = ctx;
  const before = text.slice(from, p.start);
  for (let v = execFrom(lex.victimNouns!, before); v; v = execAfter(lex.victimNouns!, before, v)) {
    const vEnd = from + v.index + v[0].length;
    for (let m = execFrom(lex.describedAs!, before); m; m = execAfter(lex.describedAs!, before, m)) {
      const mStart = from + m.index;
      const mEnd = mStart + m[0].length;
      if (mStart >= vEnd && ix.count(vEnd, mStart) <= VICTIM_DESCRIBED_WORDS && ix.count(mEnd, p.start) <= VICTIM_DESCRIPTION_WORDS) return true;
    }
  }
  return false;
}

/**
 * The threat group a relative clause of assessment hangs on: the group before the speaker, with a relative
 * pronoun right before the speaker ("Void Blizzard, which we assess ...", "Mustang Panda, que nous évaluons ...",
 * "APT29, которую мы связываем ..."), an apposition at most between the group and the pronoun.
 */
function relativeAntecedent(ctx: ClaimContext, f: ClauseFrame): GroupMention | undefined {
  const { text, lex, ix } = ctx;
  const sp = f.speakerParty;
  const re = lex.relativePronouns;
  if (!sp || !re || sp.start >= f.contentStart) return undefined;
  const g = groupsIn(ctx.input.groups, f.clause).filter((x) => x.end <= sp.start).at(-1);
  if (!g || ix.count(g.end, sp.start) > ANTECEDENT_REACH) return undefined;
  const between = text.slice(g.end, sp.start);
  return !/[.;:!?。；：]/u.test(between) && /^["“”»’)）\]]*\s*[,，]/u.test(between) && markerEndsAt(re, between) ? g : undefined;
}

/**
 * Is the party right beside a noun of the clause from `re`: an actor noun ("Iranian hackers", "pirates
 * iraniens", "伊朗黑客")? With `actsFrom`, also after a
 * possessive when the noun heads the clause's act, before its first hostile word ("officers of Russian
 * military intelligence hacked ...", not "emails to agents of the Ukrainian border service").
 */
function besideNoun(ctx: ClaimContext, f: ClauseFrame, p: Party, re: RegExp | null, actsFrom?: number): boolean {
  if (!re) return false;
  const of = actsFrom !== undefined ? ctx.lex.possessive : null;
  const s = f.clause;
  const clauseText = ctx.text.slice(s.start, s.end);
  for (let m = execFrom(re, clauseText); m; m = execAfter(re, clauseText, m)) {
    const a = s.start + m.index;
    const b = a + m[0].length;
    const [x, y] = b <= p.start ? [b, p.start] : [p.end, a];
    if (y >= x && ctx.ix.count(x, y) === 0 && !/[,.;:!?，。；：、]/u.test(ctx.text.slice(x, y))) return true;
    // "officers of Russian military intelligence", "agents du renseignement russe": the actor's state after a possessive.
    if (of && b <= p.start && a < actsFrom! && afterPossessive(ctx, of, ctx.text.slice(b, p.start).trim())) return true;
  }
  return false;
}

/** Words from a marker of impersonation to the party it names ("giả mạo Bộ Tài chính Kazakhstan"). */
const GUISE_REACH = 5;
/** Characters between a body and the close of "以……的名义" ("吉尔吉斯斯坦驻华大使馆的名义"). */
const NAME_OF_TAIL = 8;

/**
 * Is the party the disguise of the act: after a marker of impersonation (profile `guises`: "posing as",
 * "se faisant passer pour", "giả mạo", "冒充") within a few words, or, when it is a body and no bare state
 * (which may be a sponsor: "in the name of the state"), after "in the name of" (profile `inNameOf`) or
 * before the close of that frame (profile `inNameOfAfter`: "……的名义")? No stop or comma between.
 */
function impersonated(ctx: ClaimContext, f: ClauseFrame, p: Party): boolean {
  const { lex, text, ix } = ctx;
  const from = Math.max(f.clause.start, ix.before(p.start, GUISE_REACH + 2));
  const before = text.slice(from, p.start);
  const markerBefore = (re: RegExp | null | undefined, bodyOnly: boolean) => {
    if (!re) return false;
    for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
      const gapStart = from + m.index + m[0].length;
      const gap = text.slice(gapStart, p.start);
      if (/[,.;:!?，。；：、]/u.test(gap) || ix.count(gapStart, p.start) > GUISE_REACH) continue;
      // "en nombre de la embajada de Kirguistán": the state of a body named in the gap stands for the body.
      if (!bodyOnly || p.kind === 'organization' || matches(lex.orgWords, gap)) return true;
    }
    return false;
  };
  if (markerBefore(lex.guises, false)) return true;
  if (markerBefore(lex.inNameOf, true)) return true;
  if (!lex.inNameOfAfter) return false;
  const after = text.slice(p.end, Math.min(f.clause.end, p.end + NAME_OF_TAIL + 4));
  const m = execFrom(lex.inNameOfAfter, after);
  return !!m && m.index <= NAME_OF_TAIL && !/[,.;:!?，。；：、]/u.test(after.slice(0, m.index));
}

/** Words from a victim noun to the state its victims are placed in ("victims were mostly located in Myanmar and Laos"). */
const VICTIM_PLACE_REACH = 6;

/**
 * Is the party where the clause's victims are: after a victim, target or user noun (profile `victimNouns`, `targetNouns`, `userNouns`) and a locative
 * (profile `locative`) between them, within a few words, with no stop, no actor noun ("victims of
 * Chinese hackers in ...") and no hostile act between ("victims in Laos were hit by Chinese hackers")?
 */
function victimPlace(ctx: ClaimContext, f: ClauseFrame, p: Party): boolean {
  const { lex, text, ix } = ctx;
  if (!lex.locative) return false;
  const from = Math.max(f.clause.start, ix.before(p.start, VICTIM_PLACE_REACH + 1));
  const before = text.slice(from, p.start);
  // "targets in Russia", "các mục tiêu ở Nga", "the individuals targeted were in X": the place of what an act aims at is the
  // victims' place too; so is the place of the users of what was hit ("tin nhắn của người dùng tại X").
  for (const re of [lex.victimNouns, lex.targetNouns, lex.userNouns]) {
    if (!re) continue;
    for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
      const gap = before.slice(m.index + m[0].length);
      const gapStart = p.start - gap.length;
      if (/[.;:!?()。；：（）]/u.test(gap) || matches(lex.actorNouns, gap)) continue;
      if (f.cc.some((c) => c.cat === 'hostile' && c.start >= gapStart && c.end <= p.start)) continue;
      if (ix.count(gapStart, p.start) <= VICTIM_PLACE_REACH && matches(lex.locative, gap)) return true;
    }
  }
  return false;
}

/** Is `gap` the possessive marker with at most an article after it ("of", "of the", "du", "de la")? */
function afterPossessive(ctx: ClaimContext, re: RegExp, gap: string): boolean {
  const m = execFrom(re, gap);
  return !!m && m.index === 0 && onlyArticle(ctx.lex, gap.slice(m[0].length));
}

/**
 * The state the groups said to act are known to serve: each group with one known state, the same for all ("X, part
 * of Y, stole ...", "X and Y broke into ..."), one of them close to the act told of it. Groups of several states, or
 * one of no known state, name no state. The state is the accused only when the text ties the groups to it by the end
 * of their sentence (group-target.ts); else a single group is the accused itself, and several groups no one.
 */
function actorState(ctx: ClaimContext, actors: GroupMention[], hostile: Cue[], speaker: string): string | undefined {
  if (!actors.length) return undefined;
  const { text, lex } = ctx;
  // "X is linked to Y", "X overlaps with Y": a group tied to another by a marker of linkage is no co-actor; the claim is of the tie.
  if (new Set(actors.map((g) => g.name)).size > 1 && actors.some((g, i) => i > 0 && matches(lex.linkedTo, text.slice(actors[0]!.end, g.start)))) return undefined;
  const states = new Set<string>();
  for (const g of actors) {
    if (g.countries.length !== 1) return undefined;
    states.add(g.countries[0]!);
  }
  const [state] = states;
  if (states.size !== 1 || state === speaker) return undefined;
  const near = actors.some((g) => hostile.some((h) => tokenIndex(text, lex.lang).count(Math.min(h.end, g.end), Math.max(h.start, g.start)) <= ACTOR_REACH));
  if (!near) return undefined;
  // The state when the text ties the groups to it by now (group-target.ts), else the one group itself.
  if (actors.every((g) => toldStates(g).includes(state!))) return state;
  const names = new Set(actors.map((g) => g.name));
  return names.size === 1 ? actors[0]!.name : undefined;
}

/** Words at most between the marker of a tie and the group it ties the first to ("linked to the group X"). */
const TIE_REACH = 3;
/** Words at most inside the brackets before the tied group's name ("(also known as", "(còn được biết đến với tên"). */
const ALIAS_REACH = 8;

/**
 * A group told to be tied to another ("Velmora assesses that X is linked to Y", "Velmora đánh giá rằng X có liên
 * hệ với Y", "X est lié à Y"): the claim is of the tie, an attribution to the group tied to. A state speaking names
 * the state the knowledge base ties that group to; a company or researcher names the group (group-target.ts).
 */
function tiedGroup(ctx: ClaimContext, actors: GroupMention[], speaker: { value: string; kind: string }): string | undefined {
  const { text, lex, ix } = ctx;
  if (!lex.linkedTo || new Set(actors.map((g) => g.name)).size !== 2) return undefined;
  const first = actors[0]!;
  const tied = actors.find((g) => g.name !== first.name && g.start > first.end);
  if (!tied || tied.name === speaker.value) return undefined;
  const gap = text.slice(first.end, tied.start);
  if (/[;:.!?。；：]/u.test(gap)) return undefined;
  let marker: RegExpExecArray | null = null;
  for (let m = execFrom(lex.linkedTo, gap); m; m = execAfter(lex.linkedTo, gap, m)) marker = m;
  if (!marker) return undefined;
  // The tie is the first group's predicate: only its copula between them ("X is linked to", "X có liên hệ với", "X est lié à").
  const markerStart = first.end + marker.index;
  if (/[,，]/u.test(text.slice(first.end, markerStart)) || ix.count(first.end, markerStart) > TIE_REACH - 1) return undefined;
  const from = markerStart + marker[0].length;
  // "linked to HoneyMyte (also known as Y)": a name the knowledge base lacks, with the group's known name in brackets after it.
  const rest = text.slice(from, tied.start);
  const open = rest.search(/[(（]/u);
  const near = open < 0 ? ix.count(from, tied.start) <= TIE_REACH : ix.count(from, from + open) <= TIE_REACH && !/[)）]/u.test(rest.slice(open)) && ix.count(from + open, tied.start) <= ALIAS_REACH;
  if (!near) return undefined;
  if (speaker.kind !== 'state') return tied.name;
  // A state names the tied group's state when the text ties it to one, else the group (group-target.ts).
  const told = toldStates(tied);
  if (told.length === 1) return told[0] !== speaker.value ? told[0] : undefined;
  return told.length || tied.countries.includes(speaker.value) ? undefined : tied.name;
}

/**
 * A group said to act that the knowledge and the sentence tie to no state ("the Treasury said Evil Corp stole
 * credentials", "según el FBI, el grupo X atacó ..."): the group itself is the accused. Only a single group named
 * before a hostile verb of the reported words (its subject), within reach, and not the speaker itself.
 */
function stateless(ctx: ClaimContext, actors: GroupMention[], acts: Cue[], speaker: string, wordsFrom: number): string | undefined {
  const names = new Set(actors.map((g) => g.name));
  if (names.size !== 1) return undefined;
  const g = actors[0]!;
  if (toldStates(g).length || g.name === speaker) return undefined;
  // The subject opens the reported words: at most a group noun before it ("el grupo X", "die Gruppe X"), not a verb's object.
  if (g.start < wordsFrom || ctx.ix.count(wordsFrom, g.start) > SUBJECT_LEAD) return undefined;
  const after = acts.some((h) => h.start >= g.end && ctx.ix.count(g.end, h.start) <= ACTOR_REACH && !/[;:.!?。；：]/u.test(ctx.text.slice(g.end, h.start)));
  return after ? g.name : undefined;
}

/** Words before an act where its negator may stand, with the words between (text.ts `negated` reads three). */
const NEGATED_ACT_REACH = 5;

/**
 * Is the act negated in its own clause: a negator within reach before it (text.ts `negated`) with no
 * complementizer after the last one ("did not hack", "n'a jamais piraté"; not "it was not excluded that
 * Russian hackers ...", "n'était pas exclu que des pirates ...", where the negation is the hedge's own)?
 */
function negatedAct(ctx: ClaimContext, c: Cue): boolean {
  const { text, lex, ix } = ctx;
  if (!negated(text, lex, c) || !lex.negation) return false;
  const before = text.slice(ix.before(c.start, NEGATED_ACT_REACH), c.start);
  let last: RegExpExecArray | null = null;
  for (let m = execFrom(lex.negation, before); m; m = execAfter(lex.negation, before, m)) last = m;
  return !last || !matches(lex.complementizers, before.slice(last.index + last[0].length));
}
