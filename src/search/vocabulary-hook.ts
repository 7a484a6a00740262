/**
 * Keeps the vocabulary of names (vocabulary.ts) in step with every write, in the write's own
 * transaction, whoever writes (registered once at the composition root, like the claim index).
 * Deletes leave words behind: they are only ever suggestions for a query that visibility then filters.
 */
import type { SqlDb } from '../storage/sql-db.ts';
import type { PutWrite, StoreHook } from '../storage/store.ts';
import { addTerms, nameWordsOf } from './vocabulary.ts';

export const searchVocabularyHook: StoreHook = Object.freeze({
  name: 'search-vocabulary',
  async afterPut(tx: SqlDb, { objects }: PutWrite) {
    const words = nameWordsOf(objects);
    if (words.size > 0) await addTerms(tx, words);
  },
});
