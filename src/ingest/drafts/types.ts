/** What a draft is made from; the draft itself is declared in src/model/draft.ts. */
export type DraftInput =
  | { kind: 'text'; text: string; title?: string; filename?: string }
  /** `url`: where already-fetched bytes came from (recorded, and deduplicated by its canonical form). */
  | { kind: 'bytes'; bytes: Uint8Array; filename?: string; contentType?: string; url?: string }
  /** Fetched in the background; private addresses only when the operator allows it (DraftServiceOptions). */
  | { kind: 'url'; url: string };
