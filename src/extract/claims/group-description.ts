/**
 * A description of a threat group set off by a comma after its name, telling of an accusation, a denial
 * or a warning someone else made about it ("X, a unit that Y denies controlling", "X, which Y has warned
 * could ..."), for instance: "X, a group that prosecutors in Y indicted, ...", "X, which Y
 * sanctioned last year", "X, un groupe que Y accuse d'espionnage", "X, einer Gruppe, die von der Justiz
 * in Y angeklagt wurde", "X, un grupo al que Y acusa de ...", "X, которую Y обвинила в ...", "X, một nhóm
 * từng bị Y truy tố", "……由X实施，该组织曾被Y起诉". The description is background about the group: the
 * accuser named in it is neither the target of the sentence's own claim ("Z attributed the intrusion to
 * X") nor claims against the sentence's subject. It is read as a clause of its own (its accuser's
 * claim against the group), and the rest of the sentence is read without it.
 */
import type { ClaimContext } from './context.ts';
import type { Cue, GroupMention } from './frame.ts';
import type { Span } from '../types.ts';
import { execAll } from '../lexicons/index.ts';

/** Words at most between the comma and the relative pronoun or group noun that opens the description. */
const OPEN_REACH = 5;
/** The stances a description may tell of the group: another's accusation, denial or warning ("a unit that Moscow denies controlling"). */
const DESCRIBED_STANCES = new Set(['accuse', 'deny', 'warn']);
/** What ends a clause inside a sentence (a full stop inside one is an abbreviation's: "U.S."). */
const CLAUSE_BREAK = /[;:；：]/u;
/** A closing quotation mark or bracket that may stand between the name and its comma. */
const NAME_THEN_COMMA = /^\s*[”"»」』)）]?\s*[,，]/u;

/** Does a pattern of the profile match `s` (a slice starting at `from`) within `reach` words of its start? */
function opensNear(ctx: ClaimContext, re: RegExp | null, from: number, s: string, reach: number): boolean {
  if (!re) return false;
  return execAll(re, s).some((m) => ctx.ix.count(from, from + m.index) <= reach);
}

/**
 * The descriptions of groups in `part` that hold a cue of accusation, denial or warning, each from its comma to the break
 * after the cue (or the end of `part`). `groups`: the threat groups named in the text; `refs`: the group
 * nouns that point back to one ("the group", "该组织").
 */
export function groupDescriptions(ctx: ClaimContext, part: Span, groups: readonly GroupMention[], refs: readonly GroupMention[], cues: readonly Cue[]): Span[] {
  const { text, lex } = ctx;
  if (!lex.groupDescribers && !lex.relativePronouns) return [];
  const holes: Span[] = [];
  for (const g of groups) {
    if (g.start < part.start || g.end > part.end || holes.some((h) => g.start >= h.start && g.end <= h.end)) continue;
    const rest = text.slice(g.end, part.end);
    const direct = NAME_THEN_COMMA.exec(rest);
    // The comma right after the name; else (a group noun pointing back must then open the clause) the first comma after it.
    const commaAt = direct ? g.end + direct[0].length - 1 : g.end + rest.search(/[,，]/u);
    if (commaAt < g.end || CLAUSE_BREAK.test(text.slice(g.end, commaAt))) continue;
    const open = commaAt + 1;
    const cue = cues.find((c) => DESCRIBED_STANCES.has(c.cat) && c.start >= open && c.end <= part.end);
    if (!cue) continue;
    const between = text.slice(open, cue.start);
    if (CLAUSE_BREAK.test(between)) continue;
    // One more comma only where a relative pronoun follows it ("einer Gruppe, die ..."): else the description closed before the cue.
    const inner = [...between.matchAll(/[,，]/gu)];
    if (inner.length > 1) continue;
    if (inner.length === 1 && !opensNear(ctx, lex.relativePronouns, open + inner[0]!.index! + 1, between.slice(inner[0]!.index! + 1), 1)) continue;
    const breakAfter = text.slice(cue.end, part.end).search(/[,;:，；：]/u);
    const end = breakAfter < 0 ? part.end : cue.end + breakAfter;
    const span = text.slice(open, end);
    const opened = direct
      ? opensNear(ctx, lex.relativePronouns, open, span, OPEN_REACH) || opensNear(ctx, lex.groupDescribers, open, span, OPEN_REACH)
      : refs.some((r) => r.start >= open && r.end <= end) || opensNear(ctx, lex.groupDescribers, open, span, OPEN_REACH);
    if (opened) holes.push({ start: commaAt, end });
  }
  return holes;
}
