/**
 * Anaphora by a definite group noun: "the group", "ce groupe", "die Gruppe", "el grupo", "эта
 * группировка", "该组织", "nhóm này" mean the threat group named last (lexicons/entity/group-schemes.ts
 * GROUP_REFS): "Velmora tracks Silt Heron. Canada said the group works for Iran" is about Silt Heron.
 * A group noun that a name follows ("the group Silt Heron", "группировка «X»") introduces that name
 * instead, and one followed by "of" ("the group of seven") is no threat group's.
 */
import type { GroupMention } from './claims/index.ts';
import { GROUP_REFS } from './lexicons/entity/group-schemes.ts';
import { cuesPerLanguage, execAll } from './lexicons/index.ts';
import type { Sentence } from './segment.ts';

/** Sentences over which a group noun reaches back, its own included. */
const GROUP_REACH = 3;

/** The language's group nouns, compiled on first use. */
const refsOf = cuesPerLanguage(GROUP_REFS);

/** The group-noun mentions of `text`, each as a mention of the group named last before it within reach. */
export function groupAnaphora(text: string, sentences: Sentence[], lang: string, groups: readonly GroupMention[]): GroupMention[] {
  const re = refsOf(lang);
  if (!re || groups.length === 0) return [];
  const out: GroupMention[] = [];
  for (const [si, s] of sentences.entries()) {
    if (s.title) continue;
    for (const m of execAll(re, s.text)) {
      if (!m[0]) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      // "the group Silt Heron", "группировка «X»", "the group of seven": not a reference back.
      if (/^[\s\u00a0]*(?:[«"“„\p{Lu}]|of\b|de\b|von\b|del\b)/u.test(text.slice(end, end + 6))) continue;
      if (groups.some((g) => g.start < end && start < g.end)) continue;
      const from = sentences[Math.max(0, si - GROUP_REACH + 1)]!.start;
      let antecedent: GroupMention | undefined;
      for (const g of groups) {
        if (g.end > start) break;
        if (g.start >= from) antecedent = g;
      }
      if (antecedent) out.push({ ...antecedent, start, end });
    }
  }
  return out;
}
