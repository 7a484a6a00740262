/**
 * A document as the readers hand it to extraction: the stored text (every span indexes into it)
 * plus what the source says about itself.
 */
export interface SourceDocument {
  text: string;
  title: string | null;
  author?: string;
  /** ISO 8601 date the source gives, if any. */
  published?: string;
  site?: string;
  url?: string;
  filename?: string;
  mediaType: string;
  /** SHA-256 of the stored text: deduplicates the same article reached by different routes. */
  contentHash: string;
}

/** One entry of an RSS/Atom feed, before its page is fetched. */
export interface FeedEntry {
  title: string | null;
  link?: string;
  published?: string;
  /** The feed's own text for the entry (summary or full content), as plain text. */
  text: string;
}
