/**
 * What a draft is made from; the draft itself is declared in src/model/draft.ts. `published`: the
 * source's publication date as the analyst gives it (ISO 8601 date or timestamp), which wins over the
 * document's own metadata; `publishedFallback`: a date to use when the document gives none (a feed
 * item's date for the page it links); `extraction`: `rules` (default) or `rules+llm` (only when the
 * operator configured an LLM endpoint).
 */
import type { ExtractionMode } from '../../model/draft.ts';

type Dated = { published?: string; publishedFallback?: string; extraction?: ExtractionMode };
export type DraftInput =
  | ({ kind: 'text'; text: string; title?: string; filename?: string } & Dated)
  /** `url`: where already-fetched bytes came from (recorded, and deduplicated by its canonical form). */
  | ({ kind: 'bytes'; bytes: Uint8Array; filename?: string; contentType?: string; url?: string; title?: string } & Dated)
  /** Fetched in the background; private addresses only when the operator allows it (DraftServiceOptions). */
  | ({ kind: 'url'; url: string } & Dated);
