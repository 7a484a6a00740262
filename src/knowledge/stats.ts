/** Counts over the default knowledge (for `opstrack knowledge stats` and reports). */
import { loadDefaultKnowledge } from './index.ts';

export function knowledgeStats() {
  const k = loadDefaultKnowledge();
  const kinds: Record<string, number> = {};
  const aliasesByLang: Record<string, number> = {};
  let aliases = 0;
  let overlaps = 0;
  let attributions = 0;
  for (const e of k) {
    kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
    attributions += e.attributedTo?.length ?? 0;
    for (const a of e.aliases) {
      aliases++;
      if (a.relation === 'overlap') overlaps++;
      const lang = a.lang ?? 'neutral';
      aliasesByLang[lang] = (aliasesByLang[lang] ?? 0) + 1;
    }
  }
  const groupsWithAttackId = k.filter((e) => e.kind === 'group' && e.attackId).length;
  return { kinds, aliases, aliasesByLang, overlaps, attributions, groupsWithAttackId };
}
