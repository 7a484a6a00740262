/**
 * The state one article's claim rules share: its text, language profile and word index, the
 * discourse (speaker, operation under discussion, accusations told), the people heard speaking,
 * how a party resolves to a claimant, and how a rule emits a claim for a clause.
 */
import { PARTY_NAMES } from '../lexicons/political-parties.ts';
import { questionAsker } from './asker.ts';
import { Discourse } from '../discourse.ts';
import { tokenIndex, type TokenIndex } from '../tokens.ts';
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { PartyMention, PersonCandidate } from '../people.ts';
import type { ClaimCandidate, Span, Stance } from '../types.ts';
import type { ClaimInput, ClauseFrame, Party, Resolved } from './frame.ts';
import { lastPersonBefore, plausibleParty } from './parties.ts';
import { withinRelativeClause } from './relative-clause.ts';
import { evidence, matches, startsWith, whole } from './text.ts';
import { embassyState, kindNounBody, ownKindNoun } from './kind-noun-ref.ts';
import { headerPublisher, opensInFirstPerson, publisherOf, titlePublisher } from './publisher.ts';
import { coordinatedHost, quotedHost, selfHost } from './self-host.ts';
import { intervieweeOf } from './interviewee.ts';
import { relativeSubject } from './relative-subject.ts';
import { companyAntecedent } from './company-ref.ts';
import { outletAntecedent } from './outlet-ref.ts';
import { reportAuthor } from './report-author.ts';
import { authoritiesState, investigatingState } from './investigating-body.ts';
import { stateBodyState } from './state-body.ts';
import { latterAntecedent } from './latter-ref.ts';
import { subjectPersonBefore } from './pronoun-antecedent.ts';
import { seatBody } from './body-seat.ts';

export class ClaimContext {
  readonly text: string;
  readonly lex: CompiledLexicon;
  readonly ix: TokenIndex;
  readonly discourse = new Discourse();
  /** People who speak or claim somewhere in the text. */
  readonly speakers = new Set<PersonCandidate>();
  /** Mentions of people, as parties. */
  readonly personParties: Party[];
  /** Mentions of people a subject pronoun may refer back to (computed on first use). */
  private antecedents: Party[] | undefined;
  /** Every named party of the text (countries, organisations, people), in text order. */
  readonly known: Party[];
  /** Claims whose claimant does not speak the sentence ("an incident confirmed by X"): they set no speaker. */
  readonly untold = new WeakSet<ClaimCandidate>();
  /** Accusations retold by the accused after the accuser made them (see `emit`): no claims of their own. */
  readonly retold = new WeakSet<ClaimCandidate>();
  /** Claims of the publisher's own voice in a sentence no one speaks (impersonal-voice.ts `statementVoice`): kept only when nothing else makes them. */
  readonly voiced = new WeakSet<ClaimCandidate>();
  /** The body that publishes the text (for "we" when no one else speaks). */
  readonly publisher: Resolved | undefined;
  /** The body a title or a header line names as the text's author (owner of an unowned team or report). */
  readonly headerPublisher: Resolved | undefined;
  /** The state body a title names as the text's author (publisher.ts `titlePublisher`): a statement's, or a title's head. */
  readonly titlePublisher: Resolved | undefined;
  /** The body's first sentence speaks in the first person plural: the text is its author's own voice (a vendor's post, a statement). */
  readonly ownVoice: boolean;

  constructor(readonly input: ClaimInput) {
    this.text = input.text;
    this.lex = input.lex;
    this.ix = tokenIndex(input.text, input.lex.lang);
    // Object.assign, not `{ ...m, kind, person }`: V8 builds a spread with new fields far slower.
    // A person named inside a headed organisation's name ("la campaña de X") does not act there: the organisation does.
    const headed = input.parties.filter((p) => p.headed);
    const inHeaded = (m: Span) => headed.some((h) => h.start <= m.start && m.end <= h.end);
    this.personParties = input.people.flatMap((p) => p.mentions.filter((m) => !inHeaded(m)).map((m) => Object.assign({}, m, { kind: 'person' as const, person: p })));
    this.known = [...input.parties.map((p) => ({ ...p, kind: p.kind === 'group' ? ('organization' as const) : p.kind })), ...this.personParties]
      .filter((p) => (p as PartyMention).kind !== 'group')
      .sort((a, b) => a.start - b.start);
    this.publisher = publisherOf(input, this.known);
    this.headerPublisher = headerPublisher(input, this.known);
    this.titlePublisher = titlePublisher(input, this.known);
    this.ownVoice = opensInFirstPerson(input);
  }

  /** The states envoys' role phrases name as their posting (people.ts `postings`), computed on first use. */
  private postings: Span[] | undefined;

  /** Is `p` the state an envoy's role phrase names as their posting ("in X", "驻X")? */
  private postedAt(p: Span): boolean {
    this.postings ??= this.input.people.flatMap((q) => q.postings ?? []);
    return this.postings.some((q) => q.start === p.start && q.end === p.end);
  }

  /** The claimant a party stands for in sentence `si`: pronouns and role words through the discourse. */
  resolve(p: Party | undefined, si: number): Resolved | undefined {
    if (!p) return undefined;
    switch (p.kind) {
      case 'country':
        // "the Russian ambassador in Berlin, X, said": the state an envoy is posted to is a place, not who speaks.
        if (this.postedAt(p)) return undefined;
        // "Brussels said", "Брюссель заявил": a body's seat speaking is the body (body-seat.ts).
        return seatBody(this.text.slice(p.start, p.end)) ?? { value: p.value!, kind: 'state' };
      case 'organization':
        if (p.country) return { value: p.country, kind: 'state' };
        // "les États membres", "Over 130 countries": a state word or a number is no organisation.
        return plausibleParty(this.lex, p) ? { value: p.value!, kind: 'organization' } : undefined;
      case 'person': {
        const person = p.person!;
        if (person.speaks_for) return { value: person.speaks_for, kind: 'state', person };
        // "MINISTRO DEL INTERIOR (X):", "Deputy Director X": a role phrase taken for the body is no body.
        if (person.body && !startsWith(this.lex.roles, person.body)) return { value: person.body, kind: 'organization', person };
        return undefined;
      }
      case 'pronoun': {
        // "X tracks Y, which it describes as ...": the subject opening the sentence.
        const subject = relativeSubject(this, p);
        if (subject) return this.resolve(subject, si);
        // A person named inside a relative clause ("the group, which opposes X, ...") is no antecedent.
        this.antecedents ??= this.personParties.filter((q) => !withinRelativeClause(this.text, this.lex.lang, this.input.sentences, q));
        // A person opening the sentence before as its subject comes before whoever spoke earlier (pronoun-antecedent.ts).
        const person = subjectPersonBefore(this.antecedents, this.input.sentences, this.ix, p) ?? this.discourse.lastPerson ?? lastPersonBefore(this.antecedents, p.start);
        if (person) return this.resolve({ start: p.start, end: p.end, kind: 'person', person }, si);
        return this.discourse.currentSpeaker(si);
      }
      case 'backref': {
        if (p.company === 'titles' || p.company === 'unnamed') return undefined;
        // "die Fragesteller", "J'invite le gouvernement à ...": the party that asks the question (asker.ts).
        if (p.company === 'asker') return questionAsker(this.input, this.known)?.party;
        // "... praised Latvia's cyber agency X. The agency warned ...", "该机构警告": the body named just before (kind-noun-ref.ts).
        if (!p.company || p.company === 'body') {
          const body = kindNounBody(this, p);
          const r = body ? this.resolve(body, si) : undefined;
          if (r) return r;
        }
        // "Federal prosecutors", "le parquet", "警方": the state the text is about (investigating-body.ts).
        if (p.company === 'officials') return investigatingState(this, si, p);
        // "the authorities", "die Behörden", "власти": the state whose bodies speak in the text (investigating-body.ts).
        if (p.company === 'authorities') return authoritiesState(this, si, p);
        // "the defence ministry", "Министерство", "國防部": a state body with no state beside it (state-body.ts).
        if (p.company === 'body') return stateBodyState(this, si, p);
        // "The Embassy firmly rejects ...", "Посольство отвергает ...", "使馆坚决反对": the publishing state body, else the embassy named last (kind-noun-ref.ts).
        if (p.company === 'embassy') return embassyState(this, p);
        // "añadió el legislador": the last person named before as a party's member.
        if (p.company === 'member') {
          const m = this.personParties.filter((q) => q.end <= p.start && !!q.person?.body && PARTY_NAMES.has(q.person.body)).at(-1);
          return m ? this.resolve(m, si) : undefined;
        }
        // "the researchers", "技术团队": the organisation named last, else nobody (unnamed researchers speak for no one).
        // "the report said": whoever published it (report-author.ts), else the body named last.
        // Neither named before: the body that publishes the text (a CERT's own report: "技术团队认定").
        if (p.company === 'report') {
          const author = reportAuthor(this.lex, this.text, this.known, this.input.sentences, p) ?? companyAntecedent(this.lex, this.known, this.input.sentences, p, { stateBodies: true });
          return author ? this.resolve(author, si) : this.headerPublisher;
        }
        // "the newspaper", "le quotidien", "该报": the news outlet named before, else nobody.
        // "ce dernier", "Letzterer", "este último": the party named last before it, else nobody (latter-ref.ts).
        if (p.company === 'latter') {
          const last = latterAntecedent(this.known, this.input.sentences, p);
          return last ? this.resolve(last, si) : undefined;
        }
        if (p.company === 'outlet') {
          const outlet = outletAntecedent(this.lex, this.text, this.known, this.input.sentences, p);
          return outlet ? this.resolve(outlet, si) : undefined;
        }
        if (p.company === 'staff') {
          const owner = companyAntecedent(this.lex, this.known, this.input.sentences, p, { stateBodies: true, text: this.text });
          return owner ? this.resolve(owner, si) : this.headerPublisher;
        }
        const subject = p.company ? undefined : relativeSubject(this, p);
        if (subject) return this.resolve(subject, si);
        const company = p.company ? companyAntecedent(this.lex, this.known, this.input.sentences, p, { groups: this.input.groups, text: this.text }) : undefined;
        if (company) return this.resolve(company, si);
        // "..., teilte das Unternehmen mit" with no company named within reach: the speaker before, unless that is a
        // threat group (a company noun never means one).
        if (p.company) {
          const current = this.discourse.currentSpeaker(si);
          if (current && this.input.groups.some((g) => g.name === current.value)) return undefined;
        }
        // "the government", "le gouvernement", "die Regierung": a state's government, never a company speaking before;
        // with no state speaking, the one state the text has named so far.
        if (whole(this.lex.governmentNouns, this.text.slice(p.start, p.end))) {
          const current = this.discourse.currentSpeaker(si);
          return current?.kind === 'state' ? current : this.soleStateBefore(p.start);
        }
        // "the ministry", "le ministère": a state's organ; in a state body's own statement the publisher speaking of itself
        // (kind-noun-ref.ts); else with no state speaking, the one state named so far.
        if (matches(this.lex.organNouns, this.text.slice(p.start, p.end))) {
          const own = ownKindNoun(this, p);
          if (own) return own;
          const current = this.discourse.currentSpeaker(si);
          return current?.kind === 'state' ? current : this.soleStateBefore(p.start) ?? current;
        }
        // "the authoring agencies", "die beteiligten Behörden": the co-signers of the last joint act, however far back
        // (the first speaks, the others co-sign: coalition.ts).
        // A party that took the word after the joint act was told and signs none of it ("Ces groupes, que Pékin
        // désigne ...") is not whom the reference names: the co-signers are.
        const current = this.discourse.currentSpeaker(si);
        if (!whole(this.lex.jointRefs, this.text.slice(p.start, p.end))) return current;
        const coalition = this.discourse.lastCoalition();
        if (current && coalition && this.discourse.spokeSinceCoalition() && !coalition.some((m) => m.value === current.value)) return coalition[0];
        return current ?? coalition?.[0];
      }
      // "we assess", "wir bewerten", "nous estimons": the speaker of this sentence, else the body that
      // publishes the text (whoever spoke before), else the current speaker.
      // "X rejected this: «We never ...»": the party introducing the quotation, before the publisher.
      // "At X, we assess": the body named right before the "we" first; "X has analysed ..., and we attribute": the
      // body whose clause the "we" is joined to.
      case 'self': {
        const host = selfHost(this, p) ?? coordinatedHost(this, p);
        if (host) return this.resolve(host, si);
        // An interview's "we" answering a question: the interviewee's side, whoever the answer named (interviewee.ts).
        const answering = inQuotation(this.text, this.input.sentences[si], p.start) ? undefined : intervieweeOf(this, p);
        if (answering) return this.resolve(answering, si);
        const speaker = this.discourse.speakerOf(si);
        if (speaker) return speaker;
        // "X rejected this: «We never ...»": the party introducing the quotation.
        const quoting = quotedHost(this, p);
        const r = quoting ? this.resolve(quoting, si) : undefined;
        // In a text in its author's own voice, a "we" outside quotation marks is that author even when the text does not
        // name it, never a party the discourse last heard (a victim state "saying" something in the sentence before).
        if (!r && !this.publisher && this.ownVoice && !inQuotation(this.text, this.input.sentences[si], p.start)) return undefined;
        return r ?? this.publisher ?? this.discourse.currentSpeaker(si);
      }
    }
  }

  /** The one state the text names (as a country, or as an organ's state) before `at`, if only one. */
  private soleStateBefore(at: number): Resolved | undefined {
    const states = new Set<string>();
    for (const q of this.known) {
      if (q.start >= at) break;
      const v = q.kind === 'country' ? q.value : q.kind === 'organization' ? q.country : undefined;
      if (v) states.add(v);
    }
    return states.size === 1 ? { value: [...states][0]!, kind: 'state' } : undefined;
  }

  /** Does the accused speak in this sentence: its speaker, or a "we"/"us" in it that stands for the accused? */
  private accusedSpeaks(f: ClauseFrame, target: string): boolean {
    return f.speaker?.value === target || f.parties.some((p) => p.kind === 'self' && this.resolve(p, f.si)?.value === target);
  }

  /** A person seen acting for a state or a body becomes whom "he"/"she" refers to. */
  notePerson(p: PersonCandidate): void {
    if (p.speaks_for || p.body) this.discourse.lastPerson = p;
  }

  /**
   * A claim of the clause: one per claimant, stance and target in a sentence; about the clause's
   * threat groups, else what the discourse says it answers.
   */
  emit(f: ClauseFrame, claimant: Resolved, stance: Stance, target: string | undefined, confidence: number, method: ClaimCandidate['method'], person?: PersonCandidate): ClaimCandidate | undefined {
    if (!claimant || (stance !== 'denies' && stance !== 'confirms' && target === claimant.value)) return undefined;
    if (f.produced.some((c) => c.claimant === claimant.value && c.stance === stance && c.target === target)) return undefined;
    const { text, lex } = this;
    const ev = evidence(text, lex.lang, f.evidenceSpan);
    let aboutNames = f.about.map((g) => g.name).filter((n, i, a) => a.indexOf(n) === i);
    if (!aboutNames.length) {
      const clauseText = text.slice(f.clause.start, f.clause.end);
      aboutNames = this.discourse.aboutFor(stance, claimant.value, matches(lex.anaphora, clauseText) || matches(lex.accuseNoun, clauseText), f.si, target);
    }
    // The named official behind a state's claim, when this sentence's speaker speaks for it.
    person ??= claimant.person ?? (f.speaker?.value === claimant.value ? f.speaker.person : undefined);
    const claim: ClaimCandidate = {
      claimant: claimant.value,
      claimant_kind: claimant.kind,
      stance,
      ...(target ? { target } : {}),
      about: aboutNames,
      evidence: ev,
      confidence: Math.min(0.95, +(confidence + (f.about.length ? 0.05 : 0)).toFixed(2)),
      ...(person ? { speaker: person.name } : {}),
      method,
    };
    f.produced.push(claim);
    // An accusation retold while the accused speaks (its rebuttal names what it rejects) is the
    // accuser's accusation already told, when the text told it before about the same operations: the
    // clause keeps it (no other rule reads the clause anew), the article's claims leave it out.
    if ((stance === 'accuses' || stance === 'attributes') && target && this.accusedSpeaks(f, target) && this.discourse.toldAccusing(claimant.value, target, aboutNames)) this.retold.add(claim);
    if (claimant.person) this.speakers.add(claimant.person);
    return claim;
  }
}

/** Opening and closing quotation marks; a straight double quote closes what is open, else opens. */
const OPEN_MARKS = '«“„「『';
const CLOSE_MARKS = '»”」』';

/** Is `at` inside a quotation: one opened before it in its sentence, or before the sentence and not closed before `at`? */
function inQuotation(text: string, s: { start: number; inQuote: boolean } | undefined, at: number): boolean {
  if (!s) return false;
  let depth = s.inQuote ? 1 : 0;
  let inner = s.inQuote ? '"' : '';
  for (let i = s.start; i < at; i++) {
    const c = text[i]!;
    if (CLOSE_MARKS.includes(c) || (c === '"' && depth > 0) || (c === '“' && inner === '„')) depth = Math.max(0, depth - 1);
    else if (OPEN_MARKS.includes(c) || c === '"') { depth++; inner = c; }
  }
  return depth > 0;
}
