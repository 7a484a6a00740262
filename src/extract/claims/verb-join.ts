/**
 * The conjunction that joins a verb to the verb before it: the last match of the profile's `verbJoin` that starts at
 * or after `floor` and ends at most `reach` tokens before `at` ("..., and said", "..., и заявила", "……，并表示",
 * "..., và cho biết"). Used by the rules that give a coordinated verb the subject of the verb before it
 * (shared-subject.ts, coordinated-speaker.ts).
 */
import type { ClaimContext } from './context.ts';

export interface Join { start: number; end: number }

export function joinBefore(ctx: ClaimContext, floor: number, at: number, reach: number): Join | undefined {
  const { text, lex, ix } = ctx;
  const re = lex.verbJoin;
  if (!re) return undefined;
  const from = Math.max(floor, ix.before(at, reach + 1));
  const before = text.slice(from, at);
  re.lastIndex = 0;
  let join: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) join = m;
  if (!join) return undefined;
  const start = from + join.index;
  const end = start + join[0].length;
  return ix.count(end, at) > reach ? undefined : { start, end };
}
