/**
 * A report as the one who speaks ("The report said ...", "Le rapport estime ...", "报告认为…", "В докладе
 * говорится ..."): its author is the party that opens the sentence where the report was first named ("Velmora
 * Labs published a report on the CIA": Velmora Labs, not the CIA it is about), within REPORT_REACH sentences
 * before; the same sentence counts when the report is named before the reference.
 */
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Party } from './frame.ts';
import { datelineLength, plausibleParty } from './parties.ts';

/** Sentences back within which the report was named. */
const REPORT_REACH = 6;

export function reportAuthor(lex: CompiledLexicon, known: Party[], sentences: Sentence[], p: Party): Party | undefined {
  const re = lex.reportNouns;
  if (!re) return undefined;
  const si = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  if (si < 0) return undefined;
  for (let i = si; i >= Math.max(0, si - REPORT_REACH); i--) {
    const s = sentences[i]!;
    const first = execAll(re, s.text).map((m) => s.start + m.index).find((at) => at < p.start);
    if (first === undefined) continue;
    // The author opens the sentence: the first state or body before the report's noun.
    // A wire dateline's agency ("新华社北京9月5日电", "WASHINGTON (Reuters) -") is not the sentence's subject.
    const opens = s.start + datelineLength(s.text);
    const author = known.find((q) => q.start >= opens && q.end <= first && (q.kind === 'organization' || q.kind === 'country') && plausibleParty(lex, q));
    if (author) return author;
  }
  return undefined;
}
