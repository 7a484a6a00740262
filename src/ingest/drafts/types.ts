/**
 * What a draft is made from; the draft itself is declared in src/model/draft.ts. `published`: the
 * source's publication date as the analyst gives it (ISO 8601 date or timestamp), which wins over the
 * document's own metadata; `publishedFallback`: a date to use when the document gives none (a feed
 * item's date for the page it links).
 */
type Dated = { published?: string; publishedFallback?: string };
export type DraftInput =
  | ({ kind: 'text'; text: string; title?: string; filename?: string } & Dated)
  /** `url`: where already-fetched bytes came from (recorded, and deduplicated by its canonical form). */
  | ({ kind: 'bytes'; bytes: Uint8Array; filename?: string; contentType?: string; url?: string; title?: string } & Dated)
  /** Fetched in the background; private addresses only when the operator allows it (DraftServiceOptions). */
  | ({ kind: 'url'; url: string } & Dated);
