/**
 * The vocabulary every claim rule shares: what goes in (the sentences, the parties and groups
 * recognised before), the parties and cues a sentence holds, and the speech frame of a sentence
 * (who speaks, from where their words run) and of one of its clauses.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { PartyMention, PersonCandidate } from '../people.ts';
import type { Sentence } from '../segment.ts';
import type { TopicUnit } from '../topics.ts';
import type { ClaimCandidate, Span, Stance } from '../types.ts';

export interface GroupMention extends Span {
  name: string;

  /** States the knowledge base records attributions to. */
  countries: string[];
  /** The state units the knowledge base says the group is ("GRU Unit 29155" for Ember Bear). */
  units?: string[];
  /** A group the knowledge base ties to no state: the state its sentence links it to (group-sponsor.ts). */
  sponsors?: string[];
  /**
   * The group's states (`countries`, else `sponsors`) that the text itself ties it to: those it names
   * by the end of the group's sentence (group-target.ts). Unset: every state of the group.
   */
  told?: string[];
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
  /**
   * Group nouns that point back to a group named before ("the group", "该组织": group-anaphora.ts):
   * what a claim there is about, never a group that speaks, acts or makes a claim in a rule.
   */
  groupRefs?: GroupMention[];
  /** Malware and botnets the knowledge base ties to a group ("WannaCry" to Lazarus Group). */
  tools?: ToolMention[];
  /** The article's home state (home-state.ts): the state whose officials and organs speak in it (computed on first call). */
  home?: () => string | undefined;
  /** The text's topic units (topics.ts), null for one story; computed from the sentences when absent. */
  topics?: TopicUnit[] | null;
}

export interface ToolMention extends Span {
  name: string;
  usedBy: string[];
}

export interface ClaimOutput {
  claims: ClaimCandidate[];
  /** People who speak or claim somewhere in the text. */
  speakers: Set<PersonCandidate>;
}

export type PartyKind = 'country' | 'organization' | 'person' | 'pronoun' | 'backref' | 'self';

/** A party mentioned in a sentence: named, or a pronoun or role word pointing back. */
export interface Party extends Span {
  kind: PartyKind;
  value?: string;
  country?: string;
  person?: PersonCandidate;
  victim?: boolean;
  /**
   * A definite common noun for a company: `refers` back to the organisation named last ("the company", "der Konzern");
   * `titles` a name the text does not know as a party ("la empresa 360"): that company, which stands for no claimant;
   * `unnamed` a company told only by its kind and its state ("a US security firm", state-premodifier.ts): no claimant either;
   * `asker` the author of a parliamentary question (asker.ts); `member` a party's member named before ("the lawmaker");
   * `officials`: a state's police or prosecutors with no state named (claims/investigating-body.ts);
   * `authorities`: a generic noun for a state's authorities opening the sentence, no state named ("the authorities", "власти");
   * `outlet`: a news outlet by its kind ("the newspaper", "le quotidien", "该报"): the outlet named last (outlet-ref.ts);
   * `latter`: "the latter", "ce dernier", "Letzterer": the party named last before it (latter-ref.ts).
   */
  company?: 'refers' | 'titles' | 'unnamed' | RefCompany;
}

/** The references that point back at a party of their own kind, resolved by ClaimContext.resolve. */
export type RefCompany = 'staff' | 'report' | 'asker' | 'member' | 'officials' | 'authorities' | 'outlet' | 'body' | 'embassy' | 'latter';

/** Who a party stands for as a claimant: a state (its code) or an organisation (its name). */
export interface Resolved {
  value: string;
  kind: 'state' | 'organization';
  person?: PersonCandidate;
}

export type CueCategory = 'say' | 'sourceBefore' | 'accuse' | 'claimsOwn' | 'blame' | 'pointsTo' | 'doneBy' | 'accuseNoun' | 'deny' | 'denyQualifier' | 'warn' | 'callFor' | 'confirm' | 'hostile' | 'similar' | 'modal';

/** A cue of the language profile found in a sentence. */
export interface Cue extends Span {
  cat: CueCategory;
  text: string;
}

export const CUE_CATEGORIES: CueCategory[] = ['say', 'sourceBefore', 'accuse', 'claimsOwn', 'blame', 'pointsTo', 'doneBy', 'accuseNoun', 'deny', 'denyQualifier', 'warn', 'callFor', 'confirm', 'hostile', 'similar', 'modal'];

export const STANCE_CUES = ['accuse', 'deny', 'warn', 'callFor', 'confirm'] as const;
export type StanceCue = (typeof STANCE_CUES)[number];
export const STANCE_OF: Record<StanceCue, Stance> = {
  accuse: 'accuses', deny: 'denies', warn: 'warns', callFor: 'calls-for', confirm: 'confirms',
};
export const STANCE_OR_SAY = new Set<CueCategory>(['accuse', 'deny', 'warn', 'callFor', 'confirm', 'say']);

/** The speech frame of a sentence: its speaker and the span their words cover. */
export interface SentenceFrame {
  si: number;
  sentence: Sentence;
  parties: Party[];
  cues: Cue[];
  speaker: Resolved | undefined;
  speakerParty: Party | undefined;
  contentStart: number;
  contentEnd: number;
  /** Parties a joint marker introduces as co-signers; `heads`: the list right before the marker ("the FBI and the NSA, together with ..."); `partners`: every party the marker introduces, co-signer or not ("together with French police"); `cooperating`: partners a cooperation marker names ("will cooperate with X"), neither signers nor subjects nor targets. */
  joint: { members: Resolved[]; parties: Party[]; heads?: Party[]; partners?: Party[]; cooperating?: Party[] };
  /** Claims made so far in this sentence (all its clauses). */
  produced: ClaimCandidate[];
}

/** One clause of a sentence, with the parties, cues and threat groups inside it. */
export interface ClauseFrame extends SentenceFrame {
  clause: Span;
  /** The passage quoted as evidence: the clause, or the whole clause a clause of its own was cut from (own-clause.ts). */
  evidenceSpan: Span;
  /** Parties and cues inside the clause. */
  cp: Party[];
  cc: Cue[];
  /** Threat groups of the clause, else of the sentence. */
  about: GroupMention[];
  /** "declined to comment": the clause reports silence. */
  silent: boolean;
  /** How many claims the sentence had before this clause. */
  before: number;
}
