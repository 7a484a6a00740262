/**
 * Anaphora by a definite group noun: "the group", "ce groupe", "die Gruppe", "el grupo", "эта
 * группировка", "该组织", "nhóm này" mean the threat group named last (lexicons/entity/group-schemes.ts
 * GROUP_REFS): "Velmora tracks Silt Heron. Canada said the group works for Iran" is about Silt Heron.
 * A group noun that a name follows ("the group Silt Heron", "группировка «X»") introduces that name
 * instead, and one followed by "of" ("the group of seven") is no threat group's. One inside a description by the language
 * an actor speaks ("с русскоязычной группировкой", profile `languageActors`) tells of an actor the text does not name.
 */
import type { GroupMention } from './claims/index.ts';
import { GROUP_REFS } from './lexicons/entity/group-schemes.ts';
import { cuesPerLanguage, execAll, lexiconFor } from './lexicons/index.ts';
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
  const described = lexiconFor(lang)?.languageActors;
  for (const [si, s] of sentences.entries()) {
    if (s.title) continue;
    const unnamed = described ? execAll(described, s.text) : [];
    for (const m of execAll(re, s.text)) {
      if (!m[0]) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      // "the group Silt Heron", "группировка «X»", "the group of seven": not a reference back.
      if (/^[\s\u00a0]*(?:[«"“„\p{Lu}]|of\b|de\b|von\b|del\b)/u.test(text.slice(end, end + 6))) continue;
      if (groups.some((g) => g.start < end && start < g.end)) continue;
      if (unnamed.some((u) => u.index <= m.index && m.index + m[0].length <= u.index + u[0].length)) continue;
      const antecedent = antecedentOf(sentences, si, start, groups, out);
      if (antecedent) out.push({ ...antecedent, start, end });
    }
  }
  return out;
}

/**
 * The group a group noun at `at` (in sentence `si`) refers back to: the one mentioned last before it in its own
 * sentence; else, in the nearest earlier sentence within reach that mentions a group, the one it already called by a
 * group noun (`refs`: the text goes on calling its topic "the group"), else the one it named last. A group named beside
 * the topic so referred to is no antecedent ("Truesec links the group to Russia, citing its ties to the collective X.
 * The group denied it.": not X).
 */
function antecedentOf(sentences: Sentence[], si: number, at: number, groups: readonly GroupMention[], refs: readonly GroupMention[]): GroupMention | undefined {
  const own = sentences[si]!;
  const lastIn = (list: readonly GroupMention[], from: number, to: number) => {
    let last: GroupMention | undefined;
    for (const g of list) if (g.start >= from && g.end <= to && (!last || g.start > last.start)) last = g;
    return last;
  };
  const inOwn = [lastIn(groups, own.start, at), lastIn(refs, own.start, at)].filter((g) => !!g).sort((a, b) => a.start - b.start).at(-1);
  if (inOwn) return inOwn;
  for (let k = si - 1; k >= Math.max(0, si - GROUP_REACH + 1); k--) {
    const s = sentences[k]!;
    const found = lastIn(refs, s.start, s.end) ?? lastIn(groups, s.start, s.end);
    if (found) return found;
  }
  return undefined;
}
