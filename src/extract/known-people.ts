/**
 * People found in the text under a name the knowledge base knows in another language ("Lâm Kiếm")
 * take the name the rest of the world uses ("Lin Jian"), keeping theirs as an alias, and the state
 * they speak for when the text did not say.
 */
import { knownPerson } from '../knowledge/index.ts';
import type { PersonCandidate } from './people.ts';

export function withKnownNames(people: PersonCandidate[]): void {
  for (const p of people) {
    const known = [p.name, ...p.aliases].map(knownPerson).find(Boolean);
    if (!known) continue;
    if (p.name !== known.name) {
      if (!p.aliases.includes(p.name)) p.aliases.unshift(p.name);
      p.name = known.name;
    }
    p.speaks_for ??= known.country;
  }
}
