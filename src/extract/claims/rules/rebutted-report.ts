/**
 * A falsity qualifier said of a report or of what was reported: "NSO said the report was
 * baseless", "cho rằng bài báo mà X đăng là sai sự thật", "称该文章纯属猜测",
 * "сочла эту статью фантазией". The noun the qualifier is predicated of names the accusation it
 * rebuts, even where the sentence tells no accusation verb and the discourse has no state accusing
 * the speaker (a company, a group). The noun must stand in the speaker's words, before the
 * qualifier and within a few words of it ("the report said the hackers' claims were false" has the
 * report speaking, not rebutted), unless the qualifier names the report a sham itself ("pseudo-investigations",
 * «псевдорасследования»). The claimant is never the noun's owner ("the Mandiant report",
 * "bài báo mà X đăng" named between the noun and the qualifier): a speaker so resolved is the
 * report's author, not the one who rebuts it.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { execAll } from '../../lexicons/index.ts';
import { matches } from '../text.ts';

/** Words from the rebutted noun to its qualifier ("bài báo mà X đăng là sai sự thật"). */
const REBUTTED_REACH = 8;

export function rebuttedReport(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: string): boolean {
  const { text, lex, ix } = ctx;
  // "pseudo-investigations", «псевдорасследования»: a qualifier naming the report a sham carries the report it rebuts.
  if (matches(lex.shamReports, cue.text)) return true;
  const from = Math.max(f.clause.start, f.speaker ? f.contentStart : f.clause.start, ix.before(cue.start, REBUTTED_REACH));
  if (from >= cue.start) return false;
  const span = text.slice(from, cue.start);
  // A sentence's punctuation between them parts the noun from the qualifier.
  const noun = [lex.reportNouns, lex.reportedContent].flatMap((re) => (re ? execAll(re, span) : []))
    .find((m) => !/[;:.!?；：。！？]/u.test(span.slice(m.index + m[0].length)));
  if (!noun) return false;
  const nounAt = from + noun.index;
  return !f.cp.some((p) => p.start >= nounAt && p.end <= cue.start && ctx.resolve(p, f.si)?.value === claimant);
}

