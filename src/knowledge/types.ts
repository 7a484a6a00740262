/**
 * The contracts of OpsTrack's built-in knowledge: entities (countries, sectors, threat groups,
 * state organisations, software) with their names in the languages news is written in, and the
 * shapes the alias resolver answers with.
 */

export type KnownEntityType = 'intrusion-set' | 'threat-actor' | 'malware' | 'tool' | 'location' | 'identity';
export type KnownEntityKind = 'country' | 'region' | 'sector' | 'group' | 'organization' | 'software';

/**
 * How an alias relates to the entity: `same` names the entity itself; `overlap` is a cluster that a
 * source says overlaps with it (a vendor claim others may dispute). An overlap never merges entities.
 */
export type AliasRelation = 'same' | 'overlap';

export interface KnownAlias {
  name: string;
  /** BCP 47 language of the form (`en`, `vi`, `zh`, `zh-Hant`, `ru`, `fr`, ...); absent when language-neutral (codes, ids). */
  lang?: string;
  /** Who uses or asserts this name, e.g. `MITRE ATT&CK`, `Microsoft`, `CrowdStrike`, `i18n-iso-countries`. */
  source?: string;
  /** Default `same`. */
  relation?: AliasRelation;
  /**
   * What kind of form this is: a demonym/adjective ("Chinese"), a metonym (a capital or seat of
   * power: "Kremlin"), an inflected form, a short name... Informational; extraction may weigh them.
   */
  form?: 'name' | 'short' | 'demonym' | 'metonym' | 'inflection' | 'code' | 'term' | 'member' | 'adjective';
}

export interface Attribution {
  /** ISO 3166-1 alpha-2 of the state the entity is attributed to. */
  country: string;
  /** Who makes the attribution (stored as a claim by this source, not as a bare fact). */
  source: string;
  /** Optional state organisation named by the source (e.g. `GRU Unit 26165`, `MSS`). */
  organization?: string;
}

export interface KnownEntity {
  /** Deterministic STIX id (hash of a fixed namespace + kind + key, see ids.ts): identical on every install. */
  id: string;
  type: KnownEntityType;
  kind: KnownEntityKind;
  /** Canonical name: ATT&CK's where one exists; English short name for countries; the slug for sectors. */
  name: string;
  /** ISO 3166-1 alpha-2 for countries. */
  code?: string;
  /** STIX region-ov value for regions ("northern-america"). */
  region?: string;
  /** Sector slug for sectors; for an organisation, the sector it belongs to (a carrier: telecommunications). */
  sector?: string;
  /** ATT&CK id (G0001, S0001). */
  attackId?: string;
  aliases: KnownAlias[];
  attributedTo?: Attribution[];
  description?: string;
  /** For software: the threat groups it is tied to (the one group that uses it). */
  usedBy?: string[];
}

/** How a name matched in resolve(): best first in this order. */
export type MatchHow = 'canonical' | 'alias' | 'normalized' | 'compact';

export interface Match {
  entity: KnownEntity;
  /** The known name (canonical or alias) that matched. */
  matched: string;
  relation: AliasRelation;
  how: MatchHow;
  /** Higher is better; matches are sorted by it. */
  score: number;
  /** Language and source of the alias that matched, when known. */
  lang?: string;
  source?: string;
  /** Set for overlaps: says that the name is a different cluster a source links to the entity. */
  caveat?: string;
}

export interface Mention {
  /** UTF-16 offsets into the original text: text.slice(start, end) === surface. */
  start: number;
  end: number;
  surface: string;
  entity: KnownEntity;
  /** The known name that matched. */
  matched: string;
  relation: AliasRelation;
  lang?: string;
  form?: KnownAlias['form'];
  caveat?: string;
  /** Other entities the same words name (ambiguous surface), best first. */
  alternatives?: KnownEntity[];
}

export interface FindMentionsOptions {
  /** Language of the text; aliases tagged with another language still match (names cross languages). */
  lang?: string;
  /** Only entities of these kinds. */
  kinds?: KnownEntityKind[];
}
