/**
 * The body a first-person plural speaks from when the sentence names it right before: "At X, we
 * assess ...", "Chez X, nous estimons ...", "En X evaluamos ...", "Bei X gehen wir davon aus ...",
 * "В X мы считаем ...", "Tại X, chúng tôi ...". The "we" is X, whoever publishes the text.
 */
import type { ClaimContext } from './context.ts';
import type { Cue, Party } from './frame.ts';
import { whole } from './text.ts';

/** Words between the body's name and the "we" (a comma, a verb before an inverted pronoun). */
const HOST_REACH = 3;

/** The named organisation a self-reference speaks from, when a locative marker right before names it. */
export function selfHost(ctx: ClaimContext, self: Party): Party | undefined {
  const re = ctx.lex.selfAt;
  if (!re) return undefined;
  const s = ctx.input.sentences.find((x) => x.start <= self.start && self.start < x.end);
  if (!s) return undefined;
  const host = ctx.known.filter((q) => q.kind === 'organization' && !q.country && q.start >= s.start && q.end <= self.start).pop();
  if (!host || ctx.ix.count(host.end, self.start) > HOST_REACH || /[.;:!?。；：]/u.test(ctx.text.slice(host.end, self.start))) return undefined;
  return markerEndsAt(re, ctx.text.slice(s.start, host.start)) ? host : undefined;
}

/** Does the last match of `re` in `before` close it (only spaces after)? */
export function markerEndsAt(re: RegExp, before: string): boolean {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end >= 0 && before.slice(end).trim() === '';
}

/**
 * A stance verb whose person ending says "we", with no pronoun before it ("рекомендуем обновить",
 * "recomendamos actualizar"): its subject is the self, not a place or party named before it.
 */
export function selfVerb(ctx: ClaimContext, cue: Cue): Party | undefined {
  return whole(ctx.lex.selfSay, cue.text) ? { start: cue.start, end: cue.end, kind: 'self' } : undefined;
}
