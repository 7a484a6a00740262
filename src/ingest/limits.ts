/**
 * The limits every document is held to, however it arrives (pasted text, an uploaded file, a URL,
 * a file or URL given to `opstrack ingest`) and whatever it is (text, HTML, PDF, RSS/Atom).
 * docs/drafts-api.md states the same figures; errors name the limit they hit.
 *
 * - `bytes`: the document as received (an upload, a fetched body, a file): 10 MiB.
 * - `textChars`: the text extraction reads: pasted text, or the text read from HTML, PDF or a feed.
 * - `timeMs`: reading plus extraction of one document, in a worker thread that is stopped when it
 *   runs over (the draft fails saying so); `OPSTRACK_INGEST_TIME_LIMIT` sets it in seconds.
 */
export const DOCUMENT_LIMITS = Object.freeze({
  bytes: 10 * 1024 * 1024,
  textChars: 2_000_000,
  timeMs: 120_000,
});

/** `10485760 bytes (10 MiB)`: a size as errors name it. */
export function describeBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${bytes} bytes (${mib} MiB)` : `${bytes} bytes`;
}
