/**
 * The body a first-person plural speaks from when the sentence names it right before: "At X, we
 * assess ...", "Chez X, nous estimons ...", "En X evaluamos ...", "Bei X gehen wir davon aus ...",
 * "В X мы считаем ...", "Tại X, chúng tôi ...". The "we" is X, whoever publishes the text.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';
import type { ClaimInput, Cue, Party } from './frame.ts';
import { markerEndsAt, whole } from './text.ts';

/** What these rules read of the claim context (context.ts calls them, so they do not import it). */
export interface SelfView {
  readonly text: string;
  readonly lex: CompiledLexicon;
  readonly ix: TokenIndex;
  readonly known: readonly Party[];
  readonly input: ClaimInput;
}

/** Words between the body's name and the "we" (a comma, a verb before an inverted pronoun). */
const HOST_REACH = 3;

/** The named organisation a self-reference speaks from, when a locative marker right before names it. */
export function selfHost(ctx: SelfView, self: Party): Party | undefined {
  const re = ctx.lex.selfAt;
  if (!re) return undefined;
  const s = ctx.input.sentences.find((x) => x.start <= self.start && self.start < x.end);
  if (!s) return undefined;
  const host = ctx.known.filter((q) => q.kind === 'organization' && !q.country && q.start >= s.start && q.end <= self.start).pop();
  if (!host || ctx.ix.count(host.end, self.start) > HOST_REACH || /[.;:!?。；：]/u.test(ctx.text.slice(host.end, self.start))) return undefined;
  return markerEndsAt(re, ctx.text.slice(s.start, host.start)) ? host : undefined;
}

/**
 * A stance verb whose person ending says "we", with no pronoun before it ("рекомендуем обновить",
 * "recomendamos actualizar"): its subject is the self, not a place or party named before it. The cue
 * may run on past the verb ("Instamos a", "Exigimos a"): its first word is the verb.
 */
export function selfVerb(ctx: SelfView, cue: Cue): Party | undefined {
  const first = cue.text.trim().split(/\s+/u)[0] ?? '';
  return whole(ctx.lex.selfSay, cue.text) || whole(ctx.lex.selfSay, first) ? { start: cue.start, end: cue.end, kind: 'self' } : undefined;
}
