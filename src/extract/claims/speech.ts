/**
 * The speech frame of a sentence: who speaks and which words are theirs. A speech verb with its
 * speaker before it ("X said ..."), inverted after it ("..., said X", "sagte sie"), or closing the
 * sentence after the reported clause ("..., US officials said on Friday"); a source marker before
 * the source ("according to X", "theo X", "据X"); a transcript label; else, for a sentence that
 * only continues (an open quotation, "He added", Konjunktiv I), the speaker of the discourse. An
 * impersonal passive ("X was assessed to be ...", "được cho là", "被认为") names no speaker.
 */
import { premodifiedHead } from './state-premodifier.ts';
import { questionFrom } from './supposed.ts';
import { opensWithAccusation } from './verb-first.ts';
import { opensWithSpeech } from './pro-drop.ts';
import { previousSpeaker, sentenceBefore } from './continued-speaker.ts';
import { tokenIndex } from '../tokens.ts';
import { speakerLabel, type SpeakerLabel } from '../transcript.ts';
import { turnLetterOf } from '../turn-letters.ts';
import { briefingHost, namedAnswererHost, turnLabel } from './briefing.ts';
import { citedFinder } from './cited.ts';
import { findingMarker, findingOwner } from './finding-owner.ts';
import { appositionHead } from './apposition.ts';
import { relayedSpeaker } from './relayed-speaker.ts';
import { coordinatedSpeaker } from './coordinated-speaker.ts';
import { knownPerson } from '../../knowledge/index.ts';
import { personActsFor } from '../lexicons/entity/person-acts.ts';
import { markedAsObject } from '../people-acting.ts';
import type { PersonCandidate } from '../people.ts';
import { execAfter, execAt, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Span } from '../types.ts';
import type { ClaimContext } from './context.ts';
import type { Cue, Party, Resolved } from './frame.ts';
import { afterLocative, bracketedPlaces, correspondentOutlet, governmentSeat, joinedParties, locatedIn, modifierOfOther, nationalityOfCompany, sentenceParties, staffOwner, supporter, victimBefore } from './parties.ts';
import { insideRelativeClause } from './relative-clause.ts';
import { subjectAfter } from './inverted-subject.ts';
import { locativeSpeaker } from './locative-speaker.ts';
import { openingSource } from './opening-source.ts';
import { basisSpans, basisWordsBetween } from './basis-phrase.ts';
import { speakerFinal } from './speaker-final.ts';
import { impersonalTag, relayedSource, type ImpersonalVerb } from './impersonal-speech.ts';
import { findCues, matches, passive, startsWith, whole } from './text.ts';

/** Max words between a speech verb and the party before it that speaks. */
const SAY_REACH = 16;
/** Max words between a source marker ("according to") and its source. */
const SOURCE_REACH = 10;
/**
 * Max words between the marker of a finding and its owner ("nach den Erkenntnissen der beteiligten Behörden", "по
 * данным следствия СБУ"): a party further on is in the clause that tells the finding ("Nach den bisherigen
 * Erkenntnissen war Herr X ...").
 */
const FINDING_OWNER_REACH = 2;
/** Words between a trailing speech verb and its speaker ("dijo el Gobierno de Suecia"). */
const INVERTED_REACH = 5;
/** Words that may follow such a speaker before the sentence ends ("on Friday"). */
const TRAILING_WORDS = 3;
/** Max words of the adjuncts of time, place or occasion closing a sentence after a trailing speech verb or its
 * speaker ("..., the ministry said on Tuesday in a statement posted on its website"). */
const ADJUNCT_REACH = 12;
/** Words a role phrase may take between a trailing speech verb and the named official closing the sentence
 * ("..., сказала старший советник министра обороны США по кибербезопасности Анна Веллер"). */
const ROLE_PHRASE_REACH = 12;
/** Words between a speech verb and a pronoun or name told right after it ("sagte sie"). */
const INVERTED_PRONOUN_REACH = 1;
/** Words between a marker of the audience ("told", "a déclaré à", "dijo a") and the medium's name ("la agencia EFE"). */
const AUDIENCE_WORDS = 2;
/** Words after a name that an audience marker may look at ("der kanadische Außenminister"). */
const AUDIENCE_LOOKAHEAD = 2;
/** Words between a closed quotation and the speech verb that follows it, or its speaker told between them
 * ("\"...,\" the Ukrainian digital ministry said", "\"...\", người phát ngôn Bộ Quốc phòng Philippines nói"). */
const QUOTE_LEAD_REACH = 12;

export interface SpeechFrame {
  speaker: Resolved | undefined;
  speakerParty: Party | undefined;
  contentStart: number;
  contentEnd: number;
  /** The sentence is a question asked at a briefing: from here on (a document offset) it makes no claim. */
  askedFrom?: number;
  /** The words are a quotation closed before its speech verb ("\"...,\" X said", "« ... », a déclaré X"). */
  quotation: boolean;
  /** The outlet whose source phrase relays the speaker's words (relayed-speaker.ts): no party of those words. */
  relayer?: Party;
}

/** A transcript's current label: the speaker of the answer under way (undefined while a questioner speaks). */
export interface LabelState {
  speaker: Resolved | undefined;
  /** A question is under way. */
  question?: boolean;
  /** The turn opened with a question label ("QUESTION:", "问：", "Вопрос:"). */
  asked?: boolean;
}

export function speechFrame(ctx: ClaimContext, sentences: Sentence[], si: number, parties: Party[], cues: Cue[], labelled: { current?: LabelState }): SpeechFrame {
  const { text, lex } = ctx;
  const s = sentences[si]!;
  // "Q. …" / "R. …": a turn letter opens a question's or an answer's turn as a label does (turn-letters.ts).
  const label = speakerLabel(s, sentences[si - 1], { asides: true }) ?? turnLetterOf(sentences, si, lex);
  if (label) {
    labelled.current = labelState(ctx, label, parties.filter((p) => p.start >= label.start && p.end <= label.end), si, labelled.current);
    // A turn with no known party speaking it: the speaker of the turn before no longer speaks ("we" is not theirs).
    if (!labelled.current.speaker) ctx.discourse.clearSpeaker();
  }

  let speaker: Resolved | undefined;
  let speakerParty: Party | undefined;
  let contentStart = s.start;
  let contentEnd = s.end;
  let quotation = false;
  let relayer: Party | undefined;
  for (const c of cues) {
    if (c.cat !== 'say' && c.cat !== 'sourceBefore') continue;
    // "nach den bisherigen Erkenntnissen", "по данным следствия", "经查": a finding's owner follows right after it,
    // else the investigation's owner found it (finding-owner.ts).
    const finding = findingMarker(ctx, c);
    // "X released its findings, according to which ...", "theo đó", "据此": the clause before speaks.
    const back = c.cat === 'sourceBefore' && whole(lex.sourceBack, c.text);
    // "…, hieß es", "Según se informó, …": no party of the sentence speaks an impersonal verb's words (impersonal-speech.ts).
    const impersonal = impersonalTag(text, lex, s, c, cues);
    let sp = impersonal ? impersonalSpeaker(text, lex, parties, s, c, impersonal) : c.cat === 'say' ? coordinatedSpeaker(ctx, parties, cues, s, c, (v) => speakerOfSay(text, lex, parties, s, v)) ?? speakerOfSay(text, lex, parties, s, c) : back ? subjectBefore(ctx, parties, s, c, si) : speakerAfter(text, lex, parties, c, finding ? FINDING_OWNER_REACH : SOURCE_REACH);
    let r = ctx.resolve(sp, si);
    // With no body named with it, the words are those of the source the paragraph relays, else nobody's.
    if (!r && impersonal) ({ party: sp, resolved: r } = relayedSource(ctx, si, c) ?? { party: undefined, resolved: undefined });
    // "X hat einen Bericht veröffentlicht. Hinter dem Angriff steckt demnach Y": nothing before the marker in its sentence
    // speaks; the sentence right before does (its speaker, else the body opening it: continued-speaker.ts).
    if (!r && back && !sp) ({ party: sp, resolved: r } = sentenceBefore(ctx, si, c) ?? { party: undefined, resolved: undefined });
    if (!r && finding) ({ party: sp, resolved: r } = findingOwner(ctx, c, si) ?? { party: undefined, resolved: undefined });
    if (sp && sp.kind === 'person' && sp.person) ctx.speakers.add(sp.person);
    if (r) {
      speaker = r;
      speakerParty = sp;
      contentStart = c.cat === 'say' && sp!.start < c.start ? c.end : s.start;
      // "According to the paper, British officials concluded ...": an outlet relaying another's words (relayed-speaker.ts).
      const relayed = c.cat === 'sourceBefore' && !back && !finding ? relayedSpeaker(ctx, parties, cues, sp!, r, si, (ps, v) => speakerOfSay(text, lex, ps, s, v)) : undefined;
      if (relayed) {
        speaker = relayed.resolved;
        speakerParty = relayed.party;
        contentStart = relayed.from;
        relayer = sp;
        if (relayed.party.kind === 'person' && relayed.party.person) ctx.speakers.add(relayed.party.person);
        break;
      }
      // "Die Velmora AG hat einen Angriff auf ihr Netzwerk entdeckt.", "X hatte den Angriff öffentlich gemacht und ...": a
      // verb that closes its clause, its subject before it, takes its words between the two.
      // A verb that is also a stance's cue ("警告", "gewarnt") is read by that stance's rules.
      if (c.cat === 'say' && sp!.end <= c.start && clauseFinalVerb(text, lex, s, c) && !cues.some((o) => o.cat !== 'say' && o.cat !== 'hostile' && o.start < c.end && c.start < o.end)) {
        contentStart = sp!.end;
        contentEnd = c.start;
      }
      // "The Times reported findings by X that ...": an outlet retelling X's findings; X claims.
      const cited = c.cat === 'say' && r.kind === 'organization' && sp!.start < c.start ? citedFinder(ctx, parties, c, si) : undefined;
      if (cited && cited.resolved.value !== r.value) {
        speaker = cited.resolved;
        speakerParty = cited.party;
      }
      // A trailing attribution: the words are the ones before the speaker's comma, up to the list of speakers it
      // closes ("..., Canada and France said"); not a list that opens the sentence ("Canada, France and Australia warned").
      if (c.cat === 'say' && sp!.start < c.start && trailingAttribution(text, lex, s, sp!, c)) {
        const tail = speakerList(ctx, parties, cues, s, sp!);
        if (!tail.opens) {
          contentStart = s.start;
          contentEnd = tail.from;
        }
      }
      // A quotation closed before its speech verb ("\"...,\" X said", "« ... », a déclaré X", "«...», — заявил X"):
      // the words are the quotation's.
      const quoted = c.cat === 'say' ? quoteLeadEnd(text, lex, s, Math.min(sp!.start, c.start)) : undefined;
      if (quoted !== undefined) {
        contentStart = s.start;
        contentEnd = quoted;
        quotation = true;
      }
      break;
    }
  }
  // "Wray in his opening statement: \"...\"", "Die Botschaft in ihrer Antwort: «...»": a party right before a colon
  // that opens a quotation speaks it.
  if (!speaker && !label) {
    const colon = colonQuote(ctx, s, parties);
    if (colon) {
      const r = ctx.resolve(colon.party, si);
      if (r) {
        speaker = r;
        speakerParty = colon.party;
        contentStart = colon.at;
        if (colon.party.kind === 'person' && colon.party.person) ctx.speakers.add(colon.party.person);
      }
    }
  }
  // "Hacker sind in die Systeme eingedrungen. Das teilte die Regierung mit.", "Об этом сообщило министерство": the next
  // sentence opens by pointing back at this one with a speech verb (profile `reportBack`); its speaker says these words.
  if (!speaker && !label && !s.inQuote) {
    const back = reportedBack(ctx, sentences, si);
    if (back) {
      speaker = back.resolved;
      speakerParty = back.party;
      contentStart = s.start;
      contentEnd = s.end;
    }
  }
  if (!speaker && labelled.current?.speaker) {
    speaker = labelled.current.speaker;
    if (label) contentStart = label.end;
  }
  // '"...", a réagi le porte-parole, X.': a reaction verb tags the quotation with its speaker without
  // making a claim of it; X is whom a later "il"/"er" of the next speech tag refers to.
  if (!speaker) {
    const reacting = reactionSpeaker(text, lex, parties, s);
    if (reacting) ctx.discourse.lastPerson = reacting;
  }
  // "X dijo que ... . Añadió que ...", "Заявил также, что ...": a speech verb opening its sentence with no subject goes
  // on with the speaker of the sentence right before (pro-drop.ts); not in a questioner's turn.
  if (!speaker && !labelled.current?.question && opensWithSpeech(ctx, s, parties, cues)) speaker = previousSpeaker(ctx, si);
  const continues = s.inQuote || startsWith(lex.continuation, s.text) || matches(lex.reportedMood, s.text) || opensWithAccusation(ctx, s, parties, cues);
  if (!speaker && continues) speaker = ctx.discourse.currentSpeaker(si);
  if (speaker) {
    ctx.discourse.setSpeaker(speaker, si);
    if (speaker.person) {
      ctx.discourse.lastPerson = speaker.person;
      ctx.speakers.add(speaker.person);
    }
  }
  // A journalist's question ("…, will China respond?") claims nothing of its own; a statement it reports
  // before the clause that asks ("Canada says ..., what is your response?") is still told.
  const question = labelled.current?.question ? QUESTION_END.exec(s.text) : null;
  const askedFrom = question ? s.start + questionFrom(lex, s.text, question.index) : undefined;
  return { speaker, speakerParty, contentStart, contentEnd, askedFrom, quotation, relayer };
}

/**
 * The body that speaks an impersonal verb's words (impersonal-speech.ts): after a verb that trails the words, as after
 * any verb, but never a party before it (inside the words); for a verb that opens the sentence, only one in the place
 * phrase that closes it.
 */
function impersonalSpeaker(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence, c: Cue, verb: ImpersonalVerb): Party | undefined {
  if (!verb.trailing || c.cat !== 'say') return locativeSpeaker(text, lex, parties, s, verb.end);
  return speakerOfSay(text, lex, parties.filter((p) => p.start >= verb.end), s, c);
}

/**
 * The person a reaction verb of the profile introduces ("a réagi X", "entgegnete X", "replicó el
 * ministro X"): the first person after it within a role phrase's reach (an apposition's comma
 * allowed), else the person right before it.
 */
function reactionSpeaker(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence): PersonCandidate | undefined {
  const re = personActsFor(lex.lang)?.reactions;
  if (!re) return undefined;
  const ix = tokenIndex(text, lex.lang);
  for (let x = execFrom(re, s.text); x; x = execFrom(re, s.text, x.index + (x[0].length || 1))) {
    if (!x[0]) continue;
    const a = s.start + x.index;
    const b = a + x[0].length;
    const after = parties.find((p) => p.kind === 'person' && p.start >= b && p.end <= s.end && ix.count(b, p.start) <= ROLE_PHRASE_REACH && !/[.;:!?。；：]/u.test(text.slice(b, p.start)));
    if (after?.person) return after.person;
    const before = parties.filter((p) => p.kind === 'person' && p.end <= a && p.start >= s.start && ix.count(p.end, a) <= INVERTED_REACH && !/[,.;:!?，。；：]/u.test(text.slice(p.end, a))).pop();
    if (before?.person) return before.person;
  }
  return undefined;
}

/** A sentence that ends in a question mark (closing quotes or brackets may follow). */
const QUESTION_END = /[?？][\s"'”’»」』)）]*$/u;

/** The turn a label opens: a question (no speaker), an answer (the briefing's host), or a named speaker's. */
function labelState(ctx: ClaimContext, label: SpeakerLabel, inLabel: Party[], si: number, previous: LabelState | undefined): LabelState {
  const name = label.name;
  const turn = turnLabel(ctx, name);
  if (turn === 'question') return { speaker: undefined, question: true, asked: true };
  if (turn === 'answer') return { speaker: briefingHost(ctx) };
  const speaker = labelSpeaker(ctx, name, inLabel, si);
  // "QUESTION: … / MR PRICE: We …": a person of the text labelled right after a question label answers it for the
  // briefing's host, though nothing else ties the name to a party ("we" in the turn is the host's).
  if (!speaker && previous?.asked && labelPerson(ctx, name, label)) {
    const host = namedAnswererHost(ctx);
    if (host) return { speaker: host };
  }
  // A label naming no one who speaks for a state or a body is a questioner (an outlet, a reporter).
  return speaker ? { speaker } : { speaker, question: true };
}

/** The person of the text a transcript label names. */
function labelPerson(ctx: ClaimContext, name: string, span?: Span): PersonCandidate | undefined {
  // "PRESIDENTA JANE DOE:": a label in capitals is the title and name of a person of the text.
  const caps = name === name.toUpperCase() ? name.toLowerCase() : undefined;
  return ctx.input.people.find((p) => p.name === name || p.aliases.includes(name) || p.name.endsWith(` ${name}`) || (!!caps && caps.endsWith(` ${p.name.toLowerCase()}`)))
    // "MR PRICE:": a person the people reader found inside the label.
    ?? (span && ctx.input.people.find((p) => p.mentions.some((m) => m.start >= span.start && m.end <= span.end)));
}

/** Who a transcript label names: a party inside it, a person of the text, or a known official. */
function labelSpeaker(ctx: ClaimContext, name: string, inLabel: Party[], si: number): Resolved | undefined {
  const person = labelPerson(ctx, name);
  const known = knownPerson(person?.name ?? name);
  if (person) {
    ctx.speakers.add(person);
    const r = ctx.resolve({ start: 0, end: 0, kind: 'person', person }, si);
    if (r) return r;
    if (known) return { value: known.country, kind: 'state', person };
  }
  if (known) return { value: known.country, kind: 'state' };
  // A state, or a person speaking for one or for a body; an outlet asking a question is no speaker.
  for (const p of inLabel) {
    const r = p.kind === 'organization' && !p.country ? undefined : ctx.resolve(p, si);
    if (r) return r;
  }
  return undefined;
}

/**
 * Words (Vietnamese syllables count one each) of what a possessor right before a speech verb owns ("Đại sứ quán của",
 * "the Foreign Ministry of"), and between a named party and that possessor ("FireEye của Mỹ").
 */
const OWNER_WORDS = 3;

/**
 * Speaker of a speech verb: an inverted pronoun/name right after it, else the nearest party before
 * it; an impersonal passive ("X was assessed to be ...", "được cho là") has none.
 */
function speakerOfSay(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence, c: Cue): Party | undefined {
  if (passive(text, lex, c)) return undefined;
  const ix = tokenIndex(text, lex.lang);
  // "evaluamos que ...": the verb's ending is the pronoun (a pronoun or a name before it says the same).
  if (whole(lex.selfSay, c.text)) return { start: c.start, end: c.end, kind: 'self' };
  // "dit-il", "a-t-elle déclaré": the pronoun inside the cue.
  if (/[-‐]/u.test(c.text) && matches(lex.personPronouns, c.text)) return { start: c.start, end: c.end, kind: 'pronoun' };
  // "sagte sie", "said Wray", "kündigte sie an" (the pronoun may sit inside the cue); a first-person plural after the
  // verb of a clause that opens with another word ("Daher gehen wir davon aus", "Inzwischen schätzen wir ... ein").
  // A complementizer between ("a déclaré qu'il", "said that he") opens the content: the pronoun is its subject.
  const after = parties.find((p) => p.start > c.start && ix.count(c.end, p.start) <= INVERTED_PRONOUN_REACH && (p.kind === 'pronoun' || p.kind === 'person' || p.kind === 'self') && !/[,.;:!?，。；：]/u.test(text.slice(c.end, p.start)) && !matches(lex.complementizers, text.slice(c.end, p.start)));
  if (after) return after;
  // "..., teilte das Unternehmen mit", "Am Montag kündigte Berlin ... an": a separable verb holds its inverted subject
  // between its parts; the subject is looked for after the verb's first word, not after the whole cue.
  c = heldSubjectVerb(text, lex, parties, c);
  // "« ... », a déclaré X", "\"...,\" X said": a party inside the quotation closed before the verb does not speak;
  // the speaker is told between the quotation and the verb, else right after the verb.
  const quoted = quoteLeadEnd(text, lex, s, c.start);
  if (quoted !== undefined && !parties.some((p) => p.start >= quoted && p.end <= c.start)) return trailingInverted(text, lex, parties, s, c) ?? quotedInverted(text, lex, parties, c) ?? roleApposition(text, lex, parties, s, c) ?? locativeSpeaker(text, lex, parties, s, c.end);
  // "..., dijo el Gobierno de Suecia.", "..., a déclaré le ministère russe": a trailing verb with its speaker after it.
  const inverted = trailingInverted(text, lex, parties, s, c) ?? (/[,，]\s*$/u.test(text.slice(s.start, c.start)) ? roleApposition(text, lex, parties, s, c) : undefined);
  if (inverted) return inverted;
  // "Как сообщила компания X, ...", "Comme l'a indiqué la société X, ...": a verb that opens its clause takes its subject after it.
  const isAudience = (q: Party) => audienceOf(text, lex, c, q);
  // "Об атаках X сообщила компания Y.": so does a verb whose subject after it closes a sentence that opens with the
  // verb's object (a sentence that opens with its subject, "Правительство Польши упомянуло российские атаки", does not).
  const subject = subjectAfter(text, lex, parties, c, isAudience);
  if (subject && (opensClause(text, parties, s, c) || (frontedObject(text, lex, s) && ix.count(subject.end, s.end) <= TRAILING_WORDS))) return subject;
  // "X, based on documents leaked by Y, revealed ...": the basis phrase between a subject and its verb is not counted.
  const basis = basisSpans(lex, s);
  const before = parties.filter((p) => p.end <= c.start && (quoted === undefined || p.start >= quoted) && ix.count(p.end, c.start) - basisWordsBetween(basis, ix, p.end, c.start) <= SAY_REACH && !/[.;:!?。；：]/u.test(afterAbbreviation(text, p, c.start)));
  const places = bracketedPlaces(text, lex, parties);
  const addressed = addresseePhrases(text, lex, s, c);
  for (const p of before.toReversed()) {
    // "对伊朗通讯社（IRNA）表示", "gegenüber der dpa sagte": the addressee before the verb does not speak.
    if (addressed.some((a) => p.start >= a.start && p.start < a.end)) continue;
    // "The embassy of China said": a possessor right before the verb speaks when what it owns is a body or role word,
    // not a name ("FireEye của Mỹ cho rằng": FireEye speaks) nor a thing ("con el apoyo técnico del X, señaló").
    // A report is its author's voice ("Báo cáo của X cho biết", report-voice.ts): its author speaks too.
    const owned = text.slice(ix.before(p.start, OWNER_WORDS + 1), p.start);
    const ownsBody = (matches(lex.organNouns, owned) || matches(lex.roles, owned) || matches(lex.reportNouns, owned)) && !before.some((q) => q.end <= p.start && (q.kind === 'organization' || q.kind === 'person') && ix.count(q.end, p.start) <= OWNER_WORDS);
    // "Officials in Kyiv said", "the government in Oslo said": the seat of a government speaks for its state.
    if (governmentSeat(text, lex, p) && !addressed.length) return p;
    if (places.has(p) || victimBefore(text, lex, p, s.start, ownsBody ? c.start : undefined) || locatedIn(text, lex, parties, p) || modifierOfOther(text, lex, p)) continue;
    // "coordinada por X con el apoyo técnico del laboratorio de Y, señaló": the party that lends support does not speak.
    if (supporter(text, lex, p)) continue;
    // "Prosecutors in Brno said": a name that is no state or body of one, after "in" that follows a noun, is a place
    // (as in nearestBefore); a locative opening the sentence names who speaks ("В Microsoft сообщили").
    if (p.kind === 'organization' && !p.country && afterLocative(text, lex, p) && !staffOwner(text, lex, p) && ix.count(s.start, ix.before(p.start, 1)) > 0 && !openingSource(text, lex, parties, p, c.start, s.start)) continue;
    // "the group, which opposes President X, said": the relative clause's party does not speak.
    if (insideRelativeClause(text, lex.lang, s, p, c.start)) continue;
    // "X culpó al exministro Y, ya retirado, y añadió": a person marked as the object of an earlier verb does not speak.
    if (p.kind === 'person' && markedAsObject(text, lex.lang, s.start, p.start)) continue;
    // "Mandiant, de Google, publicó": the apposition's head speaks.
    return appositionHead(text, lex, parties, p, c) ?? p;
  }
  // No party before the verb speaks: its subject follows it.
  return subject;
}

/** Nothing after the verb to the sentence's end but punctuation, or a coordinator that opens the next clause ("und"). */
function clauseFinalVerb(text: string, lex: CompiledLexicon, s: Sentence, c: Span): boolean {
  const rest = text.slice(c.end, s.end);
  if (!/\p{L}/u.test(rest)) return true;
  const t = rest.replace(/^[\s,]+/u, '');
  if (t.length === rest.length && !/^\s/u.test(rest)) return false;
  const m = lex.verbJoin ? execFrom(lex.verbJoin, t) : null;
  return !!m && m.index === 0;
}

/**
 * A cue of several words with a party inside after its first word ("teilte das Unternehmen mit"): the cue cut to
 * that first word, so that the party counts as standing after the verb. Other cues as they are.
 */
function heldSubjectVerb(text: string, lex: CompiledLexicon, parties: Party[], c: Cue): Cue {
  if (!/\s/u.test(c.text)) return c;
  const end = tokenIndex(text, lex.lang).after(c.start, 1);
  if (!parties.some((p) => p.start >= end && p.end <= c.end)) return c;
  return { ...c, end, text: text.slice(c.start, end) };
}

/** Words an addressee phrase before a speech verb may run ("对伊朗伊斯兰共和国通讯社（IRNA）表示"). */
const ADDRESSEE_REACH = 8;

/** Does `p` stand in the addressee phrase before the speech verb `c` ("对X表示", "в интервью ТАСС заявил")? */
export function addressedBefore(text: string, lex: CompiledLexicon, s: Sentence, c: Span, p: Span): boolean {
  return p.end <= c.start && addresseePhrases(text, lex, s, c).some((a) => p.start >= a.start && p.start < a.end);
}

/**
 * The addressee phrases of the profile's `addresseeBefore` before the verb `c`, within reach: the verb is read
 * with them, so that a phrase may run up to it ("对伊朗伊斯兰共和国通讯社（IRNA）表示").
 */
function addresseePhrases(text: string, lex: CompiledLexicon, s: Sentence, c: Span): Span[] {
  const re = lex.addresseeBefore;
  if (!re) return [];
  const from = Math.max(s.start, tokenIndex(text, lex.lang).before(c.start, ADDRESSEE_REACH));
  // The verb and the mark after it are read too ("对X表示，").
  const head = text.slice(from, Math.min(s.end, c.end + 2));
  const out: Span[] = [];
  for (let m = execFrom(re, head); m; m = execAfter(re, head, m)) {
    if (from + m.index + m[0].length <= c.start) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** The sentence opens with a word that opens a speech verb's object ("Об атаках ...", "Über die Angriffe ...", "Sobre los ataques ..."). */
function frontedObject(text: string, lex: CompiledLexicon, s: Sentence): boolean {
  return startsWith(lex.sayObjectWords, text.slice(s.start, s.end));
}

/** No party stands between the start of the verb's clause (the sentence's start or the last clause punctuation) and the verb. */
function opensClause(text: string, parties: Party[], s: Sentence, c: Span): boolean {
  const head = text.slice(s.start, c.start);
  const cut = Math.max(...[...head.matchAll(/[,;:，；：]/gu)].map((m) => m.index! + 1), 0);
  const from = s.start + cut;
  return !parties.some((p) => p.start >= from && p.end <= c.start);
}

/** The text between a party and `end`, without the closing dot of an abbreviated name ("U.S. officials said"). */
function afterAbbreviation(text: string, p: Span, end: number): string {
  const gap = text.slice(p.end, end);
  return gap.startsWith('.') && /\p{Lu}\.\p{Lu}$/u.test(text.slice(p.start, p.end)) ? gap.slice(1) : gap;
}

/** A sentence that opens with a quotation mark (a dash or a bullet may come first). */
const OPENS_QUOTE = /^[\s\p{Pd}•·*]*["“«„「『]/u;

/** A closing quotation mark joined to a comma or a dash, then words only up to the end of the text. */
const QUOTE_LEAD = /(?:[,，]\s*["”»“«」』]|["”»“«」』]\s*(?:[,，]\s*)?[—–-]{1,2}|["”»“«」』]\s*[,，])\s*(?:[—–-]{1,2}\s*)?((?:[^"”»“«„」』,，;:!?。；：！？.]|\.(?=\S))*)$/u;

/**
 * Where a quotation closed before `pos` ends (after its closing mark), when only a comma or a dash and a few
 * words come between it and `pos`: "\"...,\" the ministry said", "« ... », a affirmé", "«...», — заявил".
 */
export function quoteLeadEnd(text: string, lex: CompiledLexicon, s: Sentence, pos: number): number | undefined {
  const head = text.slice(s.start, pos);
  // Quoted words, not a quoted name ("the so-called \"Volt Typhoon\", saying ..."): the quotation opens the sentence,
  // or was opened by a sentence before.
  if (!s.inQuote && !OPENS_QUOTE.test(head)) return undefined;
  const m = QUOTE_LEAD.exec(head);
  if (!m) return undefined;
  const wordsAt = s.start + m.index + m[0].length - m[1]!.length;
  if (tokenIndex(text, lex.lang).count(wordsAt, pos) > QUOTE_LEAD_REACH) return undefined;
  // The closing mark: the last quote mark of the separators.
  const marks = text.slice(s.start + m.index, wordsAt);
  const last = Math.max(...[...'"”»“«」』'].map((q) => marks.lastIndexOf(q)));
  return s.start + m.index + last + 1;
}

/**
 * The speaker after a speech verb that follows a closed quotation, with no comma between: an official who speaks
 * for a state or a body, a role phrase before the name ("заявил министр обороны Нидерландов Рубен Брекелманс"),
 * else the state a role phrase right after the verb names ("a déclaré le ministère ukrainien", "dijo el ministro
 * filipino"). A body known only by its capitals there is too weak a sign ("le secrétaire au Trésor, ...", "сотрудник
 * одного из европейских CERT"): the sentence then has no speaker from this verb. The audience of the words does
 * not speak ("a déclaré à l'AFP").
 */
function quotedInverted(text: string, lex: CompiledLexicon, parties: Party[], c: Cue): Party | undefined {
  const ix = tokenIndex(text, lex.lang);
  const near = parties.filter((q) => q.start >= c.end && ix.count(c.end, q.start) <= ROLE_PHRASE_REACH && !/[,;:.!?，；：。]/u.test(text.slice(c.end, q.start).replace(/\p{Lu}\./gu, '')) && !audienceOf(text, lex, c, q));
  const official = near.find((q) => q.kind === 'person' && (q.person?.speaks_for || q.person?.body));
  if (official) return official;
  const first = near.find((q) => q.kind !== 'backref');
  // A state, or a body of one ("«...», — заявил МИД КНР", "« ... », a indiqué le ministère chinois des Affaires étrangères").
  const ofState = first?.kind === 'country' || (first?.kind === 'organization' && !!first.country);
  return first && ofState && ix.count(c.end, first.start) <= INVERTED_REACH ? first : undefined;
}

/**
 * A role phrase after a trailing speech verb, then the official's name in apposition closing the sentence:
 * "\"...\", advirtió el fiscal general, X.", "« ... », a déclaré le ministre de l'Intérieur, X.", "..., sagte der
 * Sprecher des Ministeriums, X.". The phrase holds a role word of the profile and no clause punctuation; the name
 * follows its single comma and only a few words trail it. The official speaks when they speak for someone, else
 * the state or body the role phrase names ("le ministre ukrainien de l'Intérieur, X").
 */
function roleApposition(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence, c: Span): Party | undefined {
  const ix = tokenIndex(text, lex.lang);
  const name = parties.find((q) => q.start >= c.end && q.kind === 'person' && ix.count(c.end, q.start) <= ROLE_PHRASE_REACH && /[,，]\s*$/u.test(text.slice(c.end, q.start)));
  if (!name || ix.count(name.end, s.end) > TRAILING_WORDS || /[,;:，；：]/u.test(text.slice(name.end, s.end))) return undefined;
  const phrase = text.slice(c.end, name.start).replace(/[,，]\s*$/u, '');
  if (/[,;:.!?，；：。"“”«»„]/u.test(phrase.replace(/\p{Lu}\./gu, '')) || !matches(lex.roles, phrase)) return undefined;
  if (parties.some((q) => q.start >= c.end && q.end <= name.start && !audienceOf(text, lex, c, q) && q.kind === 'person')) return undefined;
  if (name.person?.speaks_for || name.person?.body) return name;
  return parties.find((q) => q.start >= c.end && q.end <= name.start && (q.kind === 'country' || (q.kind === 'organization' && !!q.country)) && !audienceOf(text, lex, c, q));
}

/** Is the party after a speech verb the audience of the words ("a déclaré à l'AFP", "dijo a la agencia EFE", "заявил в интервью CNN")? */
function audienceOf(text: string, lex: CompiledLexicon, c: Span, q: Party): boolean {
  const re = lex.interview;
  if (!re) return false;
  const head = text.slice(c.start, q.start);
  // The marker may look past the name at the words after it ("sagte der kanadische Außenminister": the speaker).
  const ahead = text.slice(c.start, tokenIndex(text, lex.lang).after(q.end, AUDIENCE_LOOKAHEAD));
  // An article or a noun of the medium may stand between the marker and the name ("à l'AFP", "a la agencia").
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(ahead); m && m.index < head.length; m = re.exec(ahead)) {
    if (m.index + m[0].length <= head.length) end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  // The marker reaches past the verb ("dijo a", "заявил в"): a marker that is the verb itself ("told", "рассказал") is not.
  return end > c.end - c.start && !/[,;:.!?，；：。]/u.test(head.slice(end)) && tokenIndex(text, lex.lang).count(c.start + end, q.start) <= AUDIENCE_WORDS;
}

/** A speech verb right after a comma whose speaker follows it and closes the sentence (a few words may trail: "on Friday"). */
function trailingInverted(text: string, lex: CompiledLexicon, parties: Party[], sentence: Sentence, c: Cue, pointedBack = false): Party | undefined {
  // Adjuncts of time, place or occasion closing the sentence ("dijo el ministro este lunes en una rueda de prensa")
  // are no words of the speaker's phrase: the sentence is taken to end where they begin, when no comma sets off a
  // phrase before them (an apposition, "le secrétaire au Trésor, X, dans un communiqué", is roleApposition's).
  // After a verb that points back, no reported clause follows: a phrase set off by a comma after its speaker is an
  // apposition of it (", специализирующейся на ...", ", which ..."), so the sentence is taken to end at the comma.
  if (pointedBack) {
    const comma = text.slice(c.end, sentence.end).search(/[,;:，；：]/u);
    if (comma >= 0) sentence = { ...sentence, end: c.end + comma };
  }
  const close = adjunctsClose(text, lex, c.end, sentence);
  const s = /[,;:，；：]/u.test(text.slice(c.end, close)) ? sentence : { ...sentence, end: close };
  const before = text.slice(s.start, c.start);
  // A sentence that opens by pointing back at the one before ("Об этом сообщили", "Así lo informó") stands for the
  // reported clause the comma would close.
  if (!pointedBack && !/[,，]\s*$/u.test(before)) return undefined;
  // "X, together with Y, published ...", "X, conjointement avec Y, a publié ...": the comma closes a joint phrase set
  // between the subject and its verb (profile `joint`), not a reported clause; the verb's subject is before it.
  if (jointPhraseBefore(lex, before)) return undefined;
  const ix = tokenIndex(text, lex.lang);
  // "..., a déclaré que la Russie était derrière": after a conjunction comes what is told, not who tells it.
  if (startsWith(lex.complementizers, text.slice(c.end, s.end).trimStart())) return undefined;
  const tail = parties.filter((q) => q.start >= c.end && q.start < s.end && q.kind !== 'pronoun' && q.kind !== 'backref' && q.kind !== 'self' && !audienceOf(text, lex, c, q));
  const first = tail[0];
  const direct = first && ix.count(c.end, first.start) <= INVERTED_REACH && ix.count(first.end, s.end) <= TRAILING_WORDS ? first : undefined;
  const found = direct ?? roleTail(text, ix, tail, c, s) ?? companyNounAfter(text, lex, parties, s, c);
  // "..., заявили в СБУ", "..., heißt es in dem Bericht": a body or a report named only in the place phrase closing the sentence.
  if (!found) return locativeSpeaker(text, lex, parties, sentence, c.end);
  // "a indiqué l'éditeur slovaque ESET", "said US cybersecurity firm X", "dijo una empresa estadounidense": a state
  // beside a company noun tells the nationality of the company that speaks, named or not (state-premodifier.ts); a
  // state after a role noun ("dijo el ministro canadiense de ...") speaks itself.
  const p = found.kind === 'country' && nationalityOfCompany(text, lex, found) ? premodifiedHead(lex, ix, text, parties, found) : (found.kind === 'country' && tail.find((q) => q.start >= found.end && q.kind === 'organization' && !q.country && ix.count(found.end, q.start) === 0 && /^\s*$/u.test(text.slice(found.end, q.start)))) || found;
  // "A spokesman, Wei Tao, said ...": a name set off by commas before the verb is an apposition, the speaker.
  const comma = text.lastIndexOf(',', c.start);
  // Only a person or a pronoun there is such an apposition: a state or a body named right before the comma
  // ("hackers iraníes, dijo el FBI", "une faille dans Firefox, a indiqué ESET") ends the reported clause instead.
  if (direct && parties.some((q) => q.end <= comma && ix.count(q.end, comma) === 0 && (q.kind === 'person' || q.kind === 'pronoun'))) return undefined;
  return /[,;:，；：]/u.test(text.slice(c.end, p.start)) ? undefined : p;
}

/** Does the text before a verb end in a phrase set off by commas that opens with a joint marker (", together with Y,")? */
function jointPhraseBefore(lex: CompiledLexicon, before: string): boolean {
  if (!lex.joint) return false;
  const body = before.replace(/[,，]\s*$/u, '');
  const open = Math.max(body.lastIndexOf(','), body.lastIndexOf('，'));
  return open >= 0 && startsWith(lex.joint, body.slice(open + 1).trimStart());
}

/**
 * "..., said the company", "..., teilte das Unternehmen mit", "», a déclaré la ministre": a company noun or a role word
 * of the profile's back references right after a trailing verb, closing the sentence, points back to the party named
 * before (a role word followed by a name heads a role phrase instead, roleTail).
 */
function companyNounAfter(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence, c: Cue): Party | undefined {
  const ix = tokenIndex(text, lex.lang);
  const q = parties.find((p) => p.start >= c.end);
  // "», a déclaré la ministre", "..., said the spokesman": a role word pointing back closes the sentence the same way.
  if (!q || q.kind !== 'backref' || !(whole(lex.companyRefs, text.slice(q.start, q.end)) || whole(lex.backRefs, text.slice(q.start, q.end)))) return undefined;
  if (ix.count(c.end, q.start) > INVERTED_REACH || ix.count(q.end, s.end) > TRAILING_WORDS) return undefined;
  return /[,;:，；：]/u.test(text.slice(c.end, q.start)) ? undefined : q;
}

/**
 * A trailing verb followed by a role phrase and the official it describes, closing the sentence with no
 * punctuation between: the official when they speak for someone, else the first state or body the role names.
 */
function roleTail(text: string, ix: ReturnType<typeof tokenIndex>, tail: Party[], c: Span, s: Span): Party | undefined {
  const last = tail.at(-1);
  if (!last || ix.count(last.end, s.end) > TRAILING_WORDS || ix.count(c.end, last.start) > ROLE_PHRASE_REACH) return undefined;
  if (/[,;:，；：]/u.test(text.slice(c.end, last.start))) return undefined;
  if (last.kind === 'person' && (last.person?.speaks_for || last.person?.body)) return last;
  return tail.find((q) => q.kind === 'country' || q.kind === 'organization');
}

/** "..., US officials said on Friday.": the speaker and verb close the sentence after a comma. */
/**
 * The named parties joined before a speaker after a comma: `from`, where those after the last comma begin (the
 * speakers of a trailing attribution, "..., Canada and France said"); `opens`, whether the list runs back over
 * that comma to the sentence's start with no cue or other party before it ("Canada, France and Australia
 * warned", "On Monday, the FBI, the NSA and X said"): then it is the sentence's subject, not a trailing one.
 */
function speakerList(ctx: ClaimContext, parties: Party[], cues: Cue[], s: Sentence, sp: Party): { from: number; opens: boolean } {
  const { text, lex } = ctx;
  const comma = s.start + text.slice(s.start, sp.start).search(/[,，][^,，]*$/u);
  const named = (q: Party) => q.kind === 'country' || q.kind === 'organization' || q.kind === 'person';
  const joined = joinedParties(text, lex, parties, sp, -1);
  const list = joined.slice(joined.findLastIndex((q) => !named(q)) + 1);
  const from = list.find((q) => q.start > comma)?.start ?? sp.start;
  const first = list[0];
  const opens = !!first && first.start < comma && !cues.some((c) => c.start >= s.start && c.end <= first.start) && !parties.some((q) => q.start >= s.start && q.end <= first.start);
  return { from, opens };
}

function trailingAttribution(text: string, lex: CompiledLexicon, s: Sentence, sp: Span, c: Span): boolean {
  const lang = lex.lang;
  const before = text.slice(s.start, sp.start);
  const ix = tokenIndex(text, lang);
  // Adjuncts of time, place or occasion may close the sentence after the verb ("said on Tuesday in a statement").
  const close = adjunctsClose(text, lex, c.end, s);
  // "…，该国外交部表示。", "..., hãng bảo mật X cho biết.": the speaker's longer noun phrase after a comma
  // (a Chinese one too), when the verb closes the sentence (speaker-final.ts).
  if (speakerFinal(text, ix, s, sp, c, close)) return true;
  if (!/,\s+(?:\p{L}+\s+){0,3}$/u.test(before)) return false;
  const after = text.slice(c.end, s.end);
  if (ix.count(c.end, close) <= TRAILING_WORDS + 2 && !/[,;:，；：]/u.test(text.slice(c.end, close))) return true;
  // "..., the Courier reported on Tuesday, citing officials briefed on the inquiry.": a source or a further
  // speech verb after the comma still closes the attribution.
  const comma = after.search(/[,，]/u);
  if (comma < 0 || ix.count(c.end, c.end + comma) > TRAILING_WORDS || /[;:；：]/u.test(after.slice(0, comma))) return false;
  const rest = after.slice(comma + 1);
  return startsWith(lex.sourceBefore, rest) || startsWith(lex.say, rest);
}

/**
 * Where the adjuncts of time, place or occasion that close a sentence begin (profile `speechAdjuncts`, "on Tuesday",
 * "in a statement", "en una rueda de prensa en Estocolmo"): the earliest word at or after `from` from which a run of
 * them, at most ADJUNCT_REACH words, reaches the sentence's end; the sentence's end when there is none.
 */
function adjunctsClose(text: string, lex: CompiledLexicon, from: number, s: Span): number {
  const re = lex.speechAdjuncts;
  if (!re) return s.end;
  const body = text.slice(from, s.end);
  const end = from + body.search(/[\s.!?。…"'“”»’)]*$/u);
  const ix = tokenIndex(text, lex.lang);
  for (const w of body.matchAll(/(?<=^|\s)\S/gu)) {
    const start = from + w.index!;
    if (start >= end) break;
    if (ix.count(start, end) > ADJUNCT_REACH) continue;
    let pos = start;
    for (let m = execAt(re, text, pos); m && m[0].length > 0 && pos < end; m = execAt(re, text, pos)) {
      pos = m.index + m[0].length;
      while (pos < end && /\s/u.test(text[pos]!)) pos++;
    }
    if (pos >= end) return start;
  }
  return s.end;
}

/**
 * The subject opening the clause before a marker that points back to it ("The ministry released its findings,
 * according to which ...", "..., theo đó ...", "韩国检方公布调查结果，据此..."): the first party of the sentence
 * before the marker that stands for a claimant.
 */
function subjectBefore(ctx: ClaimContext, parties: Party[], s: Sentence, c: Cue, si: number): Party | undefined {
  return parties.find((p) => p.start >= s.start && p.end <= c.start && ctx.resolve(p, si) !== undefined);
}

/** Source after a marker: "according to X", "theo bà", "据X"; a pronoun inside the marker ("по его словам") counts. */
function speakerAfter(text: string, lex: CompiledLexicon, parties: Party[], c: Cue, reach = SOURCE_REACH): Party | undefined {
  if (matches(lex.personPronouns, c.text) || matches(lex.backRefs, c.text)) return { start: c.start, end: c.end, kind: 'pronoun' };
  const ix = tokenIndex(text, lex.lang);
  // "theo phóng viên TTXVN tại Manila", "according to a Reuters correspondent", "по словам корреспондента ТАСС": an
  // outlet's correspondent relays what others say or do, and the place after it is where it sits; the sentence's
  // own speaker, if any, speaks.
  const found = parties.find((p) => p.start >= c.end && ix.count(c.end, p.start) <= reach && !pastSourcePhrase(text, ix, c.end, p.start) && !correspondentOutlet(text, lex, p) && !matches(lex.correspondents, text.slice(c.end, p.start)));
  // "selon un rapport de la société israélienne X", "according to the US firm X": the state premodifies the source (state-premodifier.ts).
  return found && premodifiedHead(lex, ix, text, parties, found);
}

/**
 * "según varios medios, figuraban ... de X", "according to reports, hackers ... X": the source
 * phrase ends at the first clause punctuation; a party further on belongs to the main clause, unless
 * it opens an apposition right after a comma ("according to the spokesman, X, ...").
 */
function pastSourcePhrase(text: string, ix: ReturnType<typeof tokenIndex>, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  // A spaced dash ends the phrase too ("основная версия следствия — атаку провела ...").
  const breaks = [...gap.matchAll(/[,;:.!?，；：。、]|\s[—–](?=\s)/gu)].filter((m) => !/\p{Lu}\.$/u.test(text.slice(from, from + m.index! + 1)));
  const last = breaks.at(-1);
  if (!last) return false;
  if (breaks.some((b) => !/[,，]/u.test(b[0]))) return true;
  return ix.count(from + last.index! + 1, to) > 0;
}

/** Words a party may stand before the colon that opens its quotation ("Wray in his opening statement:"). */
const COLON_SPEAKER_REACH = 5;
/** A colon, then an opening quotation mark. */
const COLON_QUOTE = /[:：][ \t\u00a0]*["“«„「『]/u;

/** The party right before a colon that opens a quotation, and where the quoted words start. */
function colonQuote(ctx: ClaimContext, s: Sentence, parties: Party[]): { party: Party; at: number } | undefined {
  const m = COLON_QUOTE.exec(s.text);
  if (!m) return undefined;
  const colon = s.start + m.index;
  const ix = tokenIndex(ctx.text, ctx.lex.lang);
  // An official or a state speaks; an outlet before the colon is where the words appeared ("wrote in The Wall Street Journal:").
  const p = parties.filter((q) => q.end <= colon && (q.kind === 'person' || q.kind === 'country' || (q.kind === 'organization' && !!q.country))).pop();
  if (!p || ix.count(p.end, colon) > COLON_SPEAKER_REACH || /[,.;!?"“”«»„()（），。；！？]/u.test(ctx.text.slice(p.end, colon))) return undefined;
  return { party: p, at: colon + 1 };
}

/** The speaker of the next sentence when it opens by pointing back at sentence `si` with a speech verb ("Das teilte X mit", "Об этом сообщил X"). */
function reportedBack(ctx: ClaimContext, sentences: Sentence[], si: number): { party: Party; resolved: Resolved } | undefined {
  const { text, lex } = ctx;
  const next = sentences[si + 1];
  if (!next || next.title || !startsWith(lex.reportBack, next.text)) return undefined;
  const parties = sentenceParties(ctx.input, next, ctx.known);
  for (const c of findCues(lex, next)) {
    if (c.cat !== 'say') continue;
    // Its verb trails the words it points back to: its subject follows it as after a comma ("Así lo informó este
    // lunes el Gobierno de X", "Об этом сообщили в компании X", "Das teilte der Konzern mit").
    const party = speakerOfSay(text, lex, parties, next, c) ?? trailingInverted(text, lex, parties, next, c, true);
    const resolved = party && party.kind !== 'pronoun' && party.kind !== 'backref' ? ctx.resolve(party, si + 1) : undefined;
    if (party && resolved) return { party, resolved };
  }
  return undefined;
}
