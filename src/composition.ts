/**
 * What a store is made of, listed once for every composition root (app.ts through its callers,
 * the CLI, the demo seeding, tests): the features' migrations, in the order a database applies
 * them after the store's own (001-objects), and the hooks every write runs inside its transaction.
 * Each feature keeps its DDL beside its repository; migration ids are never renamed, so a database
 * written by an earlier release upgrades in place.
 * @example
 * const store = await openOpsTrackStore(storeConfigFromEnv());
 */
import { authMigration, installationAdminsMigration, loginThrottleMigration } from './auth/auth-schema.ts';
import { installationAuditHook } from './auth/installation-audit.ts';
import { claimIndexHook } from './claims/claim-index-hook.ts';
import { claimsMigration } from './claims/claims-schema.ts';
import { claimsDatesMigration } from './claims/claims-dates-schema.ts';
import { claimsVisibilityMigration } from './claims/claims-visibility-schema.ts';
import { claimsMatrixIndexMigration, claimsSectorMatrixMigration } from './claims/claims-sector-matrix-schema.ts';
import { statementHook } from './claims/statement-hook.ts';
import { buildPendingStatements } from './claims/statement-index.ts';
import { claimStatementsMigration, statementsSpeakerVoiceMigration, statementsContestedOrderMigration, statementsListOrderMigration, statementsMonthMatrixMigration, statementsVisibilityMigration } from './claims/statements-schema.ts';
import { machineTranslationsMigration } from './translate/translation-cache-schema.ts';
import { draftsJobsMigration, draftsMigration } from './ingest/drafts/drafts-schema.ts';
import { draftsLlmMigration } from './ingest/drafts/llm-schema.ts';
import { feedsMigration } from './ingest/feeds/feeds-schema.ts';
import { jobsMigration } from './jobs/jobs-schema.ts';
import type { Migration } from './storage/migrations.ts';
import { reindexSearch, searchIndexBehind } from './search/search-reindex.ts';
import { searchMigration } from './search/search-schema.ts';
import { watchHook } from './watch/watch-hook.ts';
import { watchEventsIndexMigration, watchMigration } from './watch/watch-schema.ts';
import { searchVocabularyHook } from './search/vocabulary-hook.ts';
import { searchNamesMigration, searchPrefixesMigration } from './search/search-indexes-schema.ts';
import { openStore, type StoreConfig } from './storage/open-store.ts';
import { declaredPropertiesMigration, declareStoredProperties } from './storage/property-declarations.ts';
import type { Store, StoreFeatures, StoreHook } from './storage/store.ts';
import { taxiiCollectionOwnerMigration, taxiiCollectionsMigration } from './taxii/taxii-schema.ts';

/** The features' migrations, in order (the store runs its own, 001-objects and 002-ownership, before them). */
export const FEATURE_MIGRATIONS: readonly Migration[] = Object.freeze([
  authMigration, // 010-auth
  installationAdminsMigration, // 011-installation-admins
  taxiiCollectionsMigration, // 018-taxii-collections
  taxiiCollectionOwnerMigration, // 019-taxii-collection-owner
  claimsMigration, // 020-claims
  draftsMigration, // 040-drafts
  feedsMigration, // 041-feeds
  claimsDatesMigration, // 043-claims-dates
  claimsVisibilityMigration, // 044-claims-visibility
  machineTranslationsMigration, // 047-machine-translations
  searchMigration, // 050-search
  claimStatementsMigration, // 051-claim-statements
  searchNamesMigration, // 052-search-names
  searchPrefixesMigration, // 053-search-prefixes
  statementsSpeakerVoiceMigration, // 054-statements-speaker-voice (regroups once; marks 051's state row)
  watchMigration, // 060-watch
  loginThrottleMigration, // 070-login-throttle
  draftsJobsMigration, // 071-drafts-jobs
  jobsMigration, // 072-jobs
  draftsLlmMigration, // 073-drafts-llm
  claimsSectorMatrixMigration, // 080-claims-sector-matrix
  claimsMatrixIndexMigration, // 081-claims-matrix-index
  declaredPropertiesMigration, // 090-declared-properties
  watchEventsIndexMigration, // 091-watch-events-index
  statementsVisibilityMigration, // 092-statements-visibility (regroups once; marks 051's state row)
  statementsContestedOrderMigration, // 093-statements-contested-order
  statementsMonthMatrixMigration, // 094-statements-month-matrix
  statementsListOrderMigration, // 095-statements-list-order
]);

/**
 * Run by every put and delete, whoever writes, in the same transaction: the claim index, its
 * statements, the vocabulary of names and the watch outbox stay in step, and installation admins'
 * writes of others' ids are audited.
 */
export const STORE_HOOKS: readonly StoreHook[] = Object.freeze([claimIndexHook, statementHook, searchVocabularyHook, watchHook, installationAuditHook]);

/**
 * Run after the migrations on every open, each once per database: a database upgraded to 051 groups
 * its stored claims into statements; one upgraded to 090 declares the OpsTrack properties its
 * stored versions use (written undeclared by releases before it).
 */
export const AFTER_MIGRATE: StoreFeatures['afterMigrate'] = Object.freeze([buildPendingStatements, declareStoredProperties]);

export const STORE_FEATURES: StoreFeatures = Object.freeze({ migrations: FEATURE_MIGRATIONS, hooks: STORE_HOOKS, afterMigrate: AFTER_MIGRATE });

/**
 * OpsTrack's store: `openStore` with every feature's tables and write hooks. A database written by
 * an earlier release has its search columns re-derived once, here, before anything reads it.
 */
export async function openOpsTrackStore(config: StoreConfig = {}): Promise<Store> {
  const store = await openStore(config, STORE_FEATURES);
  try {
    if (await searchIndexBehind(store.db)) {
      let last = 0;
      await reindexSearch(store.db, ({ done, total }) => {
        if (done - last < 50_000 && done < total) return;
        last = done;
        process.stderr.write(`opstrack: search text re-derived for ${done}/${total} stored versions (once, after an upgrade)\n`);
      });
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
