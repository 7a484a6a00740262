/**
 * A body taken up by the noun of its kind alone ("the agency", "the embassy", "the ministry", "l'organisme", "die
 * Botschaft", "ведомство", "cơ quan này", "该机构"), resolved by one antecedent search: the nearest mention of that kind
 * before the noun, within a window, that an owner can be read for. The kinds differ only in what counts as a mention of
 * the kind, how far back the search reaches, and how its owner is read:
 *  - a body's kind noun of the profile's `bodyKindNouns` ("The United States praised Latvia's cyber agency X. The agency
 *    warned ...", "... der lettischen Behörde X. Die Behörde warnte ..."): the last noun of the same kind (a compound
 *    ending in it counts: "Cybersicherheitsbehörde ... die Behörde") in its sentence or the one before in the same
 *    paragraph, owned by a party whose name holds it, else the state beside it ("Latvia's agency", "l'agence lettone",
 *    "cơ quan ... của Latvia"), else the name in apposition after it ("agency CERT.LV"); not whoever spoke last (a state
 *    praising that body);
 *  - a generic one of `bodyGenericNouns` ("l'organisme", "el organismo", "ведомство", "cơ quan này", "该机构"): the state
 *    body (an organisation with its state) named last in the same reach;
 *  - an embassy (`embassyRefs`: "The Embassy firmly rejects ...", "L'ambassade rejette ...", "Посольство отвергает ...",
 *    "使馆坚决反对 ..."): in a state body's own statement (publisher.ts resolves its publisher to a state) the noun is the
 *    body speaking of itself, even with no name in the sentence; elsewhere the embassy named last in the text, whoever
 *    spoke in between, with the state its name gives ("the Velmorian embassy", "the embassy of Velmora in X", "Посольство
 *    Велморы", "X驻Y使馆"), never where it sits; no embassy named and no state publisher: the noun speaks for no one;
 *  - a state organ's noun (`organNouns`: "The Ministry firmly rejects ...", "Das Ministerium weist ... zurück") in the
 *    body's own statement (publisher.ts `titlePublisher`: a statement's title, or a title whose head names the body):
 *    the publisher speaking of itself, whoever spoke in the sentence before; a byline's news outlet is no such author.
 *    Not when the text has named a body by the same noun with another state alone before ("the Velmorian ministry ...
 *    the ministry": state-body.ts `namedWith`), to which the noun points back.
 * With no antecedent the noun is left to the discourse (context.ts).
 */
import { execAll, execFrom } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { ClaimInput, Party, Resolved } from './frame.ts';
import type { InvestigationScope } from './investigating-body.ts';
import { afterLocative, partyState } from './parties.ts';
import { namedWith } from './state-body.ts';
import { onlyArticle } from './text.ts';
import type { Span } from '../types.ts';

/** What the rule reads of the claim context (context.ts, which calls it). */
export interface KindNounScope extends InvestigationScope {
  /** The state body a title names as the text's author (publisher.ts `titlePublisher`). */
  readonly titlePublisher?: Resolved;
}

/** Words between an owner state and the embassy noun after it ("the Velmorian embassy", "Velmora's embassy", "X驻Y使馆"). */
const EMBASSY_OWNER_BEFORE_REACH = 3;
/** Words between the embassy noun and an owner state after it ("Embassy of the Republic of X", "Посольство X"). */
const EMBASSY_OWNER_AFTER_REACH = 3;
/** Words between a body's noun and its owner after it (a state adjective, "of", a name in apposition). */
const BODY_OWNER_REACH = 3;
/** What may stand between a state and the body it owns ("Latvia's", "the Latvian", "拉脱维亚的"). */
const POSSESSOR_GAP = /^(?:['’]s?)?\s*(?:的)?\s*$/u;

/** A mention the search may take as antecedent: where it is, and the sentence holding it. */
interface Mention {
  readonly span: Span;
  readonly sentence: Sentence;
}

/**
 * The one antecedent search: the mentions (noun spans or named parties, in text order) tried from the nearest back; the
 * first `owner` reads an owner for wins; `tries` bounds how many of the nearest are tried.
 */
function nearestOwned<M, T>(mentions: readonly M[], owner: (m: M) => T | undefined, tries = Infinity): T | undefined {
  for (let k = mentions.length - 1, n = 0; k >= 0 && n < tries; k--, n++) {
    const found = owner(mentions[k]!);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The sentences a reference's antecedent may sit in: its own, and the one before in the same paragraph (no title). */
function adjacentReach(sentences: readonly Sentence[], at: number): { from: number; sentence: Sentence } | undefined {
  const si = sentences.findIndex((s) => at >= s.start && at < s.end);
  if (si < 0) return undefined;
  const s = sentences[si]!;
  const prev = si > 0 ? sentences[si - 1] : undefined;
  return { from: prev && !prev.title && prev.paragraph === s.paragraph ? prev.start : s.start, sentence: s };
}

/** Mentions of a kind noun `re` in `text` from `from` to `to`, as spans of the text (`same`: only those ending in that noun). */
function nounMentions(text: string, re: RegExp, from: number, to: number, sentence: Sentence, same?: string): Mention[] {
  return execAll(re, text.slice(from, to))
    .filter((m) => same === undefined || m[0].toLowerCase().endsWith(same))
    .map((m) => ({ span: { start: from + m.index, end: from + m.index + m[0].length }, sentence }));
}

// ---------------------------------------------------------------------------------------------------------------------
// A body's kind noun ("the agency", "l'organisme", "该机构").

export function kindNounBody(ctx: KindNounScope, p: Party): Party | undefined {
  const { text, lex, sentences } = ctx.input;
  const ref = text.slice(p.start, p.end);
  const specific = lex.bodyKindNouns ? execFrom(lex.bodyKindNouns, ref) : null;
  const generic = lex.bodyGenericNouns ? execFrom(lex.bodyGenericNouns, ref) : null;
  if (!specific && !generic) return undefined;
  const reach = adjacentReach(sentences, p.start);
  if (!reach) return undefined;
  if (specific) {
    // Only the last noun of the same kind within reach is tried.
    const same = nounMentions(text, lex.bodyKindNouns!, reach.from, p.start, reach.sentence, specific[0].toLowerCase());
    const owner = nearestOwned(same, (m) => bodyOwner(ctx, m.span), 1);
    if (owner) return owner;
  }
  if (!generic) return undefined;
  // The state body named last within reach (an organisation with its state).
  const named = ctx.known.filter((q) => q.start < p.start && q.start >= reach.from);
  return nearestOwned(named, (q) => (q.kind === 'organization' && q.country ? q : undefined));
}

/**
 * The party a body's noun at `o` belongs to: a name holding it; else a state right before it as possessor or adjective, or
 * right after it (an adjective, a genitive, "của X", "of X"); else a name in apposition right after it ("agency X").
 */
function bodyOwner(ctx: KindNounScope, o: Span): Party | undefined {
  const { text, lex } = ctx.input;
  const body = (q: Party) => q.kind === 'organization' || q.kind === 'country';
  const holding = ctx.known.find((q) => q.start <= o.start && q.end >= o.end && body(q));
  if (holding) return holding;
  const before = ctx.known.filter((q) => q.end <= o.start && body(q) && (POSSESSOR_GAP.test(text.slice(q.end, o.start)) || onlyArticle(lex, text.slice(q.end, o.start)))).at(-1);
  if (before && (before.kind === 'country' || before.country)) return before;
  const after = ctx.known.filter((q) => q.start >= o.end && body(q) && ctx.ix.count(o.end, q.start) <= BODY_OWNER_REACH && ownedAfter(lex, text.slice(o.end, q.start)));
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

// ---------------------------------------------------------------------------------------------------------------------
// An embassy's noun ("the embassy", "посольство", "使馆").

export function embassyState(ctx: KindNounScope, ref: Span): Resolved | undefined {
  if (ctx.publisher?.kind === 'state') return ctx.publisher;
  const { lex, text, sentences } = ctx.input;
  const re = lex.embassyNouns;
  if (!re) return undefined;
  // Every embassy noun before the reference, however far back; the last one with an owner wins.
  const nouns = sentences.filter((s) => s.start < ref.start).flatMap((s) => nounMentions(text, re, s.start, s.end, s).filter((m) => m.span.end <= ref.start));
  const state = nearestOwned(nouns, (m) => embassyOwner(ctx, m.span, m.sentence));
  return state ? { value: state, kind: 'state' } : undefined;
}

/**
 * The state an embassy noun belongs to: a body's name holding it, else the nearest state right before it, else the first
 * right after it, never one after a locative marker (where the embassy sits: "in X", "в X", "驻X").
 */
function embassyOwner(ctx: KindNounScope, noun: Span, s: Span): string | undefined {
  const { text, lex } = ctx.input;
  const inS = ctx.known.filter((q) => q.start >= s.start && q.end <= s.end && !!partyState(q));
  const holding = inS.find((q) => q.start <= noun.start && q.end >= noun.end);
  if (holding) return partyState(holding);
  const free = (q: Party) => !afterLocative(text, lex, q) && !/[,.;:!?，。；：]/u.test(text.slice(Math.min(q.end, noun.end), Math.max(q.start, noun.start)));
  const before = inS.filter((q) => q.end <= noun.start && ctx.ix.count(q.end, noun.start) <= EMBASSY_OWNER_BEFORE_REACH && free(q)).at(-1);
  if (before) return partyState(before);
  const after = inS.find((q) => q.start >= noun.end && ctx.ix.count(noun.end, q.start) <= EMBASSY_OWNER_AFTER_REACH && free(q));
  return after ? partyState(after) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// A state organ's noun in its own statement ("The Ministry firmly rejects ...").

export function ownKindNoun(ctx: KindNounScope, noun: Span): Resolved | undefined {
  const p = ctx.titlePublisher;
  // The title's body publishes the text (not a byline's outlet the publisher chain found first).
  if (p?.kind !== 'state' || ctx.publisher?.value !== p.value) return undefined;
  const named = namedWith(ctx, noun);
  return named && named !== p.value ? { value: named, kind: 'state' } : p;
}
