/**
 * Which people found in a text act or speak there (the `people` of the extraction contract), by
 * construction rather than by whether a claim happened to be coded for them: a person whose
 * mention is the subject of a speech or stance verb within a few word tokens in the same clause
 * ("Peskov said", "Wray warned", "ông Lâm Kiếm nhấn mạnh", "毛宁表示"), the source of a report
 * ("according to X", "theo X", "据X"), or the speaker of a quotation that ends right before them.
 * People who are only named, accused or sanctioned stay out.
 */
import type { CompiledLexicon } from './lexicons/index.ts';
import { transcriptLabel, type PersonCandidate } from './people.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { wordTokens } from './tokens.ts';

/** Word tokens a cue may sit after the person's mention and still be their verb. */
const AFTER_TOKENS = 3;
/** Word tokens a source marker may sit before the mention. */
const BEFORE_TOKENS = 2;
/** Word tokens a verb may sit before the person in inverted reporting ("said Peskov", "заявил Песков"). */
const INVERTED_TOKENS = 1;
/** The same when the person's role phrase follows the verb: a determiner and a body may precede it ("said the ministry spokesman X"). */
const INVERTED_ROLE_TOKENS = 3;
const CLAUSE_BREAK = /[.;:!?()，；：！？（）。]/u;

const VERBS: (keyof CompiledLexicon)[] = ['say', 'accuse', 'deny', 'warn', 'callFor', 'confirm'];

export interface ActingContext {
  text: string;
  lang: string;
  sentences: Sentence[];
  lex: CompiledLexicon | null;
}

export function actingPeople(people: PersonCandidate[], ctx: ActingContext): Set<PersonCandidate> {
  const out = new Set<PersonCandidate>();
  const lex = ctx.lex;
  if (!lex) return out;
  for (const p of people) {
    if (p.mentions.some((m) => acts(ctx, lex, p, m) || transcriptLabel(ctx.text, m.start, m.end))) out.add(p);
  }
  return out;
}


function acts(ctx: ActingContext, lex: CompiledLexicon, p: PersonCandidate, m: Span): boolean {
  const s = ctx.sentences.find((x) => m.start >= x.start && m.end <= x.end);
  if (!s || s.title) return false;
  const toks = wordTokens(s.text, ctx.lang, s.start);
  const between = (a: number, b: number) => toks.filter((t) => t.start >= a && t.end <= b).length;
  for (const cat of VERBS) {
    const re = lex[cat];
    if (!(re instanceof RegExp)) continue;
    re.lastIndex = 0;
    for (let x = re.exec(s.text); x; x = re.exec(s.text)) {
      if (!x[0]) { re.lastIndex++; continue; }
      const a = s.start + x.index;
      const b = a + x[0].length;
      if (a >= m.end) {
        const gap = ctx.text.slice(m.end, a);
        // ", the Kremlin spokesman, said": an apposition between the name and its verb.
        const gapNoAppos = gap.replace(/^\s*,[^,.;:]{0,80},/u, '');
        if (!CLAUSE_BREAK.test(gapNoAppos) && !/,/u.test(gapNoAppos) && between(m.end + (gap.length - gapNoAppos.length), a) <= AFTER_TOKENS) return true;
      } else if (b <= m.start && cat === 'say') {
        // "said the Kremlin spokesman Dmitry Peskov": the person's own role phrase may stand between.
        const role = p.roleSpans.find((r) => r.end <= m.start && r.end >= m.start - 3 && r.start >= b);
        const gapEnd = role ? role.start : m.start;
        const gap = ctx.text.slice(b, gapEnd);
        if (!CLAUSE_BREAK.test(gap) && between(b, gapEnd) <= (role ? INVERTED_ROLE_TOKENS : INVERTED_TOKENS)) return true;
      }
    }
  }
  const src = lex.sourceBefore;
  if (src) {
    src.lastIndex = 0;
    for (let x = src.exec(s.text); x; x = src.exec(s.text)) {
      const b = s.start + x.index + x[0].length;
      if (b <= m.start && !CLAUSE_BREAK.test(ctx.text.slice(b, m.start)) && between(b, m.start) <= BEFORE_TOKENS) return true;
    }
  }
  return false;
}
