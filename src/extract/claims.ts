/**
 * Claims from running text, rule- and lexicon-based: for each clause that carries a stance cue
 * (accuse, deny, warn, call for, confirm) or reports a hostile cyber act in someone's words, who
 * claims (resolved from the speaker: an official to their state, a metonym to its country, a
 * vendor to its name), the stance, the accused or warned party, the intrusion sets it is about
 * and the exact passage. Speakers carry across sentences through pronouns, role references
 * ("the director", "quan chức này", "这位发言人"), open quotations and continuation openers.
 */
import { Discourse } from './discourse.ts';
import { tokenIndex } from './tokens.ts';
import { speakerLabel } from './transcript.ts';
import { knownPerson } from '../knowledge/index.ts';
import type { CompiledLexicon } from './lexicons/index.ts';
import type { PartyMention, PersonCandidate } from './people.ts';
import type { Sentence } from './segment.ts';
import type { ClaimCandidate, Span, Stance } from './types.ts';

export interface GroupMention extends Span {
  name: string;
  /** States the knowledge base records attributions to. */
  countries: string[];
}

export interface ClaimInput {
  text: string;
  sentences: Sentence[];
  lang: string;
  lex: CompiledLexicon;
  /** Countries, known and unknown organisations, in text order. */
  parties: PartyMention[];
  people: PersonCandidate[];
  groups: GroupMention[];
}

export interface ClaimOutput {
  claims: ClaimCandidate[];
  /** People who speak or claim somewhere in the text. */
  speakers: Set<PersonCandidate>;
}

type PartyKind = 'country' | 'organization' | 'person' | 'pronoun' | 'backref' | 'self';

interface Party extends Span {
  kind: PartyKind;
  value?: string;
  country?: string;
  person?: PersonCandidate;
  victim?: boolean;
}

interface Resolved {
  value: string;
  kind: 'state' | 'organization';
  person?: PersonCandidate;
}

interface Cue extends Span {
  cat: 'say' | 'sourceBefore' | 'accuse' | 'claimsOwn' | 'blame' | 'accuseNoun' | 'deny' | 'denyQualifier' | 'warn' | 'callFor' | 'confirm' | 'hostile' | 'similar' | 'modal';
  text: string;
}

const STANCE_CUES = ['accuse', 'deny', 'warn', 'callFor', 'confirm'] as const;
const STANCE_OF: Record<(typeof STANCE_CUES)[number], Stance> = {
  accuse: 'accuses', deny: 'denies', warn: 'warns', callFor: 'calls-for', confirm: 'confirms',
};
const STANCE_OR_SAY = new Set<Cue['cat']>(['accuse', 'deny', 'warn', 'callFor', 'confirm', 'say']);
/** A lead sentence this short, in words ("Beijing pushed back.") is summed up by the claim told right after it. */
const LEAD_MAX = 12;
/** Words between a lead and the claim that elaborates it. */
const LEAD_GAP = 6;
/** Max words between a hostile-act word and the party it is pinned on. */
const HOSTILE_REACH = 12;
/** Max words between a subject and its modal ("X should", "X itself must"). */
const MODAL_REACH = 1;
/** Max words between a speech verb and the party before it that speaks. */
const SAY_REACH = 16;
/** Max words between a source marker ("according to") and its source. */
const SOURCE_REACH = 10;
/** Max words a quotation opened in a claim's clause may run on before it closes. */
const QUOTE_REACH = 100;
/** How many sentences a speaker stays current without being named again. */
const SPEAKER_SPAN = 4;

export function extractClaims(input: ClaimInput): ClaimOutput {
  const { text, sentences, lex } = input;
  const ix = tokenIndex(text, lex.lang);
  const claims: ClaimCandidate[] = [];
  const speakers = new Set<PersonCandidate>();
  const personParties: Party[] = input.people.flatMap((p) => p.mentions.map((m) => ({ ...m, kind: 'person' as const, person: p })));
  const known: Party[] = [...input.parties.map((p) => ({ ...p, kind: p.kind === 'group' ? ('organization' as const) : p.kind })), ...personParties]
    .filter((p) => (p as PartyMention).kind !== 'group')
    .sort((a, b) => a.start - b.start);

  const publisher = publisherOf(input, known);
  let lastSpeaker: Resolved | undefined;
  let lastSpeakerAt = -100;
  let lastPerson: PersonCandidate | undefined;
  const adversary = new Map<string, string>();
  const accusedCount = new Map<string, number>();
  const accuserOf = new Map<string, string>();
  let lastAttribution: ClaimCandidate | undefined;
  const discourse = new Discourse();
  let coalition: { members: Resolved[]; at: number } | undefined;

  const resolve = (p: Party | undefined, si: number): Resolved | undefined => {
    if (!p) return undefined;
    switch (p.kind) {
      case 'country':
        return { value: p.value!, kind: 'state' };
      case 'organization':
        return p.country ? { value: p.country, kind: 'state' } : { value: p.value!, kind: 'organization' };
      case 'person': {
        const person = p.person!;
        if (person.speaks_for) return { value: person.speaks_for, kind: 'state', person };
        if (person.body) return { value: person.body, kind: 'organization', person };
        return undefined;
      }
      case 'pronoun': {
        const person = lastPerson ?? lastPersonBefore(personParties, p.start);
        if (person) return resolve({ start: p.start, end: p.end, kind: 'person', person }, si);
        return si - lastSpeakerAt <= SPEAKER_SPAN ? lastSpeaker : undefined;
      }
      case 'backref':
        return si - lastSpeakerAt <= SPEAKER_SPAN ? lastSpeaker : undefined;
      // "we assess", "wir bewerten", "nous estimons": the current speaker, else the body that publishes the text.
      case 'self':
        return si - lastSpeakerAt <= SPEAKER_SPAN && lastSpeaker ? lastSpeaker : publisher;
    }
  };

  // Transcripts: the speaker named by the label of the current answer (undefined while a questioner speaks).
  let labelled: { speaker: Resolved | undefined } | undefined;

  sentences.forEach((s, si) => {
    if (s.title) return;
    const parties = sentenceParties(input, s, known);
    const cues = findCues(lex, s);
    for (const p of parties) if (p.kind === 'person' && p.person) lastPersonSeen(p.person);
    const label = speakerLabel(s, sentences[si - 1]);
    if (label) labelled = { speaker: labelSpeaker(label.name, parties.filter((p) => p.start >= label.start && p.end <= label.end), si) };

    // Who speaks in this sentence, and from where their words run.
    let speaker: Resolved | undefined;
    let contentStart = s.start;
    let contentEnd = s.end;
    let speakerParty: Party | undefined;
    for (const c of cues) {
      if (c.cat !== 'say' && c.cat !== 'sourceBefore') continue;
      const sp = c.cat === 'say' ? speakerOfSay(text, lex, parties, s, c) : speakerAfter(text, lex, parties, c);
      const r = resolve(sp, si);
      if (sp && sp.kind === 'person' && sp.person) speakers.add(sp.person);
      if (r) {
        speaker = r;
        speakerParty = sp;
        contentStart = c.cat === 'say' && sp!.start < c.start ? c.end : s.start;
        // "Chinese hackers breached the carriers, US officials said on Friday.": a trailing attribution;
        // the words are the ones before the speaker's comma.
        if (c.cat === 'say' && sp!.start < c.start && trailingAttribution(text, lex.lang, s, sp!, c)) {
          contentStart = s.start;
          contentEnd = sp!.start;
        }
        break;
      }
    }
    if (!speaker && labelled?.speaker) {
      speaker = labelled.speaker;
      if (label) contentStart = label.end;
    }
    const continues = s.inQuote || startsWith(lex.continuation, s.text) || matches(lex.reportedMood, s.text);
    if (!speaker && continues && si - lastSpeakerAt <= SPEAKER_SPAN) speaker = lastSpeaker;
    if (speaker) {
      lastSpeaker = speaker;
      lastSpeakerAt = si;
      if (speaker.person) {
        lastPerson = speaker.person;
        speakers.add(speaker.person);
      }
    }

    const joint = coalitionIn(text, lex, parties, s, (p) => resolve(p, si));
    const produced: ClaimCandidate[] = [];
    for (const clause of clauses(text, s)) {
      const inClause = (x: Span) => x.start >= clause.start && x.end <= clause.end;
      const cp = parties.filter(inClause);
      const cc = cues.filter(inClause);
      const before = produced.length;
      const about = groupsIn(input.groups, clause).length ? groupsIn(input.groups, clause) : groupsIn(input.groups, s);
      const emit = (claimant: Resolved, stance: Stance, target: string | undefined, confidence: number, method: ClaimCandidate['method'], person?: PersonCandidate) => {
        if (!claimant || (stance !== 'denies' && stance !== 'confirms' && target === claimant.value)) return;
        if (produced.some((c) => c.claimant === claimant.value && c.stance === stance && c.target === target)) return;
        const ev = evidence(text, lex.lang, clause);
        let aboutNames = about.map((g) => g.name).filter((n, i, a) => a.indexOf(n) === i);
        if (!aboutNames.length) {
          const clauseText = text.slice(clause.start, clause.end);
          aboutNames = discourse.aboutFor(stance, claimant.value, matches(lex.anaphora, clauseText) || matches(lex.accuseNoun, clauseText), si);
        }
        // The named official behind a state's claim, when this sentence's speaker speaks for it.
        person ??= claimant.person ?? (speaker?.value === claimant.value ? speaker.person : undefined);
        const claim: ClaimCandidate = {
          claimant: claimant.value,
          claimant_kind: claimant.kind,
          stance,
          ...(target ? { target } : {}),
          about: aboutNames,
          evidence: ev,
          confidence: Math.min(0.95, +(confidence + (about.length ? 0.05 : 0)).toFixed(2)),
          ...(person ? { speaker: person.name } : {}),
          method,
        };
        produced.push(claim);
        if (claimant.person) speakers.add(claimant.person);
      };

      // Explicit stance cues; an accusation named right after a denial is the thing denied.
      // "The Kremlin has not commented on Kyiv's accusations": silence is no claim (a denial beside it still is).
      const silent = matches(lex.noComment, text.slice(clause.start, clause.end));
      const denyAt = cc.find((c) => c.cat === 'deny' || c.cat === 'denyQualifier')?.start ?? Infinity;
      // "urged Washington to stop using cyber issues to smear China": what is called for is not a claim of its own.
      const callAt = cc.find((c) => c.cat === 'callFor')?.start ?? Infinity;
      for (const cat of STANCE_CUES) {
        const cue = cc.find((c) => (c.cat === cat || (cat === 'deny' && c.cat === 'denyQualifier')) && !(cat === 'accuse' && c.start > denyAt) && !((cat === 'deny' || cat === 'accuse' || cat === 'confirm') && c.start > callAt) && !(cat === 'warn' && passive(text, lex, c)));
        if (!cue || (silent && cat !== 'deny')) continue;
        // "have never confirmed", "n'a pas accusé": a negated confirmation or accusation is not made.
        if ((cat === 'confirm' || cat === 'accuse') && negated(text, lex, cue)) continue;
        const inContent = cue.start >= contentStart && speaker;
        let subject = nearestBefore(text, lex, cp, cue.start, clause.start);
        // "Russia accused the US and Ukraine ... and warned ...": the accused are objects; the warning
        // is by the accuser.
        const accusedBy = cat !== 'accuse' && subject ? cc.find((c) => c.cat === 'accuse' && c.end <= subject!.start) : undefined;
        if (accusedBy) subject = nearestBefore(text, lex, cp, accusedBy.start, clause.start);
        // Verb-final order ("Großbritannien und die USA haben Russland dafür verantwortlich gemacht"): with no
        // party after the cue, the party nearest before it is the object and the clause's first is the subject.
        const verbFinalObject = cat === 'accuse' && subject ? objectBeforeCue(text, lex, cp, subject, cue, clause) : undefined;
        if (verbFinalObject) subject = verbFinalObject.subject;
        const subj = resolve(subject, si);
        // "Russia accused the US and Ukraine ..., warning ...": a party after an earlier stance verb is its
        // object, so its joined parties are objects too, not co-claimants.
        const objectOfEarlier = !!subject && cc.some((c) => STANCE_OR_SAY.has(c.cat) && c !== cue && c.end <= subject.start);
        let claimant: Resolved | undefined;
        // "X should stop ...": X is the one called on, not the caller.
        const addressed = cat === 'callFor' && subject && followedByModal(text, lex.lang, cc, subject);
        if (cat === 'warn') {
          claimant = (inContent ? speaker : undefined) ?? subj ?? speaker;
          // A spokesperson of an unlinked body ("the Treasury") saying "the United States will ...".
          if (claimant && claimant.kind !== 'state' && subj?.kind === 'state') claimant = subj;
        } else if (addressed) claimant = speaker;
        // "X's accusations are groundless": the qualifier is the speaker's, X is the accuser.
        else if (cue.cat === 'denyQualifier') claimant = speaker ?? subj;
        else claimant = subj ?? (inContent ? speaker : undefined) ?? speaker;
        if (!claimant) continue;
        if (subject?.kind === 'person' && subject.person) speakers.add(subject.person);
        let target: string | undefined;
        let conf = 0.75;
        if (cat === 'deny' || cat === 'confirm') target = claimant.value;
        else {
          target = addressed ? partyState(subject!) : undefined;
          // The accused or addressed, not a victim named after the verb ("condemned the attack on a NATO ally").
          // A warning or a call is addressed to a state; a company named after it is what it is about
          // ("said Microsoft and Facebook had already taken action").
          const candidates = cp.filter((p) => !joint.parties.includes(p) && !victimMarked(text, lex, p, cue.end) && (cat === 'accuse' || p.kind !== 'organization' || !!p.country));
          target ??= firstOther(lex, candidates, claimant.value, cue.end) ?? (cat === 'accuse' ? relativeAntecedent(text, lex, cp, cue, claimant.value) : undefined);
          if (!target && verbFinalObject) target = partyValue(verbFinalObject.object);
          if (!target && cat !== 'accuse') target = firstOther(lex, cp.filter((p) => p.kind !== 'organization' || !!p.country), claimant.value, clause.start);
          if (!target && cat === 'accuse') target = about.flatMap((g) => g.countries).find((c) => c !== claimant.value);
          if (!target) {
            // An accused state warns its accuser ("the response will be inevitable").
            target = adversary.get(claimant.value) ?? (cat === 'warn' ? accuserOf.get(claimant.value) : undefined) ?? mostAccused(accusedCount, claimant.value);
            conf -= 0.15;
          }
          // An accusation or a call with no one to address is not a claim OpsTrack can code.
          // A call needs an addressee unless it is an explicit appeal ("urged the international community").
          if (!target && (cat === 'accuse' || (cat === 'callFor' && !startsWith(lex.appeal, cue.text)))) continue;
        }
        emit(claimant, STANCE_OF[cat], target, conf, 'cue', subject?.person);
        // "accused Israel and the United States": each accused party is a claim of its own.
        if (cat === 'accuse' && target) {
          const first = cp.find((p) => p.start >= cue.end && partyValue(p) === target);
          if (first) {
            for (const q of joinedParties(text, lex, cp, first, 1)) {
              const v = partyValue(q);
              if (v && v !== claimant.value && v !== target) emit(claimant, STANCE_OF[cat], v, conf, 'cue', subject?.person);
            }
          }
        }
        // Every party of a joined subject makes the claim ("Britain and the United States blamed").
        if (subject && subj && claimant === subj && !objectOfEarlier) {
          for (const q of joinedParties(text, lex, cp, subject, -1)) {
            const co = resolve(q, si);
            if (!co || co.value === claimant.value) continue;
            const t = cat === 'deny' || cat === 'confirm' ? co.value : target === co.value ? undefined : target;
            if (t || cat === 'warn') emit(co, STANCE_OF[cat], t, conf, 'cue', q.person);
          }
        }
      }

      // "The group claimed responsibility", "revendiquée par un groupe": an actor claims its own act. The
      // claimant is the group (else the state service) named nearest the cue, the target itself.
      const ownCue = cc.find((c) => c.cat === 'claimsOwn' && !negated(text, lex, c));
      if (ownCue && !silent) {
        const inClauseGroups = groupsIn(input.groups, clause);
        const words = (x: Span) => ix.count(Math.min(x.end, ownCue.end), Math.max(x.start, ownCue.start));
        const nearest = (xs: Span[]) => xs.reduce<Span | undefined>((best, x) => (!best || words(x) < words(best) ? x : best), undefined);
        const group = nearest(inClauseGroups) as GroupMention | undefined;
        const name = group?.name ?? (matches(lex.anaphora, text.slice(clause.start, ownCue.start)) ? discourse.topicGroup(si) : undefined);
        if (name) emitOwn(name);
        else {
          const state = cp.map((p) => ({ p, r: resolve(p, si) })).filter((x) => x.r?.kind === 'state' && ix.count(x.p.end, ownCue.start) <= HOSTILE_REACH).pop();
          if (state?.r) emit(state.r, 'attributes', state.r.value, 0.6, 'cue');
        }
        function emitOwn(n: string): void {
          const before = produced.length;
          emit({ value: n, kind: 'organization' }, 'attributes', undefined, 0.6, 'cue');
          const c = produced[before];
          if (c) {
            c.target = n;
            if (!c.about.includes(n)) c.about = [n, ...c.about];
          }
        }
      }

      // "X is behind the attack", "X war dafür verantwortlich", "X đứng sau": the accused is the subject,
      // the claimant is whoever speaks.
      const blameCue = cc.find((c) => c.cat === 'blame');
      if (blameCue && speaker && !silent && !produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes')) {
        const other = (p: Party) => p.start >= contentStart && p !== speakerParty && !!partyValue(p) && partyValue(p) !== speaker!.value;
        // The subject before the predicate, else after it in inverted order ("dahinter stecke X", "за этим стоит X").
        const accused = [...cp].reverse().find((p) => p.end <= blameCue.start && other(p)) ?? cp.find((p) => p.start >= blameCue.end && other(p) && !victimMarked(text, lex, p, blameCue.end));
        const groupState = about.flatMap((g) => g.countries).find((c) => c !== speaker!.value);
        const target = (accused ? partyValue(accused) : undefined) ?? groupState ?? about[0]?.name;
        if (target) emit(speaker, 'attributes', target, 0.65, 'cue');
      }

      // "X should/must ...": a call on X, made by the speaker.
      if (speaker && !cc.some((c) => c.cat === 'warn' || c.cat === 'callFor')) {
        for (const m of cc.filter((c) => c.cat === 'modal')) {
          const subj = cp.filter((p) => p.end <= m.start && ix.count(p.end, m.start) <= MODAL_REACH && (p.kind === 'country' || p.country)).pop();
          const t = subj ? (subj.kind === 'country' ? subj.value : subj.country) : undefined;
          if (t && t !== speaker.value) emit(speaker, 'calls-for', t, 0.6, 'cue');
        }
      }

      // "similar reports/accusations" by other states echo the last attribution.
      const similarCue = cc.find((c) => c.cat === 'similar');
      if (lastAttribution && similarCue) {
        const prev = lastAttribution;
        const echoed = new Set<string>();
        // The echoing parties are the subject ("Finland and Norway co-signed") or the agent ("cosigné par
        // le Canada"), not what follows the cue ("supporting the British assessment").
        const joining = /sign|support|soutenu|ủng hộ|поддерж|подпис|ký|endorse|join|присоедин|associ|署|concurred/iu.test(similarCue.text);
        const byAgent = /^\s*(?:\p{L}+\s+){0,2}?(?:by|par|bởi|由|от)\s/u.test(text.slice(similarCue.end, ix.after(similarCue.end, 4)));
        for (const p of cp.filter((q) => !joining || q.end <= similarCue.start || byAgent)) {
          const r = resolve(p, si);
          if (!r || r.kind !== 'state' || r.value === prev.claimant || r.value === prev.target || echoed.has(r.value)) continue;
          if (speaker && r.value === speaker.value) continue;
          echoed.add(r.value);
          emit(r, 'attributes', prev.target, 0.5, 'echo');
        }
      }

      // Reported speech about a hostile act pinned on a state: an attribution by the speaker.
      if (produced.length === before && speaker && clause.end > contentStart && !silent) {
        // A threat group named in the reported words is an act told of someone, like "hacked" or "espionage".
        const groupAnchors: Cue[] = groupsIn(input.groups, clause).filter((g) => g.start >= contentStart && g.end <= contentEnd).map((g) => ({ cat: 'hostile', start: g.start, end: g.end, text: g.name }));
        const hostile = [...cc.filter((c) => c.cat === 'hostile' && c.start >= contentStart && c.end <= contentEnd), ...groupAnchors].sort((a, b) => a.start - b.start);
        if (hostile.length) {
          const inContent = (p: Party) => p.start >= contentStart && p.end <= contentEnd && p !== speakerParty;
          // "the group MirrorFace, linked to China, ...": the state an actor is tied to is the accused.
          const sponsor = cp.find((p) => inContent(p) && linkedBefore(text, lex, p) && partyState(p) && partyState(p) !== speaker!.value);
          const t = sponsor ?? cp.find((p) => {
            if (!inContent(p)) return false;
            const v = p.kind === 'country' ? p.value : p.country;
            if (!v || v === speaker!.value || victimBefore(text, lex, p, clause.start)) return false;
            if (!hostile.some((h) => ix.count(Math.min(h.end, p.end), Math.max(h.start, p.start)) <= HOSTILE_REACH)) return false;
            // "operations against ports in Asia and Africa": a party after the victim marker is still the victim side.
            return !victimSideOfAct(text, lex, hostile, p);
          });
          // A group said to act, with no state named beside it: the state it is known to serve.
          const actors = groupsIn(input.groups, { start: contentStart, end: contentEnd });
          const target = (t ? partyState(t) : undefined) ?? actorState(text, lex.lang, actors, hostile, speaker.value);
          if (target) emit(speaker, 'attributes', target, t ? 0.6 : 0.5, 'reported');
        }
      }
    }

    for (const c of produced) {
      if (c.stance === 'accuses' || c.stance === 'attributes') {
        if (c.target) {
          adversary.set(c.claimant, c.target);
          if (c.claimant_kind === 'state') accuserOf.set(c.target, c.claimant);
          accusedCount.set(c.target, (accusedCount.get(c.target) ?? 0) + 1);
        }
        if (c.method !== 'echo') lastAttribution = c;
      }
    }
    // A joint statement: every co-signer makes the sentence's claims; "the partners" later on means them again.
    const members = joint.members;
    if (members.length) coalition = { members, at: si };
    const cosigners = members.length ? members : coalition && si - coalition.at <= SPEAKER_SPAN && matches(lex.jointRefs, s.text) ? coalition.members : [];
    if (cosigners.length && coalition) coalition.at = si;
    for (const c of [...produced]) {
      if (c.stance === 'denies' || c.stance === 'confirms' || c.method === 'echo') continue;
      for (const m of cosigners) {
        if (m.value === c.claimant || m.value === c.target) continue;
        if (produced.some((o) => o.claimant === m.value && o.stance === c.stance && o.target === c.target)) continue;
        const { speaker: _speaker, ...rest } = c;
        produced.push({ ...rest, claimant: m.value, claimant_kind: m.kind, confidence: Math.max(0.3, +(c.confidence - 0.1).toFixed(2)), method: 'echo' });
      }
    }
    const [first] = produced;
    if (!speaker && first) {
      lastSpeaker = { value: first.claimant, kind: first.claimant_kind };
      lastSpeakerAt = si;
    }
    claims.push(...produced);
    discourse.noteClaims(si, produced);
    discourse.noteSentence(si, groupsIn(input.groups, s).map((g) => g.name));
  });

  return { claims: dropLeads(text, lex.lang, fillWarningTargets(claims)), speakers };

  /** Who a transcript label names: a party inside it, a person of the text, or a known official. */
  function labelSpeaker(name: string, inLabel: Party[], si: number): Resolved | undefined {
    const person = input.people.find((p) => p.name === name || p.aliases.includes(name) || p.name.endsWith(` ${name}`));
    const known = knownPerson(person?.name ?? name);
    if (person) {
      speakers.add(person);
      const r = resolve({ start: 0, end: 0, kind: 'person', person }, si);
      if (r) return r;
      if (known) return { value: known.country, kind: 'state', person };
    }
    if (known) return { value: known.country, kind: 'state' };
    // A state, or a person speaking for one or for a body; an outlet asking a question is no speaker.
    for (const p of inLabel) {
      const r = p.kind === 'organization' && !p.country ? undefined : resolve(p, si);
      if (r) return r;
    }
    return undefined;
  }

  function lastPersonSeen(p: PersonCandidate): void {
    if (p.speaks_for || p.body) lastPerson = p;
  }
}

/** Words between a joint marker and the first co-signer ("together with agencies from the US"). */
const JOINT_REACH = 4;

/**
 * The co-signers a joint marker introduces: the party right after it and the parties listed with
 * that one ("gemeinsam mit Behörden aus den USA, den Niederlanden und Kanada").
 */
function coalitionIn(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence, resolveParty: (p: Party) => Resolved | undefined): { members: Resolved[]; parties: Party[] } {
  const out = { members: [] as Resolved[], parties: [] as Party[] };
  if (!lex.joint) return out;
  const ix = tokenIndex(text, lex.lang);
  const named = (p: Party) => p.kind === 'country' || p.kind === 'organization' || p.kind === 'person';
  lex.joint.lastIndex = 0;
  for (let m = lex.joint.exec(s.text); m; m = lex.joint.exec(s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const first = parties.find((p) => p.start >= end && named(p) && ix.count(end, p.start) <= JOINT_REACH && !/[.;:!?。；：]/u.test(text.slice(end, p.start)));
    if (!first) continue;
    const listed = [first, ...joinedParties(text, lex, parties, first, 1)];
    // "Canada, together with ...": the sentence's first party right before the marker heads the coalition.
    const head = parties.find((p) => named(p));
    const headed = head && head.end <= start && ix.count(head.end, start) <= 1 && !/[.;:!?。；：]/u.test(text.slice(head.end, start));
    for (const p of headed ? [head, ...listed] : listed) {
      const r = resolveParty(p);
      if (!r) continue;
      if (p !== head) out.parties.push(p);
      if (!out.members.some((o) => o.value === r.value)) out.members.push(r);
    }
  }
  return out;
}

/** Words of a header line (a byline: "Agency name | Press release | date") that may name the publisher. */
const BYLINE_WORDS = 14;

/**
 * The body that publishes the text, to whom its first-person plural refers when no one else
 * speaks: an organisation named on a short header line among the first lines after the title.
 */
function publisherOf(input: ClaimInput, known: Party[]): Resolved | undefined {
  const { text, lex } = input;
  const ix = tokenIndex(text, lex.lang);
  const lines = input.sentences.filter((s) => !s.title).slice(0, 2);
  for (const s of lines) {
    const lineEnd = text.indexOf('\n', s.start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (ix.count(s.start, end) > BYLINE_WORDS || !/[|·•—–]/u.test(text.slice(s.start, end))) continue;
    const p = known.find((q) => q.start >= s.start && q.end <= end && q.kind === 'organization');
    if (p?.value) return p.country ? { value: p.country, kind: 'state' } : { value: p.value, kind: 'organization' };
  }
  return undefined;
}

/**
 * A warning told before the accusation it backs ("the FBI warned employers ... The FBI accused
 * North Korea ..."): the warned party is whom the same claimant accuses anywhere in the text.
 */
function fillWarningTargets(claims: ClaimCandidate[]): ClaimCandidate[] {
  const accused = new Map<string, Map<string, number>>();
  for (const c of claims) {
    if ((c.stance !== 'accuses' && c.stance !== 'attributes') || !c.target) continue;
    const m = accused.get(c.claimant) ?? new Map<string, number>();
    m.set(c.target, (m.get(c.target) ?? 0) + 1);
    accused.set(c.claimant, m);
  }
  return claims.map((c) => {
    if (c.stance !== 'warns' || c.target) return c;
    const m = accused.get(c.claimant);
    if (!m) return c;
    const [top] = [...m.entries()].sort((a, b) => b[1] - a[1]);
    if (!top) return c;
    return { ...c, target: top[0], confidence: Math.max(0.3, +(c.confidence - 0.1).toFixed(2)) };
  });
}

/**
 * "Beijing pushed back. The foreign ministry said it had no knowledge of ...": a short lead and
 * its elaboration are one claim; the elaboration, which carries the substance, stays.
 */
function dropLeads(text: string, lang: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  const ix = tokenIndex(text, lang);
  return claims.filter((a, i) => {
    if (a.method !== 'cue' || ix.count(a.evidence.start, a.evidence.end) > LEAD_MAX) return true;
    const b = claims.slice(i + 1).find((c) => c.evidence.start >= a.evidence.end);
    return !(b && b.claimant === a.claimant && b.stance === a.stance && b.target === a.target && ix.count(a.evidence.end, b.evidence.start) <= LEAD_GAP);
  });
}

function sentenceParties(input: ClaimInput, s: Sentence, known: Party[]): Party[] {
  // A capitalised pronoun opening a sentence ("Nous", "Wir") is no organisation.
  const pronoun = (p: Party) => p.kind === 'organization' && !p.country && [input.lex.selfRefs, input.lex.personPronouns].some((re) => whole(re, input.text.slice(p.start, p.end)));
  const inS = known.filter((p) => p.start >= s.start && p.end <= s.end && !pronoun(p));
  const out: Party[] = [...inS];
  const free = (a: number, b: number) => !inS.some((p) => a < p.end && p.start < b);
  const add = (re: RegExp | null, kind: PartyKind) => {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      if (kind === 'pronoun' && input.lang === 'zh' && /[国们]/u.test(input.text[end] ?? '')) continue;
      if (kind === 'pronoun' && input.lang === 'zh' && input.text[start - 1] === '其') continue;
      // "ông Vương Lỗi": the honorific belongs to the name that follows.
      if (kind === 'pronoun' && inS.some((p) => p.kind === 'person' && p.start >= end && p.start - end <= 2)) continue;
      // "外交部发言人", "the Kremlin spokesman": the role belongs to the party right before it.
      if (kind === 'backref' && inS.some((p) => p.kind !== 'person' && p.end <= start && start - p.end <= 3 && !/[,.;:，。；：、]/u.test(input.text.slice(p.end, start)))) continue;
      out.push({ start, end, kind });
    }
  };
  add(input.lex.personPronouns, 'pronoun');
  add(input.lex.backRefs, 'backref');
  add(input.lex.selfRefs, 'self');
  add(input.lex.jointRefs, 'backref');
  return out.sort((a, b) => a.start - b.start);
}

function findCues(lex: CompiledLexicon, s: Sentence): Cue[] {
  const out: Cue[] = [];
  const cats: Cue['cat'][] = ['say', 'sourceBefore', 'accuse', 'claimsOwn', 'blame', 'accuseNoun', 'deny', 'denyQualifier', 'warn', 'callFor', 'confirm', 'hostile', 'similar', 'modal'];
  for (const cat of cats) {
    const re = lex[cat];
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (!m[0]) { re.lastIndex++; continue; }
      out.push({ cat, start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words a negator may stand before the verb it negates ("has not yet officially confirmed"). */
const NEGATION_REACH = 3;

/** A negator within a few words before the cue, in the same clause. */
function negated(text: string, lex: CompiledLexicon, cue: Span): boolean {
  const re = lex.negation;
  if (!re) return false;
  const ix = tokenIndex(text, lex.lang);
  const from = ix.before(cue.start, NEGATION_REACH + 1);
  const before = text.slice(from, cue.start);
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const at = from + m.index + m[0].length;
    if (!/[,;:.!?，。；：]/u.test(text.slice(at, cue.start)) && ix.count(at, cue.start) <= NEGATION_REACH) return true;
  }
  return false;
}

/** Does the pattern match the whole string? */
function whole(re: RegExp | null | undefined, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  const m = re.exec(s);
  return !!m && m.index === 0 && m[0].length === s.length;
}

function matches(re: RegExp | null | undefined, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(s);
}

function followedByModal(text: string, lang: string, cues: Cue[], p: Span): boolean {
  const ix = tokenIndex(text, lang);
  return cues.some((c) => c.cat === 'modal' && c.start >= p.end && ix.count(p.end, c.start) <= MODAL_REACH);
}

function startsWith(re: RegExp | null, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  const m = re.exec(s);
  return !!m && m.index <= 2;
}

/**
 * Speaker of a speech verb: an inverted pronoun/name right after it, else the nearest party before
 * it; an impersonal passive ("X was assessed to be ...", "được cho là") has none.
 */
function speakerOfSay(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence, c: Cue): Party | undefined {
  if (passive(text, lex, c)) return undefined;
  const inner = /-t-(il|elle)\b/u.exec(c.text);
  if (inner) return { start: c.start, end: c.end, kind: 'pronoun' };
  // "sagte sie", "said Wray", "kündigte sie an" (the pronoun may sit inside the cue).
  const after = parties.find((p) => p.start > c.start && p.start - c.end <= 3 && (p.kind === 'pronoun' || p.kind === 'person'));
  if (after) return after;
  // "..., dijo el Gobierno de Suecia.", "..., a déclaré le ministère russe": a trailing verb with its speaker after it.
  const inverted = trailingInverted(text, lex, parties, s, c);
  if (inverted) return inverted;
  const ix = tokenIndex(text, lex.lang);
  const before = parties.filter((p) => p.end <= c.start && ix.count(p.end, c.start) <= SAY_REACH && !/[.;:!?。；：]/u.test(text.slice(p.end, c.start)));
  for (const p of before.toReversed()) {
    if (victimBefore(text, lex, p, s.start) || locatedIn(text, lex, parties, p) || modifierOfOther(text, lex, p)) continue;
    return p;
  }
  return undefined;
}

/** Words between a trailing speech verb and its speaker ("dijo el Gobierno de Suecia"). */
const INVERTED_REACH = 5;
/** Words that may follow such a speaker before the sentence ends ("on Friday"). */
const TRAILING_WORDS = 3;

/** A speech verb right after a comma whose speaker follows it and closes the sentence (a few words may trail: "on Friday"). */
function trailingInverted(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence, c: Cue): Party | undefined {
  if (!/[,，]\s*$/u.test(text.slice(s.start, c.start))) return undefined;
  const p = parties.find((q) => q.start >= c.end && q.kind !== 'pronoun' && q.kind !== 'backref' && q.kind !== 'self');
  if (!p || tokenIndex(text, lex.lang).count(c.end, p.start) > INVERTED_REACH || tokenIndex(text, lex.lang).count(p.end, s.end) > TRAILING_WORDS) return undefined;
  // "A spokesman, Wei Tao, said ...": a name set off by commas before the verb is an apposition, the speaker.
  const comma = text.lastIndexOf(',', c.start);
  if (parties.some((q) => q.end <= comma && tokenIndex(text, lex.lang).count(q.end, comma) === 0)) return undefined;
  return /[,;:，；：]/u.test(text.slice(c.end, p.start)) ? undefined : p;
}

/** "..., US officials said on Friday.": the speaker and verb close the sentence after a comma. */
function trailingAttribution(text: string, lang: string, s: Sentence, sp: Span, c: Span): boolean {
  // Languages that write spaces only: a Chinese comma opens the next clause, not an attribution.
  const before = text.slice(s.start, sp.start);
  if (!/,\s+(?:\p{L}+\s+){0,3}$/u.test(before)) return false;
  const after = text.slice(c.end, s.end);
  return tokenIndex(text, lang).count(c.end, s.end) <= TRAILING_WORDS + 2 && !/[,;:，；：]/u.test(after);
}

/** Source after a marker: "according to X", "theo bà", "据X"; a pronoun inside the marker ("по его словам") counts. */
function speakerAfter(text: string, lex: CompiledLexicon, parties: Party[], c: Cue): Party | undefined {
  if (matches(lex.personPronouns, c.text) || matches(lex.backRefs, c.text)) return { start: c.start, end: c.end, kind: 'pronoun' };
  const ix = tokenIndex(text, lex.lang);
  return parties.find((p) => p.start >= c.end && ix.count(c.end, p.start) <= SOURCE_REACH);
}

function nearestBefore(text: string, lex: CompiledLexicon, parties: Party[], pos: number, from: number): Party | undefined {
  for (const p of parties.toReversed()) {
    if (p.end > pos || p.start < from) continue;
    if (victimBefore(text, lex, p, from, pos) || locatedIn(text, lex, parties, p) || modifierOfOther(text, lex, p)) continue;
    return p;
  }
  return undefined;
}

/**
 * A passive form: "diplomats had been warned", "was assessed", "được cảnh báo", "被警告". Someone
 * else warned them, someone unnamed assessed: the subject does not speak. A progressive ("has been
 * warning") is no passive.
 */
function passive(text: string, lex: CompiledLexicon, c: Cue): boolean {
  if (!lex.passive || matches(lex.progressive, c.text)) return false;
  const before = text.slice(tokenIndex(text, lex.lang).before(c.start, 3), c.start);
  lex.passive.lastIndex = 0;
  for (let m = lex.passive.exec(before); m; m = lex.passive.exec(before)) {
    if (/^\s*(?:\p{L}+\s+)?$/u.test(before.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** "China-linked campaign", "Kremlin-backed hackers": the state qualifies someone else, it does not speak. */
function modifierOfOther(text: string, lex: CompiledLexicon, p: Span): boolean {
  if (!lex.modifierSuffix || !/^[-‐‑]/u.test(text.slice(p.end, p.end + 1))) return false;
  return startsWith(lex.modifierSuffix, text.slice(p.end + 1, tokenIndex(text, lex.lang).after(p.end, 1)));
}

/**
 * "the Chinese embassy in Canberra", "Посольство России в США", "中国驻英国使馆": the second state is
 * where the body sits, not who speaks (only when another party heads the phrase).
 */
function locatedIn(text: string, lex: CompiledLexicon, parties: Party[], p: Party): boolean {
  const re = lex.locative;
  if (!re) return false;
  const ix = tokenIndex(text, lex.lang);
  const before = text.slice(ix.before(p.start, 3), p.start);
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    if (!/^\s*(?:the\s+)?$/u.test(before.slice(m.index + m[0].length))) continue;
    const at = p.start - before.length + m.index;
    return parties.some((q) => q !== p && q.kind !== 'pronoun' && q.end <= at && ix.count(q.end, at) <= 4 && !/[,.;:!?，。；：]/u.test(text.slice(q.end, at)));
  }
  return false;
}

/**
 * The parties joined to one by "and", commas or their equivalents, walking back ("Britain and the
 * United States blamed": the co-claimants) or forward ("accused Israel and the United States": the
 * co-accused), in text order.
 */
function joinedParties(text: string, lex: CompiledLexicon, parties: Party[], p: Party, direction: -1 | 1): Party[] {
  const out: Party[] = [];
  let cur = p;
  for (let i = parties.indexOf(p) + direction; i >= 0 && i < parties.length; i += direction) {
    const q = parties[i]!; // i is bounds-checked by the loop
    const [left, right] = direction < 0 ? [q, cur] : [cur, q];
    if (left.end > right.start) continue;
    if (!joins(text, lex, left.end, right.start)) break;
    if (direction < 0) out.unshift(q);
    else out.push(q);
    cur = q;
  }
  return out;
}

/**
 * An object told before its verb: no party follows the cue in the clause, and the nearest party
 * before it is not joined to the first party of the clause, which heads the subject.
 */
function objectBeforeCue(text: string, lex: CompiledLexicon, parties: Party[], nearest: Party, cue: Span, clause: Span): { subject: Party; object: Party } | undefined {
  const v = partyValue(nearest);
  if (!v || parties.some((p) => p.start >= cue.end && p.end <= clause.end && partyValue(p) && partyValue(p) !== v)) return undefined;
  const first = parties.find((p) => p.start >= clause.start && p.end <= nearest.start && partyValue(p) && !victimBefore(text, lex, p, clause.start) && !modifierOfOther(text, lex, p));
  if (!first || partyValue(first) === v) return undefined;
  const group = [first, ...joinedParties(text, lex, parties, first, 1)];
  if (group.includes(nearest)) return undefined;
  return { subject: group[group.length - 1]!, object: nearest };
}

function partyValue(p: Party): string | undefined {
  return partyState(p) ?? (p.kind === 'organization' ? p.value : undefined);
}

function joins(text: string, lex: CompiledLexicon, a: number, b: number): boolean {
  const gap = text.slice(a, b);
  if (tokenIndex(text, lex.lang).count(a, b) > 4 || /[;:.!?，。；：]/u.test(gap)) return false;
  const re = lex.coordinators;
  let rest = gap;
  let joined = /[,、]/u.test(gap);
  if (re) {
    re.lastIndex = 0;
    rest = gap.replace(re, (w) => {
      if (!whole(lex.articles, w.trim())) joined = true;
      return ' ';
    });
  }
  return joined && /^[\s,、]*$/u.test(rest);
}

/** Words between a group and the hostile act told of it. */
const ACTOR_REACH = 12;

/**
 * The state one group said to act is known to serve: a single group, with one known state, close
 * to the act told of it.
 */
function actorState(text: string, lang: string, actors: GroupMention[], hostile: Cue[], speaker: string): string | undefined {
  const names = new Set(actors.map((g) => g.name));
  if (names.size !== 1) return undefined;
  const g = actors[0]!;
  if (g.countries.length !== 1 || g.countries[0] === speaker) return undefined;
  const near = hostile.some((h) => tokenIndex(text, lang).count(Math.min(h.end, g.end), Math.max(h.start, g.start)) <= ACTOR_REACH);
  return near ? g.countries[0] : undefined;
}

/** "linked to China", "có liên hệ với Trung Quốc", "связанная с Россией": the party sponsors an actor. */
function linkedBefore(text: string, lex: CompiledLexicon, p: Span): boolean {
  const re = lex.linkedTo;
  if (!re) return false;
  const before = text.slice(tokenIndex(text, lex.lang).before(p.start, 5), p.start);
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    if (/^\s*(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+|die\s+|der\s+|den\s+|dem\s+)?$/iu.test(before.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Is the party the object of "against/on/nhằm vào/针对/против" (a victim or recipient) or a possessor ("của Mỹ")? */
function victimBefore(text: string, lex: CompiledLexicon, p: Span, from: number, pos?: number): boolean {
  if (linkedBefore(text, lex, p)) return false;
  const ix = tokenIndex(text, lex.lang);
  const before = text.slice(Math.max(from, ix.before(p.start, 4)), p.start);
  for (const re of [lex.victim, lex.possessive]) {
    if (!re) continue;
    // "the security chief of T-Mobile acknowledged": a possessor right before the verb is the body speaking.
    if (re === lex.possessive && pos !== undefined && ix.count(p.end, pos) <= 1) continue;
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      const gap = before.slice(m.index + m[0].length);
      if (/^\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*|các\s+|những\s+)?$/iu.test(gap)) return true;
    }
  }
  return false;
}

/** "the attack on a NATO ally", "nhằm vào một đồng minh NATO": a victim marker right before the party, after the cue. */
function victimMarked(text: string, lex: CompiledLexicon, p: Span, from: number): boolean {
  if (!lex.victim || p.start < from) return false;
  const before = text.slice(Math.max(from, tokenIndex(text, lex.lang).before(p.start, 4)), p.start);
  lex.victim.lastIndex = 0;
  for (let m = lex.victim.exec(before); m; m = lex.victim.exec(before)) {
    if (/^\s*(?:the\s+|an?\s+|một\s+|các\s+|la\s+|le\s+|les\s+|l['’]\s*|\p{Ll}+\s+)?$/u.test(before.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** A victim marker between the hostile act and the party, in the same phrase, makes the party a victim. */
function victimSideOfAct(text: string, lex: CompiledLexicon, hostile: Cue[], p: Span): boolean {
  const act = hostile.filter((h) => h.end <= p.start).pop();
  if (!act || !lex.victim) return false;
  const between = text.slice(act.end, p.start);
  if (tokenIndex(text, lex.lang).count(act.end, p.start) > 10) return false;
  lex.victim.lastIndex = 0;
  for (let m = lex.victim.exec(between); m; m = lex.victim.exec(between)) {
    if (!/[,;，；]/u.test(between.slice(m.index))) return true;
  }
  return false;
}

function partyState(p: Party): string | undefined {
  if (p.kind === 'country') return p.value;
  if (p.kind === 'organization') return p.country;
  if (p.kind === 'person') return p.person?.speaks_for;
  return undefined;
}

function firstOther(lex: CompiledLexicon, parties: Party[], claimant: string, from: number): string | undefined {
  for (const p of parties) {
    if (p.start < from || p.victim || !plausibleParty(lex, p)) continue;
    const v = partyState(p) ?? (p.kind === 'organization' ? p.value : undefined);
    if (v && v !== claimant) return v;
  }
  return undefined;
}

/** "the ministry's agents, whom it blames": the accused precedes the relative pronoun. */
function relativeAntecedent(text: string, lex: CompiledLexicon, parties: Party[], cue: Cue, claimant: string): string | undefined {
  const window = text.slice(tokenIndex(text, lex.lang).before(cue.start, 3), cue.start);
  if (!matches(lex.relativePronouns, window)) return undefined;
  for (const p of parties.toReversed()) {
    if (p.end > cue.start) continue;
    const v = partyState(p);
    if (v && v !== claimant) return v;
  }
  return undefined;
}

/** An unlinked capitalised word is a weak party: "État" (l'État chinois) or "1er" (1er décembre) is none. */
function plausibleParty(lex: CompiledLexicon, p: Party): boolean {
  if (p.kind !== 'organization' || p.country || !p.value) return true;
  return !/^\d/u.test(p.value) && !whole(lex.stateWords, p.value);
}

function mostAccused(counts: Map<string, number>, not: string): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, v] of counts) if (k !== not && v > n) { best = k; n = v; }
  return best;
}

function lastPersonBefore(people: Party[], pos: number): PersonCandidate | undefined {
  let best: Party | undefined;
  for (const p of people) if (p.end <= pos && (!best || p.end > best.end) && (p.person?.speaks_for || p.person?.body)) best = p;
  return best?.person;
}


function groupsIn(groups: GroupMention[], span: Span): GroupMention[] {
  return groups.filter((g) => g.start >= span.start && g.end <= span.end);
}

/** Clauses split at colons and semicolons (a reported quote after "...:" is its own clause). */
function clauses(text: string, s: Sentence): Span[] {
  const out: Span[] = [];
  let start = s.start;
  const re = /[:;：；](?=\s|["“«„「]|$)/gu;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const end = s.start + m.index;
    if (end > start) out.push({ start, end });
    start = end + 1;
  }
  if (start < s.end) out.push({ start, end: s.end });
  return out.filter((c) => text.slice(c.start, c.end).trim().length > 0);
}

/**
 * The clause, trimmed; when it opens a quotation that runs on into later sentences of the same
 * paragraph, the passage runs to the closing mark (the quoted statement is one claim).
 */
function evidence(text: string, lang: string, span: Span): ClaimCandidate['evidence'] {
  let { start, end } = span;
  const open = /[“«「„]/u.exec(text.slice(start, end));
  if (open) {
    const opener = open[0];
    const closer = opener === '«' ? '»' : opener === '「' ? '」' : '”';
    const from = start + open.index + 1;
    if (!text.slice(from, end).includes(closer)) {
      const close = text.indexOf(closer, end);
      const nl = text.indexOf('\n', end);
      if (close > 0 && (nl < 0 || close < nl) && tokenIndex(text, lang).count(end, close) <= QUOTE_REACH) end = close + 1;
    }
  }
  while (start < end && /[\s,，、"“”«»„]/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return { text: text.slice(start, end), start, end };
}
