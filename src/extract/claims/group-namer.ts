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
import { GROUP_FINDER_VERBS, GROUP_NAME_MARKERS, GROUP_NAMER_VERBS } from '../lexicons/entity/group-schemes.ts';
import { markerEndsAt } from './text.ts';

const namerVerbsOf = cuesPerLanguage(GROUP_NAMER_VERBS);
const finderVerbsOf = cuesPerLanguage(GROUP_FINDER_VERBS);
const nameMarkersOf = cuesPerLanguage(GROUP_NAME_MARKERS);
/** Words at most between the finder and its verb ("Velmora later described", "X в 2017 году описала"). */
const FINDER_GAP = 2;
/** Words at most that the finder's verb phrase spans ("a publié mercredi 2 octobre un rapport consacré à"). */
const FINDER_SPAN = 12;
/** Words at most between the finder's verb and the name it gives ("described a new cyberespionage group it called X"). */
const INTRO_REACH = 9;
/** What ends a sentence or a clause for good between the finder and the name (a comma may open a relative: "группу, которую"). */
const INTRO_BREAK = /[.;:!?。；：！？()（）]/u;
/** Quotation marks and spaces that may stand between the marker and the name. */
const QUOTES = /^[\s"'«»“”„‚‘’「」『』]*$/u;
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

/**
 * An introduction: party `p` as the subject of a verb of finding or describing, whose object names a
 * threat group with a marker of the name it was given ("Velmora described a group it called X",
 * "мы обнаружили новую группу, которую назвали X", "Velmora beschrieb eine Welle unter dem Namen X",
 * "Velmora a découvert un groupe qu'elle a baptisé X", "Velmora descubrió un grupo al que llamó X",
 * "Velmora phát hiện một nhóm được đặt tên là X"). The verb and the group within the clause `within`.
 */
export function introducedAfter(ctx: ClaimContext, p: Span, within: Span): { verb: Span; group: GroupMention } | undefined {
  const verbs = finderVerbsOf(ctx.lex.lang);
  const markers = nameMarkersOf(ctx.lex.lang);
  if (!verbs || !markers) return undefined;
  const { text, ix } = ctx;
  const tail = text.slice(p.end, Math.min(within.end, ix.after(p.end, FINDER_GAP + FINDER_SPAN)));
  const m = execFrom(verbs, tail);
  if (!m) return undefined;
  const verb = { start: p.end + m.index, end: p.end + m.index + m[0].length };
  if (ix.count(p.end, verb.start) > FINDER_GAP || /[,.;:!?，。；：]/u.test(text.slice(p.end, verb.start))) return undefined;
  // "das US-Unternehmen Velmora beschrieb": the party right before the verb is its subject, not one before it.
  if (ctx.known.some((q) => q.start >= p.end && q.end <= verb.start)) return undefined;
  for (const g of ctx.input.groups) {
    if (g.start < verb.end || g.end > within.end) continue;
    if (ix.count(verb.end, g.start) > INTRO_REACH) break;
    const between = text.slice(verb.end, g.start);
    if (INTRO_BREAK.test(between)) break;
    // The marker ends right before the name, but for quotation marks.
    const bare = between.replace(/[\s"'«»“”„‚‘’「」『』]+$/u, '');
    if (!QUOTES.test(between.slice(bare.length)) || !markerEndsAt(markers, bare)) continue;
    // A comma only before a relative that is the marker itself ("группу, которую назвали X"): else the clause after
    // it is another's ("described the outage, which a group called X claimed").
    const commas = bare.split(/[,，]/u);
    if (commas.length > 2) continue;
    if (commas.length === 2) {
      const rel = commas[1]!.trim();
      const whole = execFrom(markers, rel);
      if (!whole || whole.index !== 0 || whole[0].length !== rel.length) continue;
    }
    return { verb, group: g };
  }
  return undefined;
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
