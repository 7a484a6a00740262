/**
 * The row the store writes for one object version (derived by object-row.ts, in worker threads for
 * bulk imports): the denormalised columns queries filter, search and rank on, beside the JSON.
 * Kept apart from the derivation so the Store contract can name it without depending on it.
 */
import type { TlpLevel } from '../model/tlp.ts';

export interface Endpoint {
  ref: string;
  role: 'source' | 'target';
}

export interface ObjectRow {
  id: string;
  version: string;
  /** The object's own `modified`, else `created` (what callers are told), else null. */
  versionText: string | null;
  type: string;
  specVersion: string;
  revoked: number;
  name: string | null;
  description: string | null;
  aliases: string | null;
  sourceRef: string | null;
  targetRef: string | null;
  createdByRef: string | null;
  tlp: TlpLevel | null;
  json: string;
  /** Normalised texts (search-text.ts), each word preceded by a space so a word start is `% term`. */
  searchName: string | null;
  /** Normalised aliases, one per line and framed by newlines, so an exact alias is `%\n alias\n%`. */
  searchAliases: string | null;
  searchText: string | null;
  endpoints: Endpoint[];
}

