/**
 * Keeps the vocabulary of names (vocabulary.ts) in step with every write, in the write's own
 * transaction, whoever writes (registered once at the composition root, like the claim index).
 * Deletes leave words behind: they are only ever suggestions for a query that visibility then filters.
 * It reads the write's rows (their normalised name and aliases), not its objects, so a bulk write
 * parses no JSON for it.
 */
import type { SqlDb } from '../storage/sql-db.ts';
import type { PutWrite, StoreHook } from '../storage/store.ts';
import { addTerms, nameWordsOfRows } from './vocabulary.ts';

/** Types whose names analysts search for by name (writes of indicators and observables skip the hook). */
export const NAMED_TYPES: readonly string[] = Object.freeze([
  'intrusion-set', 'threat-actor', 'campaign', 'malware', 'tool', 'location', 'identity', 'attack-pattern', 'infrastructure', 'vulnerability', 'course-of-action',
]);

const NAMED = new Set(NAMED_TYPES);

export const searchVocabularyHook: StoreHook = Object.freeze({
  name: 'search-vocabulary',
  types: [], // reads write.rows, no parsed objects
  async afterPut(tx: SqlDb, { rows }: PutWrite) {
    const words = nameWordsOfRows(rows.filter((r) => NAMED.has(r.type)));
    if (words.size > 0) await addTerms(tx, words);
  },
});
