/**
 * A claim or statement as one English sentence, built here only and used by the web UI's cards and
 * the CLI's tables: "China (Ministry of Foreign Affairs, Lin Jian) denies that it is behind Volt
 * Typhoon, 15 April 2024, 3 sources". The party (the state or body spoken for) leads; the office and
 * the speaker follow in brackets when the claimant is not the party itself; the subject is named
 * (intrusion sets, campaigns) or described; the date reads at its precision ("April 2024") or as
 * "date unknown"; the source count is the viewer's. Free of runtime dependencies (the web bundle
 * imports it).
 * @example
 * claimSentence({ party: 'China', office: 'Ministry of Foreign Affairs', speaker: 'Lin Jian', stance: 'denies',
 *   subjects: ['Volt Typhoon'], addressees: ['China'], addresseeIsParty: [true], date: { made_on: '2024-04-15' }, sources: 3 });
 */
import type { ClaimStance } from './claim.ts';

/** Who a claimant is (src/claims/claimant-kind.ts decides): the filters of the statement lists. */
export const CLAIMANT_KINDS = ['state', 'agency', 'vendor', 'media', 'other'] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export interface SentenceDate {
  made_on?: string;
  made_on_precision?: 'day' | 'week' | 'month' | 'year';
  made_on_source?: 'text' | 'publication' | 'unknown';
}

export interface SentenceParts {
  /** The state or body the claim is made for (the party), by name. */
  party: string;
  /** The office or body that made it, when not the party itself ("Ministry of Foreign Affairs"). */
  office?: string;
  /** The person who spoke, when known ("Lin Jian"). */
  speaker?: string;
  stance: ClaimStance;
  /** Names of what the claim is about (intrusion sets, campaigns...). */
  subjects: string[];
  /** The activity in words, when no subject is named. */
  subjectDescription?: string;
  /** Names of the addressees (accused, cleared, warned, called on). */
  addressees: string[];
  /** Per addressee: whether it is the party itself (then it reads "it"). */
  addresseeIsParty?: boolean[];
  date?: SentenceDate;
  /** Independent sources the reader can see; absent: not said. */
  sources?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "15 April 2024", "week of 8 April 2024", "April 2024", "2024" or "date unknown". */
export function sentenceDate(d: SentenceDate | undefined): string {
  if (!d?.made_on || d.made_on_source === 'unknown') return 'date unknown';
  const [y, m, day] = d.made_on.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  switch (d.made_on_precision) {
    case 'year': return `${y}`;
    case 'month': return `${month} ${y}`;
    case 'week': return `week of ${Number(day)} ${month} ${y}`;
    default: return `${Number(day)} ${month} ${y}`;
  }
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function clip(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** The claim's words without date and count: "China (Ministry of Foreign Affairs, Lin Jian) denies that it is behind Volt Typhoon". */
export function claimClause(p: SentenceParts): string {
  const bracket = [p.office, p.speaker].filter((s): s is string => !!s && s !== p.party);
  const who = bracket.length ? `${p.party} (${bracket.join(', ')})` : p.party;
  const addressees = listNames(p.addressees.map((a, i) => (p.addresseeIsParty?.[i] ? 'it' : a)));
  const subject = p.subjects.length ? listNames(p.subjects) : p.subjectDescription ? `“${clip(p.subjectDescription)}”` : '';
  const behind = (verb: string) => {
    if (subject && addressees) return `${verb} that ${addressees} ${addressees === 'it' || p.addressees.length === 1 ? 'is' : 'are'} behind ${subject}`;
    if (subject) return `${verb} ${subject}`;
    return addressees ? `${verb} the accusations against ${addressees === 'it' ? 'it' : addressees}` : verb;
  };
  // "over Volt Typhoon", or "about “the activity in words”"
  const over = subject ? (p.subjects.length ? ` over ${subject}` : ` about ${subject}`) : '';
  switch (p.stance) {
    case 'attributes':
      return `${who} attributes ${subject || 'the activity'}${addressees ? ` to ${addressees}` : ''}`;
    case 'accuses':
      return `${who} accuses ${addressees || 'unnamed parties'}${over}`;
    case 'denies':
      return `${who} ${behind('denies')}`;
    case 'confirms':
      return `${who} ${behind('confirms')}`;
    case 'warns':
      return `${who} warns ${addressees || 'unnamed parties'}${over}`;
    case 'calls-for':
      return `${who} calls on ${addressees || 'unnamed parties'}${over}`;
    case 'overlaps':
      return `${who} says ${p.subjects.length >= 2 ? `${listNames(p.subjects.slice(1))} overlaps with ${p.subjects[0]}` : `${subject} overlaps with another cluster`}`;
    default:
      return `${who} ${String(p.stance)} ${subject}`.trim();
  }
}

/** The whole sentence: clause, date and (when given) the number of sources. */
export function claimSentence(p: SentenceParts): string {
  const parts = [claimClause(p), sentenceDate(p.date)];
  if (p.sources !== undefined) parts.push(`${p.sources} source${p.sources === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** A claim-like record and display names: the parts of its sentence. */
export interface SentenceSource extends SentenceDate {
  claimant_ref: string;
  speaks_for_ref?: string;
  stance: ClaimStance;
  subject_refs?: string[];
  subject_description?: string;
  addressee_refs?: string[];
}

export interface SentenceNames {
  /** Display name of an id (falls back to the id). */
  name(id: string): string | undefined;
  /** An individual's office or role, when known ("Ministry of Foreign Affairs"). */
  office?(id: string): string | undefined;
  /** Whether the id is a person. */
  isPerson?(id: string): boolean;
}

const GOVERNMENT_OF = /^Government of /;

/** Longest role phrase read as an office; a longer one is a clause the extractor took whole. */
const OFFICE_CHARS = 60;

/**
 * The office of a person identity for the sentence: their first role (publishing puts the body
 * they speak for first, src/ingest/drafts/publish.ts), else their description, when short.
 */
export function officeOf(o: { roles?: unknown; description?: unknown; [k: string]: unknown } | undefined): string | undefined {
  const role = Array.isArray(o?.roles) && typeof o.roles[0] === 'string' ? o.roles[0] : typeof o?.description === 'string' ? o.description : undefined;
  const t = role?.replace(/\s+/g, ' ').trim();
  return t && t.length <= OFFICE_CHARS ? t : undefined;
}

/** The sentence parts of a claim (or a statement, which has the same fields). */
export function sentencePartsOf(c: SentenceSource, names: SentenceNames, extra: { sources?: number; date?: SentenceDate } = {}): SentenceParts {
  const n = (id: string) => names.name(id) ?? id;
  const partyRef = c.speaks_for_ref ?? c.claimant_ref;
  const claimantName = n(c.claimant_ref);
  let office: string | undefined;
  let speaker: string | undefined;
  if (c.speaks_for_ref && c.speaks_for_ref !== c.claimant_ref) {
    if (names.isPerson?.(c.claimant_ref)) {
      speaker = claimantName;
      office = names.office?.(c.claimant_ref);
    } else if (!GOVERNMENT_OF.test(claimantName)) {
      office = claimantName;
    }
  }
  const party = n(partyRef);
  return {
    party, office, speaker,
    stance: c.stance,
    subjects: (c.subject_refs ?? []).map(n),
    subjectDescription: c.subject_description,
    addressees: (c.addressee_refs ?? []).map(n),
    addresseeIsParty: (c.addressee_refs ?? []).map((a) => a === partyRef),
    date: extra.date ?? c,
    sources: extra.sources,
  };
}
