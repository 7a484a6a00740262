/**
 * An embassy by its kind noun alone as a party ("The Embassy firmly rejects ...", "L'ambassade rejette ...", "Die Botschaft
 * weist ... zurück", "Посольство отвергает ...", "Đại sứ quán bác bỏ ...", "使馆坚决反对 ..."; the profile's `embassyRefs`).
 * In a state body's own statement (publisher.ts resolves its publisher to a state: "Statement of the Embassy of X in Y", a
 * signature, a dateline) the noun is the body speaking of itself: the publisher's state, even with no name in the
 * sentence. Elsewhere (a news report) it points back to the embassy named last, whoever spoke in between: the state its
 * name gives ("the Velmorian embassy", "the embassy of Velmora in X", "Посольство Велморы", "X驻Y使馆"), never where it
 * sits. No embassy named before and no state publisher: the noun speaks for no one (not for the speaker before).
 */
import { execAll } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';
import type { ClaimInput, Party, Resolved } from './frame.ts';
import { afterLocative, partyState } from './parties.ts';
import type { Span } from '../types.ts';

/** What the rule reads of the claim context (context.ts, which calls it). */
export interface EmbassyScope {
  readonly input: ClaimInput;
  readonly known: Party[];
  readonly ix: TokenIndex;
  /** The body that publishes the text (publisher.ts), when known. */
  readonly publisher?: Resolved;
}

/** Words between an owner state and the embassy noun after it ("the Velmorian embassy", "Velmora's embassy", "X驻Y使馆"). */
const OWNER_BEFORE_REACH = 3;
/** Words between the embassy noun and an owner state after it ("Embassy of the Republic of X", "Посольство X"). */
const OWNER_AFTER_REACH = 3;

export function embassyState(ctx: EmbassyScope, ref: Span): Resolved | undefined {
  if (ctx.publisher?.kind === 'state') return ctx.publisher;
  const state = lastEmbassyNamed(ctx, ref);
  return state ? { value: state, kind: 'state' } : undefined;
}

/** The state of the embassy named last before `ref`: the owner beside the last embassy noun that has one. */
function lastEmbassyNamed(ctx: EmbassyScope, ref: Span): string | undefined {
  const { lex, sentences } = ctx.input;
  const re = lex.embassyNouns;
  if (!re) return undefined;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i]!;
    if (s.start >= ref.start) continue;
    const nouns = execAll(re, s.text).map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length })).filter((n) => n.end <= ref.start);
    for (let k = nouns.length - 1; k >= 0; k--) {
      const owner = ownerOf(ctx, nouns[k]!, s);
      if (owner) return owner;
    }
  }
  return undefined;
}

/**
 * The state an embassy noun belongs to: a body's name holding it, else the nearest state right before it, else the first
 * right after it, never one after a locative marker (where the embassy sits: "in X", "в X", "驻X").
 */
function ownerOf(ctx: EmbassyScope, noun: Span, s: Span): string | undefined {
  const { text, lex } = ctx.input;
  const inS = ctx.known.filter((q) => q.start >= s.start && q.end <= s.end && !!partyState(q));
  const holding = inS.find((q) => q.start <= noun.start && q.end >= noun.end);
  if (holding) return partyState(holding);
  const free = (q: Party) => !afterLocative(text, lex, q) && !/[,.;:!?，。；：]/u.test(text.slice(Math.min(q.end, noun.end), Math.max(q.start, noun.start)));
  const before = inS.filter((q) => q.end <= noun.start && ctx.ix.count(q.end, noun.start) <= OWNER_BEFORE_REACH && free(q)).at(-1);
  if (before) return partyState(before);
  const after = inS.find((q) => q.start >= noun.end && ctx.ix.count(noun.end, q.start) <= OWNER_AFTER_REACH && free(q));
  return after ? partyState(after) : undefined;
}
