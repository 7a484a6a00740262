/**
 * The vocabulary of names (search-schema.ts): words added as names and aliases are written, and
 * the corrections a misspelt query word may mean.
 */
import type { StixObject } from '../model/stix/core.ts';
import type { ObjectRow } from '../storage/object-row-shape.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import { searchFieldsOf } from '../storage/search-fields.ts';
import { normaliseSearchText } from '../storage/search-text.ts';
import { allowedEdits, correctableWords, deletionVariants, editDistance, MIN_CORRECTABLE } from './spelling.ts';

const CHUNK = 200;

/** Words of the names and aliases of `objects`, normalised. */
export function nameWordsOf(objects: readonly StixObject[]): Set<string> {
  const words = new Set<string>();
  for (const o of objects) {
    if (o === null || typeof o !== 'object') continue;
    for (const f of searchFieldsOf(o)) {
      if (f.field !== 'name' && f.field !== 'alias') continue;
      for (const w of correctableWords(normaliseSearchText(f.text))) words.add(w);
    }
  }
  return words;
}

/**
 * The same words read from stored rows (object-row.ts) instead of objects: a row's `searchName` and
 * `searchAliases` hold the normalised name and aliases that nameWordsOf would derive, so a bulk
 * write (rows prepared in worker threads) adds its words without parsing its JSON again. For rows
 * whose name is an observable's value (searchName from `value`, hashes) use nameWordsOf instead.
 */
export function nameWordsOfRows(rows: readonly Pick<ObjectRow, 'searchName' | 'searchAliases'>[]): Set<string> {
  const words = new Set<string>();
  for (const r of rows) {
    if (r.searchName) for (const w of correctableWords(r.searchName.trim())) words.add(w);
    if (r.searchAliases) {
      for (const line of r.searchAliases.split('\n')) for (const w of correctableWords(line.trim())) words.add(w);
    }
  }
  return words;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Adds the words the vocabulary lacks, with their variants, in the caller's transaction. */
export async function addTerms(tx: SqlDb, words: Iterable<string>): Promise<number> {
  const all = [...words];
  let added = 0;
  for (let i = 0; i < all.length; i += CHUNK) {
    const chunk = all.slice(i, i + CHUNK);
    const known = new Set((await tx.query<{ term: string }>(`SELECT term FROM search_terms WHERE term IN (${placeholders(chunk.length)})`, chunk)).map((r) => r.term));
    const fresh = chunk.filter((w) => !known.has(w));
    if (fresh.length === 0) continue;
    await tx.exec(`INSERT INTO search_terms (term) VALUES ${fresh.map(() => '(?)').join(', ')} ON CONFLICT DO NOTHING`, fresh);
    const pairs = fresh.flatMap((w) => deletionVariants(w).map((v) => [v, w] as const));
    for (let j = 0; j < pairs.length; j += CHUNK) {
      const part = pairs.slice(j, j + CHUNK);
      await tx.exec(`INSERT INTO search_term_variants (variant, term) VALUES ${part.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING`, part.flat());
    }
    added += fresh.length;
  }
  return added;
}

/**
 * Names' words `word` may be a misspelling of, nearest first (at most `limit`); none when a name
 * word starts with `word` as it is, or when `word` is too short or not letters.
 */
export async function correctionsOf(db: SqlDb, word: string, limit = 3): Promise<string[]> {
  if (correctableWords(word).length === 0 || [...word].length < MIN_CORRECTABLE) return [];
  const [known] = await db.query<{ term: string }>('SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT 1', [word, `${word}\uffff`]);
  if (known) return [];
  const variants = deletionVariants(word);
  const rows = await db.query<{ term: string }>(
    `SELECT term FROM search_term_variants WHERE variant IN (${placeholders(variants.length + 1)})` +
      ` UNION SELECT term FROM search_terms WHERE term IN (${placeholders(variants.length)})`,
    [word, ...variants, ...variants],
  );
  const max = allowedEdits(word);
  return rows
    .map((r) => ({ term: r.term, distance: editDistance(word, r.term) }))
    .filter((c) => c.distance > 0 && c.distance <= max)
    .sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, limit)
    .map((c) => c.term);
}
