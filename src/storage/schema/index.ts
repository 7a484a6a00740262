/**
 * The ordered schema. Each file `0NN-name.ts` registers its migration with `defineMigration`; add
 * ONE import line here for yours. Number ranges: 001-009 objects (storage), 010-019 auth,
 * 020-029 claims, 030-039 knowledge, 040-049 ingestion/drafts/feeds.
 */
import type { Migration } from '../migrations.ts';
import { registeredMigrations } from './registry.ts';
import './001-objects.ts';
import './01x-auth.ts';
import './02x-claims.ts';
import './018-taxii-collections.ts';
import './040-drafts.ts';

export const migrations: readonly Migration[] = registeredMigrations();
