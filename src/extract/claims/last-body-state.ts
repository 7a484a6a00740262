/**
 * The state whose body the text named last before a sentence: the owner of a bare state body's common noun ("the
 * justice ministry", "das Justizministerium", "le ministère de la Justice", "Министерство юстиции", "Bộ Tư pháp") when
 * neither that body's earlier mention, the home state nor a speaking state tells it (state-body.ts). A state owns a body
 * when the body is an organisation the text gave that state (a known organ, "Lithuania's NCSC"), or when the state
 * qualifies an organ noun of the profile right beside it ("Dutch police", "la police française", "нидерландская
 * полиция", "policía neerlandesa"). States named only in the body's own sentence are left out: there they are the
 * accused or the victims of what the body says; so are states named only as parties, never with a body, and bodies
 * their own sentence presents as the doer or suspect of a hostile act ("Iran's intelligence ministry ran the campaign":
 * accused-mention.ts), which speak for no side.
 * Distances are word tokens (tokens.ts).
 */
import type { Resolved } from './frame.ts';
import type { InvestigationScope } from './investigating-body.ts';
import type { Span } from '../types.ts';
import { execFrom } from '../lexicons/index.ts';
import { accusedMention, accusingCues, type AccusingCue } from '../accused-mention.ts';

/** The text's accusing cues, found once per text. */
const cuesOf = new WeakMap<object, AccusingCue[]>();

/** Words of the noun after a state that it qualifies ("Dutch [police]", "US-[Justiz]"). */
const ORGAN_REACH = 1;
/** Words of the noun before a state that it qualifies ("la [police] française", "[cảnh sát] Hà Lan"). */
const ORGAN_BEFORE_REACH = 2;
/** What may join a state to its organ noun besides spaces: a possessive "'s", a hyphen ("US-Justiz"), "的". */
const JOIN = /^(?:['’]s)?[\s\-‐的]*$/u;

/** Does an organ noun or an investigating body's noun of the profile stand right beside the state mention `c` ("US-Ermittler", "la justice américaine")? */
function qualifiesOrgan(ctx: InvestigationScope, c: Span): boolean {
  const { text, lex } = ctx.input;
  const after = text.slice(c.end, ctx.ix.after(c.end, ORGAN_REACH));
  const from = ctx.ix.before(c.start, ORGAN_BEFORE_REACH);
  const before = text.slice(from, c.start);
  for (const re of [lex?.organNouns, lex?.investigatingBodies]) {
    if (!re) continue;
    const a = execFrom(re, after);
    if (a && JOIN.test(after.slice(0, a.index))) return true;
    const b = execFrom(re, before);
    if (b && b.index + b[0].length === before.trimEnd().length) return true;
  }
  return false;
}

/** The state of the body named last before the sentence starting at `sentenceStart`, if any. */
export function lastBodyState(ctx: InvestigationScope, sentenceStart: number): Resolved | undefined {
  const { text, lex, sentences } = ctx.input;
  let cues = cuesOf.get(ctx.input);
  if (!cues) cuesOf.set(ctx.input, (cues = lex ? accusingCues(text, lex) : []));
  const accused = (q: Span & { value?: string }, own: string) =>
    accusedMention(text, ctx.ix, sentences, cues!, q, (a, b) => ctx.known.some((o) => o.start >= a && o.end <= b && o !== q && o.value !== own && o.country !== own));
  for (let i = ctx.known.length - 1; i >= 0; i--) {
    const q = ctx.known[i]!;
    if (q.end > sentenceStart || q.victim) continue;
    const state = q.kind === 'organization' ? q.country : q.kind === 'country' && qualifiesOrgan(ctx, q) ? q.value : undefined;
    if (state && /^[A-Z]{2}$/u.test(state) && !accused(q, state)) return { value: state, kind: 'state' };
  }
  return undefined;
}
