/**
 * Officials of several states listed as one subject, each phrase a state's adjective or name with an official's noun
 * (profile `officialHeads`) as its head: "a US official and a British diplomat said ...", "zwei US-Beamte und ein
 * britischer Regierungsvertreter gehen davon aus, ...", "un responsable américain et un diplomate britannique ont
 * affirmé ...", "un funcionario estadounidense y un diplomático británico afirmaron ...", "американский чиновник и
 * британский дипломат заявили ...", "quan chức Mỹ và nhà ngoại giao Anh cho biết ...", "美国官员和英国外交官表示……".
 * The states are the parties; the head noun of one phrase stands between them and the coordination, so the list is
 * not one of bare states (parties.ts `joinedParties`). Each phrase's state speaks the words (co-speakers.ts).
 * Not a list: "US officials and Chinese hackers" (the second phrase has no official's head), "US officials, Chinese
 * hackers" (no coordination).
 */
import type { ClaimContext } from './context.ts';
import type { Party } from './frame.ts';
import type { Span } from '../types.ts';
import { execAll } from '../lexicons/index.ts';
import { whole } from './text.ts';

/** Words between a state's word and the official's noun it qualifies ("US government officials", "britische Regierungsvertreter"). */
const HEAD_MODIFIERS = 1;

/** The official's noun that follows the state's word ending at `from`, before `to`, with at most a modifier between. */
function headAfter(ctx: ClaimContext, from: number, to: number): Span | undefined {
  const re = ctx.lex.officialHeads;
  if (!re || to <= from) return undefined;
  const gap = ctx.text.slice(from, to);
  const m = execAll(re, gap)[0];
  if (!m) return undefined;
  const start = from + m.index;
  if (/[,;:.!?，、。；：()（）]/u.test(gap.slice(0, m.index)) || ctx.ix.count(from, start) > HEAD_MODIFIERS) return undefined;
  return { start, end: start + m[0].length };
}

/** The official's noun right before the state's word at `to` ("un funcionario estadounidense", "quan chức Mỹ"), after `from`. */
function headBefore(ctx: ClaimContext, from: number, to: number): Span | undefined {
  const re = ctx.lex.officialHeads;
  if (!re || to <= from) return undefined;
  const gap = ctx.text.slice(from, to);
  const m = execAll(re, gap).at(-1);
  if (!m || !/^\s*$/u.test(gap.slice(m.index + m[0].length))) return undefined;
  return { start: from + m.index, end: from + m.index + m[0].length };
}

/** Is the text between two phrases a coordination (a coordinating word or a comma) with only articles and counts beside it? */
function coordination(ctx: ClaimContext, gap: string): boolean {
  const { lex } = ctx;
  if (/[;:.!?，。；：()（）]/u.test(gap)) return false;
  let byWord = false;
  let rest = gap;
  if (lex.coordinators) {
    lex.coordinators.lastIndex = 0;
    rest = rest.replace(lex.coordinators, () => {
      byWord = true;
      return ' ';
    });
  }
  for (const skip of [lex.articles, lex.quantifiers]) {
    if (!skip) continue;
    skip.lastIndex = 0;
    rest = rest.replace(skip, ' ');
  }
  return (byWord || /[,、]/u.test(gap)) && /^[\s,、]*$/u.test(rest);
}

/**
 * The states of the official phrases listed with the speaker `sp` (itself the state of such a phrase), in the order of
 * the text, `sp` included; just `sp` when it heads no such list.
 */
export function officialList(ctx: ClaimContext, parties: Party[], sp: Party): Party[] {
  if (sp.kind !== 'country' || !ctx.lex.officialHeads) return [sp];
  const { ix } = ctx;
  const i0 = parties.indexOf(sp);
  const out: Party[] = [sp];
  for (const direction of [-1, 1] as const) {
    let cur = sp;
    for (let i = i0 + direction; i >= 0 && i < parties.length; i += direction) {
      const q = parties[i]!; // i is bounds-checked by the loop
      // "nhà ngoại giao": an official's noun the text takes as a party of its own is the head of the next phrase.
      if (q.kind !== 'country') {
        if (whole(ctx.lex.officialHeads, ctx.text.slice(q.start, q.end))) continue;
        break;
      }
      const [left, right] = direction < 0 ? [q, cur] : [cur, q];
      if (left.end > right.start) break;
      // The head of the left phrase after its state ("a US official and ..."), the head of the right one before its
      // state ("... y un diplomático británico").
      const first = headAfter(ctx, left.end, right.start);
      const last = headBefore(ctx, first?.end ?? left.end, right.start);
      const leftOfficial = first ?? headBefore(ctx, ix.before(left.start, HEAD_MODIFIERS + 1), left.start);
      const rightOfficial = last ?? headAfter(ctx, right.end, ix.after(right.end, HEAD_MODIFIERS + 1));
      if (!leftOfficial || !rightOfficial || (!first && !last)) break;
      if (!coordination(ctx, ctx.text.slice(first?.end ?? left.end, last?.start ?? right.start))) break;
      if (direction < 0) out.unshift(q);
      else out.push(q);
      cur = q;
    }
  }
  return out;
}
