/**
 * People found in the text under a name the knowledge base knows in another language ("Lâm Kiếm")
 * take the name the rest of the world uses ("Lin Jian"), keeping theirs as an alias, and the state
 * they speak for when the text did not say. A Chinese official otherwise unknown, written in
 * Sino-Vietnamese, is given the pinyin reading of the name.
 */
import { knownPerson } from '../knowledge/index.ts';
import { hanVietToPinyin } from './han-viet.ts';
import type { PersonCandidate } from './people.ts';

export function withKnownNames(people: PersonCandidate[], lang: string): void {
  for (const p of people) {
    const known = [p.name, ...p.aliases].map(knownPerson).find(Boolean);
    if (!known) {
      // A Chinese official written in Sino-Vietnamese ("Lâm Kiếm"): the pinyin name the others use.
      // Only when the text says they speak for China: most Vietnamese names read as Hán-Việt too.
      const pinyin = lang === 'vi' && p.speaks_for === 'CN' ? hanVietToPinyin(p.name) : null;
      if (pinyin && pinyin !== p.name) {
        if (!p.aliases.includes(p.name)) p.aliases.unshift(p.name);
        p.name = pinyin;
      }
      continue;
    }
    if (p.name !== known.name) {
      if (!p.aliases.includes(p.name)) p.aliases.unshift(p.name);
      p.name = known.name;
    }
    // The knowledge base knows whose official they are better than the nearest state in the sentence.
    p.speaks_for = known.country;
  }
}
