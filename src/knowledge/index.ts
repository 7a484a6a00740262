/**
 * Public surface of the knowledge module: the default knowledge OpsTrack ships (countries, sectors,
 * threat groups, state organisations, software) and a resolver built over it once per process.
 */
import { buildCountries } from './data/countries.ts';
import { buildSectors } from './data/sectors.ts';
import { buildGroups } from './data/groups.ts';
import { buildCompanies } from './data/companies.ts';
import { buildRegions } from './data/regions.ts';
import { PEOPLE } from './data/people-list.ts';
import { AliasResolver } from './resolver.ts';
import type { KnownEntity } from './types.ts';

export type * from './types.ts';
export { AliasResolver } from './resolver.ts';
export { normalizeName, compactName, tokenize, isCaseSensitiveName } from './normalize.ts';
export { knowledgeId } from './ids.ts';
export { sectorEntityId } from './data/sectors.ts';
export { SECTOR_COMPOUND_STEMS } from './data/sector-compounds.ts';

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

let people: Map<string, { name: string; country: string }> | undefined;

/** A known official by any of their names ("Lâm Kiếm", "林剑", "Lin Jian"): their usual name and state. */
export function knownPerson(name: string): { name: string; country: string } | undefined {
  if (!people) {
    people = new Map();
    for (const p of PEOPLE) {
      const v = { name: p.name, country: p.c };
      people.set(personKey(p.name), v);
      for (const list of Object.values(p.names)) for (const n of list ?? []) people.set(personKey(n), v);
    }
  }
  return people.get(personKey(name));
}

/** Every written form of every known official, longest first, with their usual name and state. */
export function knownPersonForms(): { form: string; name: string; country: string }[] {
  if (!forms) {
    forms = [];
    for (const p of PEOPLE) {
      const all = new Set([p.name, ...Object.values(p.names).flatMap((l) => l ?? [])]);
      for (const form of all) forms.push({ form, name: p.name, country: p.c });
    }
    forms.sort((a, b) => b.form.length - a.form.length);
  }
  return forms;
}
let forms: { form: string; name: string; country: string }[] | undefined;

function personKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
