/**
 * A resemblance told between an act, a tool or a group and another ("the implants show overlaps with X's
 * tools", "présente des similitudes avec", "Überschneidungen mit", "có những điểm tương đồng với", "与Y存在
 * 大量重叠", "пересечения с"): a clue compared, which pins no act on the state the other is tied to. The
 * profile's `resemblance` lists the nouns and verbs of such a comparison. A resemblance given as the grounds
 * of another finding ("based on overlaps in infrastructure", "căn cứ vào máy chủ trùng lặp", "基于…重叠")
 * is no predicate: the finding it grounds is still told.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame } from './frame.ts';
import { execAll } from '../lexicons/index.ts';

/** Words at most between a grounds marker and the resemblance it introduces ("based on these overlaps", "dựa trên sự trùng lặp"). */
const GROUNDS_REACH = 3;

/** Does the clause's reported content (or the clause, when nothing is reported) tell a resemblance as its predicate? */
export function resemblanceTold(ctx: ClaimContext, f: ClauseFrame): boolean {
  const { text, lex } = ctx;
  const re = lex.resemblance;
  if (!re) return false;
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, Math.max(f.contentEnd, from));
  if (to <= from) return false;
  return execAll(re, text.slice(from, to)).some((m) => !asGrounds(ctx, from + m.index));
}

function asGrounds(ctx: ClaimContext, at: number): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.grounds) return false;
  const start = ix.before(at, GROUNDS_REACH + 2);
  const before = text.slice(start, at);
  const m = execAll(lex.grounds, before).pop();
  if (!m) return false;
  const end = start + m.index + m[0].length;
  return !/[,;:.!?，。；：]/u.test(text.slice(end, at)) && ix.count(end, at) <= GROUNDS_REACH;
}
