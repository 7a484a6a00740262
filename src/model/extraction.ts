/**
 * What extraction proposes: the shape of `opstrack extract --json` (see ../shared/eval/README.md)
 * and of the data behind each draft item. Everything here is a candidate proposed to an analyst,
 * never a stored fact. Types only, so the web app can `import type` them (through draft.ts).
 * @module
 */

/** UTF-16 offsets into the text as read: `text.slice(start, end)` is the mention. */
export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

export interface IntrusionSetHit {
  /** ATT&CK's name where one exists (the knowledge base's canonical name). */
  name: string;
  aliases: string[];
  /** STIX id of the knowledge-base object. */
  id?: string;
  attack_id?: string;
  mentions: Span[];
}

export interface CountryHit {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  id?: string;
  mentions: Span[];
}

export interface SectorHit {
  /** One of the sector slugs (telecommunications, government, ... critical-infrastructure). */
  name: string;
  id?: string;
  mentions: Span[];
}

export interface LinkedEntityHit {
  kind: 'organization' | 'software';
  name: string;
  id: string;
  type: string;
  mentions: Span[];
}

export interface PersonHit {
  name: string;
  aliases: string[];
  role?: string;
  /** ISO alpha-2 of the state the person speaks for, when the text says it. */
  speaks_for?: string;
  /** The body named in the role ("foreign ministry", "FBI"), when there is one. */
  body?: string;
  mentions: Span[];
}

export type ObservableType =
  | 'ipv4-addr' | 'ipv6-addr' | 'domain-name' | 'url' | 'email-addr' | 'file:hashes.MD5'
  | 'file:hashes.SHA-1' | 'file:hashes.SHA-256' | 'file:hashes.SHA-512' | 'vulnerability';

export interface ObservableHit {
  type: ObservableType;
  /** Refanged, normalised value (lower-case hashes and domains). */
  value: string;
  mentions: Span[];
}

/** How exact a statement date is: `made_on` is the day, or the first day of the week, month or year. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';
/** Where a statement date came from: the text (dateline, explicit or relative date), the publication date, or nowhere. */
export type DateSource = 'text' | 'publication' | 'unknown';

export type Stance = 'attributes' | 'accuses' | 'denies' | 'confirms' | 'warns' | 'calls-for';

export interface ClaimCandidate {
  /** ISO alpha-2 for a state or its officials, else the organisation's name. */
  claimant: string;
  claimant_kind: 'state' | 'organization';
  stance: Stance;
  /** The accused or warned party (alpha-2 or organisation name), if any. */
  target?: string;
  /** Intrusion sets the claim is about, by canonical name. */
  about: string[];
  evidence: Evidence;
  confidence: number;
  /** The named speaker the claim was resolved from, when there is one. */
  speaker?: string;
  /** How it was found: a stance cue, reported speech about a hostile act, an echoed claim, the LLM, or an analyst's own (review). */
  method: 'cue' | 'reported' | 'echo' | 'llm' | 'analyst';
  /** Statement date YYYY-MM-DD (src/extract/dates.ts); absent when `made_on_source` is `unknown`. */
  made_on?: string;
  made_on_precision?: DatePrecision;
  made_on_source?: DateSource;
  /**
   * Names an LLM gave for the claimant, target or operations that the knowledge base does not
   * know: candidates for the reviewer, never given an id (method `llm` only).
   */
  unresolved?: string[];
}

export interface Extraction {
  /** ISO 639-1, or `und` when undetermined. */
  language: string;
  title: string | null;
  /** The `Source: <address>` line, when the document ends with one. */
  source: string | null;
  intrusion_sets: IntrusionSetHit[];
  countries: CountryHit[];
  sectors: SectorHit[];
  people: PersonHit[];
  observables: ObservableHit[];
  claims: ClaimCandidate[];
  /** Other linked knowledge (state organisations, malware, tools). */
  entities: LinkedEntityHit[];
}
