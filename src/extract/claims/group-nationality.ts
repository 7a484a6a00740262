/**
 * The state an article's own words tie a threat group to, wherever in the article they do it, and the claims
 * that state then stands in for the group in. A tie is one of these constructions around a mention of the group
 * (its name, or a group noun pointing back to it):
 * - a state's adjective or name in one noun phrase with a group noun that names the group (profile `groupHeads`):
 *   "an Iranian group known as X", "die als X bekannte russische Hackergruppe", "китайская группировка X",
 *   "nhóm tin tặc Trung Quốc X", "朝鲜黑客组织X", "X, a China-nexus adversary";
 * - a linking phrase before the state after the group's mention, in one clause with no act between them (profile
 *   `linkedTo`): "X, un groupe lié à la Chine", "dass X im Interesse des chinesischen Staates handelt",
 *   "the group has long been linked to Y";
 * - a linking phrase before the state right before the group's name ("与Y有关联的组织X");
 * - a phrase of a part or link before a noun phrase of the state's body (body-unit.ts): "X, a unit of Russian military
 *   intelligence", "nhóm X thuộc tình báo quân đội Nga";
 * a linking phrase its clause negates or doubts ("no evidence that the group was linked to Y") ties nothing.
 * A group the article ties to exactly one state is that state's in every attribution and warning whose target
 * is the group's name (the group stays in `about`): the conventions' target is the state the text ties the
 * operation to. Not a tie: a state the group only acts on ("X attacked Russian firms": an act between them), a
 * tie the knowledge base alone knows; a group tied to two states stays the target, as it does for a claimant the
 * text says named no state (withheld-state.ts).
 */
import { tokenIndex, type TokenIndex } from '../tokens.ts';
import { execAll, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { ClaimCandidate, Span } from '../types.ts';
import type { GroupMention } from './frame.ts';
import { linkedBefore } from './parties.ts';
import { bodyUnitState } from './body-unit.ts';

/** Words at most between a group's mention and the noun phrase of a state that names it ("an Iranian group [known as] X"). */
const NAME_REACH = 3;
/** Words at most between a group's mention and the state a linking phrase ties it to ("X has long been linked to Y"). */
const LINK_REACH = 5;
/** Words at most between a state a linking phrase ties and the group's name it modifies ("与Y有关联的黑客组织X"). */
const MODIFIER_REACH = 5;
/** Words back from a linking phrase's state within which the start of its clause is looked for. */
const CLAUSE_BACK = 25;
/** What ends the clause that holds a tie. */
const BREAK = /[.;:!?()。；：！？（）]/u;
/** A comma (an apposition "X, a China-nexus group" may hold one, a linking modifier before the name may not). */
const COMMA = /[,，、]/u;
/** What may join a state's word to the group noun of its phrase ("China-nexus", "Russia–linked"). */
const JOINER = /^[\s\-‐–]*$/u;

type StateParty = Span & { kind: string; value?: string };

/** The stances whose target is the accused or warned-of party. */
const ACCUSED_STANCES = new Set(['attributes', 'accuses', 'warns']);

/** The end of the run of group nouns that adjoins [from, …): `from` itself when none does. */
function nounsAfter(text: string, re: RegExp, ix: TokenIndex, from: number): number {
  let end = from;
  for (;;) {
    const slice = text.slice(end, ix.after(end, 3));
    const m = execFrom(re, slice);
    if (!m || !JOINER.test(slice.slice(0, m.index)) || m[0].length === 0) return end;
    end += m.index + m[0].length;
  }
}

/** The start of the run of group nouns that adjoins […, to): `to` itself when none does. */
function nounsBefore(text: string, re: RegExp, ix: TokenIndex, to: number): number {
  let start = to;
  for (;;) {
    const from = ix.before(start, 3);
    const slice = text.slice(from, start);
    const last = execAll(re, slice).filter((m) => m[0].length && JOINER.test(slice.slice(m.index + m[0].length))).at(0);
    if (!last) return start;
    start = from + last.index;
  }
}

/** Is the state's word marked as the side a group takes ("pro-Russian", "thân Nga", "亲俄")? */
function partisan(text: string, lex: CompiledLexicon, ix: TokenIndex, p: Span): boolean {
  if (!lex.partisanMarks) return false;
  const from = ix.before(p.start, 2);
  const slice = text.slice(from, p.start);
  return execAll(lex.partisanMarks, slice).some((m) => JOINER.test(slice.slice(m.index + m[0].length)));
}

/**
 * Does the clause of a linking phrase deny or doubt it ("no evidence that the group was linked to Y", "not linked to
 * Y"): a negator or a lack of evidence (profile `negation`, `noEvidenceThat`) between the clause's start and the state?
 */
function doubted(text: string, lex: CompiledLexicon, ix: TokenIndex, p: Span): boolean {
  const from = ix.before(p.start, CLAUSE_BACK);
  const before = text.slice(from, p.start);
  let start = 0;
  for (const m of before.matchAll(/[.;:!?。；：！？]/gu)) start = m.index! + 1;
  const clause = before.slice(start);
  return [lex.negation, lex.noEvidenceThat].some((re) => !!re && !!execFrom(re, clause));
}

/** Is [a, b) a stretch of one clause of at most `n` words with no act, no other party and no other group in it? */
function clear(text: string, lex: CompiledLexicon, ix: TokenIndex, a: number, b: number, n: number, others: Span[]): boolean {
  if (b < a) return false;
  const gap = text.slice(a, b);
  if (BREAK.test(gap) || ix.count(a, b) > n) return false;
  if (lex.hostile && execFrom(lex.hostile, gap)) return false;
  return !others.some((o) => o.start >= a && o.end <= b);
}

/** Does the noun phrase of state `p` (its adjective or name beside a group noun) name group mention `g`? */
function phraseTies(text: string, lex: CompiledLexicon, ix: TokenIndex, re: RegExp, p: StateParty, g: GroupMention, others: Span[]): boolean {
  const start = nounsBefore(text, re, ix, p.start);
  const end = nounsAfter(text, re, ix, p.end);
  if (start === p.start && end === p.end) return false;
  // The name inside the phrase's run of nouns.
  if (g.start < end && g.end > start) return true;
  if (g.start >= end) return clear(text, lex, ix, end, g.start, NAME_REACH, others) && !COMMA.test(text.slice(end, g.start));
  // The name first, the phrase in apposition ("X, a China-nexus adversary") or after its naming word ("die als X bekannte ...").
  return clear(text, lex, ix, g.end, start, NAME_REACH, others) && (text.slice(g.end, start).match(/[,，]/gu)?.length ?? 0) <= 1;
}

/** A state the article's words tie a group to, where they do, and whether a linking phrase does it (else a noun phrase). */
export interface Tie extends Span {
  state: string;
  linked: boolean;
}

/**
 * Each group's name with the states the article's words tie a mention of it to (`names`: the mentions by name; a
 * group noun pointing back is tied only by a linking phrase, "the group is linked to Y").
 */
export function groupTies(text: string, lex: CompiledLexicon, mentions: readonly GroupMention[], parties: readonly StateParty[], names: ReadonlySet<GroupMention>): Map<string, Tie[]> {
  const out = new Map<string, Tie[]>();
  if (!mentions.length) return out;
  const ix = tokenIndex(text, lex.lang);
  const states = parties.filter((p) => p.kind === 'country' && !!p.value);
  const heads = lex.groupHeads;
  const free = states.filter((p) => !partisan(text, lex, ix, p));
  for (const g of mentions) {
    for (const p of free) {
      const near = p.start >= g.end ? ix.count(g.end, p.start) <= LINK_REACH : p.end <= g.start && ix.count(p.end, g.start) <= LINK_REACH;
      if (!near && !(p.start < g.end && p.end > g.start)) continue;
      // Any other party or group between them breaks the tie.
      const others = [...parties, ...mentions].filter((o) => o !== g && o !== p && !(o.start < g.end && o.end > g.start));
      const phrase = !!heads && names.has(g) && phraseTies(text, lex, ix, heads, p, g, others);
      const linked = !phrase && !!lex.linkedTo && linkedBefore(text, lex, p) &&
        (p.start >= g.end ? clear(text, lex, ix, g.end, p.start, LINK_REACH, mentions.filter((o) => o.name !== g.name))
          : clear(text, lex, ix, p.end, g.start, MODIFIER_REACH, others) && !COMMA.test(text.slice(p.end, g.start))) &&
        !doubted(text, lex, ix, p);
      if (!phrase && !linked) continue;
      const list = out.get(g.name) ?? [];
      list.push({ start: Math.min(g.start, p.start), end: Math.max(g.end, p.end), state: p.value!, linked });
      out.set(g.name, list);
    }
    // The group told to be a unit of a state's body ("X, a unit of Russian military intelligence"; body-unit.ts).
    const body = bodyUnitState(text, lex, ix, g, states, [...parties, ...mentions]);
    if (body && !(out.get(g.name) ?? []).some((t) => t.state === body.value && t.start <= g.start && t.end >= body.end)) {
      out.set(g.name, [...(out.get(g.name) ?? []), { start: g.start, end: body.end, state: body.value!, linked: true }]);
    }
  }
  return out;
}

/**
 * Attributions and warnings whose target is a group the article ties to one state (`ties`) target that state. Not
 * the group's own claims (what it says it serves is its own word), nor a claimant the state is, nor one the text
 * says named no state (`withheld`). A linking phrase inside another claimant's claim is that claimant's word, not
 * the article's ("Y's researchers say the group is linked to Z").
 */
export function targetTiedStates(claims: ClaimCandidate[], ties: ReadonlyMap<string, readonly Tie[]>, withheld: (claimant: string) => boolean): ClaimCandidate[] {
  if (!ties.size) return claims;
  return claims.map((c) => {
    if (!ACCUSED_STANCES.has(c.stance) || !c.target || c.target === c.claimant) return c;
    const told = (ties.get(c.target) ?? []).filter((t) => !t.linked || !claims.some((o) => o.claimant !== c.claimant && o.evidence.start < t.end && o.evidence.end > t.start));
    const states = new Set(told.map((t) => t.state));
    if (states.size !== 1) return c;
    const [state] = states;
    if (state === c.claimant || withheld(c.claimant)) return c;
    return { ...c, target: state! };
  });
}
