/**
 * Draft reports awaiting review: the wire shape documented in docs/drafts-api.md, shared by the
 * server (src/ingest/drafts) and the web app (`import type`). An item is a union by `kind`: its
 * `data` is the extraction candidate it was proposed from (edited fields replace extracted ones).
 * @module
 */
import type {
  ClaimCandidate, CountryHit, IntrusionSetHit, LinkedEntityHit, ObservableHit, PersonHit, SectorHit, Span,
} from './extraction.ts';
import type { TlpLevel } from './tlp.ts';

export type DraftStatus = 'processing' | 'ready' | 'failed' | 'published';
export type DraftStage = 'fetching' | 'reading' | 'extracting' | 'done';
export type ItemStatus = 'proposed' | 'accepted' | 'rejected';
/** How claims were extracted: the rules alone, or the rules with the operator's LLM (when configured). */
export type ExtractionMode = 'rules' | 'rules+llm';
export const EXTRACTION_MODES: readonly ExtractionMode[] = ['rules', 'rules+llm'];

/** What each kind of item holds in `data`. */
export interface ItemData {
  'intrusion-set': IntrusionSetHit;
  country: CountryHit;
  sector: SectorHit;
  person: PersonHit;
  organization: LinkedEntityHit;
  malware: LinkedEntityHit;
  observable: ObservableHit;
  claim: ClaimCandidate;
}

export type ItemKind = keyof ItemData;

export interface ItemOf<K extends ItemKind> {
  id: string;
  kind: K;
  label: string;
  status: ItemStatus;
  /** 0..1 */
  confidence: number;
  spans: Span[];
  entity_id?: string;
  /** The extraction record behind the item (edited fields replace the extracted ones). */
  data: ItemData[K];
}

/** The item of one kind (or of any of several kinds), as a union by `kind`. */
export type DraftItemOf<K extends ItemKind> = { [P in ItemKind]: ItemOf<P> }[K];

/** One proposed entity, person, observable or claim, discriminated by `kind`. */
export type DraftItem = DraftItemOf<ItemKind>;

export interface DraftSummary {
  id: string;
  status: DraftStatus;
  title: string | null;
  language: string | null;
  created: string;
  updated: string;
  tlp: TlpLevel;
  report_id?: string;
  /** The source's publication date (analyst, metadata or feed item), null when unknown. */
  published: string | null;
  source: { url?: string; filename?: string; contentHash?: string };
}

export interface Draft extends DraftSummary {
  progress: { stage: DraftStage; percent: number };
  error?: string;
  /** The extraction asked for when ingesting. */
  extraction_mode: ExtractionMode;
  /** What the reviewer should know about how the draft was made (an LLM endpoint that failed, claims dropped). */
  warnings: string[];
  text: string;
  items: DraftItem[];
  /** True when this answer is an earlier draft of the same document (same URL or same text). */
  duplicate?: boolean;
}

export interface PublishResult {
  report_id: string;
  objects: number;
  claims: number;
}
