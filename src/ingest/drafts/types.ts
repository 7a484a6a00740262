/** Draft reports awaiting review; the wire shape is documented in docs/drafts-api.md. */
import type { TlpLevel } from '../../model/tlp.ts';

export type DraftStatus = 'processing' | 'ready' | 'failed' | 'published';
export type DraftStage = 'fetching' | 'reading' | 'extracting' | 'done';
export type ItemStatus = 'proposed' | 'accepted' | 'rejected';
export type ItemKind = 'intrusion-set' | 'country' | 'sector' | 'person' | 'organization' | 'malware' | 'observable' | 'claim';

export interface DraftItem {
  id: string;
  kind: ItemKind;
  label: string;
  status: ItemStatus;
  /** 0..1 */
  confidence: number;
  spans: Array<{ start: number; end: number }>;
  entity_id?: string;
  /** The extraction record behind the item (edited fields replace the extracted ones). */
  data: Record<string, unknown>;
}

export interface DraftSummary {
  id: string;
  status: DraftStatus;
  title: string | null;
  language: string | null;
  created: string;
  updated: string;
  tlp: TlpLevel;
  report_id?: string;
  source: { url?: string; filename?: string; contentHash?: string };
}

export interface Draft extends DraftSummary {
  progress: { stage: DraftStage; percent: number };
  error?: string;
  text: string;
  items: DraftItem[];
  /** True when this answer is an earlier draft of the same document (same URL or same text). */
  duplicate?: boolean;
}

export type DraftInput =
  | { kind: 'text'; text: string; title?: string; filename?: string }
  /** `url`: where already-fetched bytes came from (recorded, and deduplicated by its canonical form). */
  | { kind: 'bytes'; bytes: Uint8Array; filename?: string; contentType?: string; url?: string }
  | { kind: 'url'; url: string; allowPrivate?: boolean };

export interface PublishResult {
  report_id: string;
  objects: number;
  claims: number;
}
