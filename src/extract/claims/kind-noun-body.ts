/**
 * A body taken up by its kind noun alone: "The United States praised Latvia's cyber agency ... . The agency warned ...",
 * "... l'agence lettone X. L'organisme a averti ...", "... der lettischen Behörde X. Die Behörde warnte ...", "... del
 * organismo letón X. El organismo advirtió ...", "... латвийского агентства X. Ведомство предупредило ...", "... cơ quan X
 * của Latvia. Cơ quan này cảnh báo ...", "……拉脱维亚网络安全机构X……。该机构警告……". The noun points back to the body the
 * text named just before (in its sentence or the one before, in the same paragraph), not to whoever spoke last (a state
 * praising that body). A noun of the profile's `bodyKindNouns` ("agency", "Behörde", "机构") takes up a body introduced
 * with the same noun; a generic one of `bodyGenericNouns` ("l'organisme", "el organismo", "ведомство", "cơ quan này",
 * "该机构") takes up the state body named last. The body's owner is a party whose name holds the noun, else the state
 * beside it ("Latvia's agency", "l'agence lettone", "cơ quan ... của Latvia"), else the name in apposition after it
 * ("agency CERT.LV"). With no such body named within reach the noun is left to the discourse (context.ts).
 */
import type { ClaimInput, Party } from './frame.ts';
import type { TokenIndex } from '../tokens.ts';
import { execAll, execFrom } from '../lexicons/index.ts';
import { onlyArticle } from './text.ts';

/** What the rule reads of the claim context. */
export interface KindNounScope {
  readonly input: ClaimInput;
  readonly known: Party[];
  readonly ix: TokenIndex;
}

/** Words between the noun and its owner (a state adjective, "of", a name in apposition). */
const OWNER_REACH = 3;

export function kindNounBody(ctx: KindNounScope, p: Party): Party | undefined {
  const { text, lex, sentences } = ctx.input;
  const ref = text.slice(p.start, p.end);
  const specific = lex.bodyKindNouns ? execFrom(lex.bodyKindNouns, ref) : null;
  const generic = lex.bodyGenericNouns ? execFrom(lex.bodyGenericNouns, ref) : null;
  if (!specific && !generic) return undefined;
  const si = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  if (si < 0) return undefined;
  const s = sentences[si]!;
  const prev = si > 0 ? sentences[si - 1] : undefined;
  const from = prev && !prev.title && prev.paragraph === s.paragraph ? prev.start : s.start;
  if (specific) {
    // The last noun of the same kind within reach; a compound ending in it counts ("Cybersicherheitsbehörde ... die Behörde").
    const noun = specific[0].toLowerCase();
    const same = execAll(lex.bodyKindNouns!, text.slice(from, p.start)).filter((m) => m[0].toLowerCase().endsWith(noun)).at(-1);
    const owner = same ? ownerOf(ctx, { start: from + same.index, end: from + same.index + same[0].length }) : undefined;
    if (owner) return owner;
  }
  if (!generic) return undefined;
  // The state body named last within reach (an organisation with its state).
  let last: Party | undefined;
  for (const q of ctx.known) {
    if (q.start >= p.start) break;
    if (q.start >= from && q.kind === 'organization' && q.country) last = q;
  }
  return last;
}

/** What may stand between a state and the body it owns ("Latvia's", "the Latvian", "拉脱维亚的"). */
const POSSESSOR_GAP = /^(?:['’]s?)?\s*(?:的)?\s*$/u;

/**
 * The party a body's noun at `o` belongs to: a name holding it; else a state right before it as possessor or adjective, or
 * right after it (an adjective, a genitive, "của X", "of X"); else a name in apposition right after it ("agency X").
 */
function ownerOf(ctx: KindNounScope, o: { start: number; end: number }): Party | undefined {
  const { text, lex } = ctx.input;
  const body = (q: Party) => q.kind === 'organization' || q.kind === 'country';
  const holding = ctx.known.find((q) => q.start <= o.start && q.end >= o.end && body(q));
  if (holding) return holding;
  const before = ctx.known.filter((q) => q.end <= o.start && body(q) && (POSSESSOR_GAP.test(text.slice(q.end, o.start)) || onlyArticle(lex, text.slice(q.end, o.start)))).at(-1);
  if (before && (before.kind === 'country' || before.country)) return before;
  const after = ctx.known.filter((q) => q.start >= o.end && body(q) && ctx.ix.count(o.end, q.start) <= OWNER_REACH && ownedAfter(lex, text.slice(o.end, q.start)));
  return after.find((q) => q.kind === 'country' || !!q.country) ?? after[0];
}

/** Nothing, or a possessive marker of the profile and an article, between a body's noun and its owner after it. */
function ownedAfter(lex: ClaimInput['lex'], gap: string): boolean {
  if (/^[ \t]*[(（]?$/u.test(gap)) return true;
  for (const re of [lex.possessive, lex.bodyOf]) {
    const m = re ? execFrom(re, gap) : null;
    if (m && !gap.slice(0, m.index).trim() && onlyArticle(lex, gap.slice(m.index + m[0].length))) return true;
  }
  return false;
}
