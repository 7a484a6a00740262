/**
 * A party that names a threat group ("the group Microsoft tracks as Seashell Blizzard", "un groupe
 * que Microsoft appelle X", "die Gruppe, die Microsoft X nennt", "el grupo que Microsoft denomina X",
 * "nhóm mà Microsoft gọi là X"): the vendor whose name for the group the text uses. It is neither the
 * accused nor the one called on, and its naming verb ("appelle", "llama", "calls") is no appeal.
 */
import type { ClaimContext } from './context.ts';
import type { Cue, GroupMention, Party } from './frame.ts';
import type { Span } from '../types.ts';
import { cuesPerLanguage, execFrom } from '../lexicons/index.ts';
import { GROUP_NAMER_VERBS } from '../lexicons/entity/group-schemes.ts';

const namerVerbsOf = cuesPerLanguage(GROUP_NAMER_VERBS);
/** Words at most between the namer and its verb, and between the verb and the name ("tracks as X", "gọi là X"). */
const NAMER_GAP = 1;

/** The naming verb right after `p` whose object is a threat group, in either order (verb then name, or name then verb). */
function namingVerbAfter(ctx: ClaimContext, p: Span): Span | undefined {
  return namingAfter(ctx, p)?.verb;
}

/** The naming verb right after `p` and the threat group it names. */
export function namingAfter(ctx: ClaimContext, p: Span): { verb: Span; group: GroupMention } | undefined {
  const re = namerVerbsOf(ctx.lex.lang);
  if (!re) return undefined;
  const { text, ix } = ctx;
  const groups = ctx.input.groups;
  const near = (a: number, b: number) => b >= a && !/[,.;:!?，。；：]/u.test(text.slice(a, b)) && ix.count(a, b) <= NAMER_GAP;
  const after = text.slice(p.end, ix.after(p.end, NAMER_GAP + 2));
  for (let m = execFrom(re, after); m; m = execFrom(re, after, m.index + (m[0].length || 1))) {
    const verb = { start: p.end + m.index, end: p.end + m.index + m[0].length };
    if (!near(p.end, verb.start)) break;
    const named = groups.find((g) => near(verb.end, g.start));
    if (named) return { verb, group: named };
  }
  // Verb-final: "die Microsoft Seashell Blizzard nennt".
  const g = groups.find((x) => near(p.end, x.start));
  if (!g) return undefined;
  const tail = text.slice(g.end, ix.after(g.end, NAMER_GAP + 1));
  const m = execFrom(re, tail);
  return m && near(g.end, g.end + m.index) ? { verb: { start: g.end + m.index, end: g.end + m.index + m[0].length }, group: g } : undefined;
}

/** Whether party `p` is the subject of a verb naming a threat group. */
export function namesGroup(ctx: ClaimContext, p: Party): boolean {
  return !!namingVerbAfter(ctx, p);
}

/** The cues without the appeals that are naming verbs of a party ("que Microsoft appelle X"). */
export function withoutNamingAppeals(ctx: ClaimContext, parties: readonly Party[], cues: Cue[]): Cue[] {
  if (!cues.some((c) => c.cat === 'callFor')) return cues;
  const verbs = parties.map((p) => namingVerbAfter(ctx, p)).filter((v): v is Span => !!v);
  return cues.filter((c) => c.cat !== 'callFor' || !verbs.some((v) => c.start < v.end && v.start < c.end));
}
