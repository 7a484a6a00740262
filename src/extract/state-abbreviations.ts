/**
 * Chinese lists of one-character state abbreviations before a count of states: "美英两国指责……" (the United
 * States and Britain), "中俄双方", "英美澳三国". The count says how many characters before it are the list, so a
 * character of the word before ("参加美英两国") is not taken for a state. Each character becomes a mention of
 * its state, found through the state's full name.
 */
import type { Mention } from '../knowledge/types.ts';
import { HAN_STATE_ABBREVIATIONS, HAN_STATE_COUNTS } from './lexicons/entity/state-abbreviations.ts';
import type { MentionFinder } from './types.ts';

const LIST = new RegExp(`([${Object.keys(HAN_STATE_ABBREVIATIONS).join('')}]{2,6})([${Object.keys(HAN_STATE_COUNTS).join('')}])[国國方]`, 'gu');

export function abbreviatedStates(resolver: MentionFinder, body: string, lang: string, known: Mention[]): Mention[] {
  if (lang !== 'zh') return [];
  const out: Mention[] = [];
  for (const m of body.matchAll(LIST)) {
    const n = HAN_STATE_COUNTS[m[2]!]!;
    const run = m[1]!;
    if (run.length < n) continue;
    const start = m.index + run.length - n;
    const chars = run.slice(run.length - n);
    // Each a different state, none inside a name already found.
    if (new Set(chars).size !== n || known.some((k) => k.start < m.index + run.length && start < k.end)) continue;
    const found: Mention[] = [];
    for (let i = 0; i < n; i++) {
      const full = HAN_STATE_ABBREVIATIONS[chars[i]!]!;
      const e = resolver.findMentions(full, { lang }).find((x) => x.entity.kind === 'country' && x.start === 0 && x.end === full.length)?.entity;
      if (!e) break;
      found.push({ start: start + i, end: start + i + 1, surface: chars[i]!, entity: e, matched: full, relation: 'same', lang });
    }
    if (found.length === n && new Set(found.map((f) => f.entity.code)).size === n) out.push(...found);
  }
  return out;
}
