/**
 * A state's police, prosecutors or investigators named by their common noun, with no state beside them
 * ("Federal prosecutors have charged ...", "Police in the city of X offered rewards ...", "Le parquet a ouvert
 * ...", "Die Staatsanwaltschaft wirft ... vor", "La fiscalía acusa ...", "Прокуратура обвинила ...", "警方认定
 * ...", "Cảnh sát quy trách nhiệm ..."; the profile's `investigatingBodies`). Such a body speaks for the state the
 * text is about, unless a city names it ("the Manhattan prosecutor", "die Staatsanwaltschaft Köln": the city's state,
 * body-city.ts): the state that speaks in the sentences before, else the state its title opens with ("US
 * charges two nationals ...", "China offers bounty ..."). Neither: the body speaks for no one.
 */
import { bodyCityState } from '../body-city.ts';
import type { Discourse } from '../discourse.ts';
import type { TokenIndex } from '../tokens.ts';
import type { ClaimInput, Party, Resolved } from './frame.ts';
import type { Span } from '../types.ts';

/** What the rule reads of the claim context (context.ts, which calls it). */
export interface InvestigationScope {
  readonly discourse: Discourse;
  readonly input: ClaimInput;
  readonly known: Party[];
  readonly ix: TokenIndex;
  /** The body that publishes the text (publisher.ts), when known. */
  readonly publisher?: Resolved;
}

/** Words before the state at the title's opening ("The US", "Ukraine's"). */
const TITLE_OPENING_WORDS = 1;

export function investigatingState(ctx: InvestigationScope, si: number, body?: Span): Resolved | undefined {
  const city = body && ctx.input.lex ? bodyCityState(ctx.input.text, ctx.input.lex, body.start, body.end) : undefined;
  if (city) return { value: city, kind: 'state' };
  const speaker = ctx.discourse.currentSpeaker(si);
  if (speaker?.kind === 'state') return { value: speaker.value, kind: 'state' };
  const title = ctx.input.sentences.find((s) => s.title);
  if (title) {
    const first = ctx.known.find((q) => q.start >= title.start && q.end <= title.end);
    if (first && ctx.ix.count(title.start, first.start) <= TITLE_OPENING_WORDS) {
      if (first.kind === 'country') return { value: first.value!, kind: 'state' };
      if (first.kind === 'organization' && first.country) return { value: first.country, kind: 'state' };
    }
  }
  return undefined;
}

/**
 * A generic noun for a state's authorities with no state beside it ("The authorities blamed ...", "Die Behörden
 * ordneten ... zu", "Les autorités ont imputé ...", "Власти заявили ...", "当局表示", "Giới chức cho biết"): a city
 * named with it gives its state; else the text's home state (home-state.ts: the publisher's, when a state body publishes
 * the text, else the state whose organs, officials and government speak in it), as a story's own authorities are; else
 * the state speaking before, else the state the title opens with (as for investigating bodies above).
 */
export function authoritiesState(ctx: InvestigationScope, si: number, body: Span): Resolved | undefined {
  const city = ctx.input.lex ? bodyCityState(ctx.input.text, ctx.input.lex, body.start, body.end) : undefined;
  if (city) return { value: city, kind: 'state' };
  // The text's home state (home-state.ts): a state body's own text is its state's, else its speakers' state.
  const home = ctx.input.home?.();
  return home ? { value: home, kind: 'state' } : investigatingState(ctx, si, body);
}
