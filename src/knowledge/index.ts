/**
 * Public surface of the knowledge module: the default knowledge OpsTrack ships (countries, sectors,
 * threat groups, state organisations, software) and a resolver built over it once per process.
 */
import { buildCountries } from './data/countries.ts';
import { buildSectors } from './data/sectors.ts';
import { buildGroups } from './data/groups.ts';
import { buildCompanies } from './data/companies.ts';
import { buildRegions } from './data/regions.ts';
import { AliasResolver } from './resolver.ts';
import type { KnownEntity } from './types.ts';

export type * from './types.ts';
export { AliasResolver } from './resolver.ts';
export { normalizeName, compactName, tokenize, isCaseSensitiveName } from './normalize.ts';
export { knowledgeId } from './ids.ts';

let cached: KnownEntity[] | undefined;
let resolver: AliasResolver | undefined;

/** Every built-in entity, built once and frozen (callers share it). */
export function loadDefaultKnowledge(): KnownEntity[] {
  if (!cached) {
    const countries = buildCountries();
    cached = [...countries, ...buildRegions(), ...buildSectors(), ...buildGroups(), ...buildCompanies()];
    Object.freeze(cached);
  }
  return cached;
}

/** A resolver over the default knowledge, built on first use. */
export function defaultResolver(): AliasResolver {
  return (resolver ??= new AliasResolver(loadDefaultKnowledge()));
}
