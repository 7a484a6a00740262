/**
 * A report, an investigation or a team as the voice of its author: "the report shows", "l'enquête a établi",
 * "die Ermittlungen ergaben", "el informe muestra", "расследование показало", "kết quả điều tra cho thấy",
 * "调查报告显示". A verb of showing or finding (the profile's `findingVerbs`) is no speech verb: it reports
 * only when a report noun, a reference to a report or a team opens its clause, a few words before it.
 * Then it speaks as a verb of saying does; who speaks is the party before it ("a report by X shows", "X's
 * report shows") or the report's author (report-author.ts). A report that no one wrote speaks for no one:
 * "a new report shows" names no party.
 */
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { TokenIndex } from '../tokens.ts';
import type { Cue } from './frame.ts';

/** Words between the report's noun (or the team) and the verb: "the report by the Velmora Labs firm shows". */
const SUBJECT_REACH = 6;

/** Punctuation that closes a clause before the verb ("..., the report shows" keeps its subject after the comma). */
const CLAUSE_BREAK = /[,;:.!?，；：。！？]/gu;

export function withReportVoices(lex: CompiledLexicon, ix: TokenIndex, s: Sentence, cues: Cue[]): Cue[] {
  const verbs = lex.findingVerbs;
  if (!verbs) return cues;
  const added: Cue[] = [];
  for (const m of execAll(verbs, s.text)) {
    if (!m[0]) continue;
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (cues.some((c) => c.start < end && start < c.end)) continue;
    if (!reportSubject(lex, ix, s, start)) continue;
    added.push({ cat: 'say', start, end, text: m[0] });
  }
  return added.length ? [...cues, ...added].sort((a, b) => a.start - b.start) : cues;
}

/** Does a report, an investigation or a team open the verb's clause, at most SUBJECT_REACH words before it? */
function reportSubject(lex: CompiledLexicon, ix: TokenIndex, s: Sentence, verbStart: number): boolean {
  const before = s.text.slice(0, verbStart - s.start);
  let from = 0;
  for (const b of before.matchAll(CLAUSE_BREAK)) from = b.index + 1;
  const clause = before.slice(from);
  for (const re of [lex.reportNouns, lex.reportRefs, lex.staffRefs]) {
    if (!re) continue;
    for (const n of execAll(re, clause)) {
      const nounEnd = s.start + from + n.index + n[0].length;
      if (ix.count(nounEnd, verbStart) <= SUBJECT_REACH) return true;
    }
  }
  return false;
}
