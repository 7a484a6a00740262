/**
 * The speaker a sentence with no speech frame of its own goes on with: whoever spoke the sentence right
 * before it in the same paragraph ("X said the accusations were groundless. Canada should stop smearing
 * China."). A new paragraph, a heading or a live-blog entry starts afresh.
 */
import type { ClaimContext } from './context.ts';
import type { DiscourseParty } from '../discourse.ts';

export function previousSpeaker(ctx: ClaimContext, si: number): DiscourseParty | undefined {
  const prev = ctx.input.sentences[si - 1];
  const s = ctx.input.sentences[si];
  if (!prev || !s || prev.title || /\n/u.test(ctx.text.slice(prev.end, s.start))) return undefined;
  return ctx.discourse.speakerOf(si - 1);
}
