/** The store's own migrations, in order; the features' follow them (src/composition.ts). */
import type { Migration } from './migrations.ts';
import { dateAddedMicrosecondsMigration, objectsMigration } from './objects-schema.ts';
import { ownershipMigration } from './ownership-schema.ts';
import { collectionScopeMigration } from './collection-scope-schema.ts';
import { pageFlagsMigration } from './page-flags-schema.ts';

export const STORE_MIGRATIONS: readonly Migration[] = Object.freeze([
  objectsMigration, ownershipMigration, dateAddedMicrosecondsMigration, collectionScopeMigration, pageFlagsMigration,
]);
