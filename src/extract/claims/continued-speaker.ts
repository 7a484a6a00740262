/**
 * The speaker a sentence with no speech frame of its own goes on with: whoever spoke the sentence right
 * before it in the same paragraph ("X said the accusations were groundless. Canada should stop smearing
 * China."). A new paragraph, a heading or a live-blog entry starts afresh.
 */
import type { ClaimContext } from './context.ts';
import type { DiscourseParty } from '../discourse.ts';
import type { Party, Resolved } from './frame.ts';
import type { Span } from '../types.ts';

/** Words before the body at its sentence's opening ("Die Sicherheitsfirma", "The"). */
const OPENING_WORDS = 3;

export function previousSpeaker(ctx: ClaimContext, si: number): DiscourseParty | undefined {
  const prev = ctx.input.sentences[si - 1];
  const s = ctx.input.sentences[si];
  if (!prev || !s || prev.title || /\n/u.test(ctx.text.slice(prev.end, s.start))) return undefined;
  return ctx.discourse.speakerOf(si - 1);
}


/**
 * Who speaks the sentence right before `si` in the same paragraph, for a marker pointing back to it ("demnach"): its
 * speaker, else an organisation or a state opening it as its subject ("Velmora hat einen Bericht veröffentlicht.").
 */
export function sentenceBefore(ctx: ClaimContext, si: number, marker: Span): { party: Party; resolved: Resolved } | undefined {
  const prev = ctx.input.sentences[si - 1];
  const s = ctx.input.sentences[si];
  if (!prev || !s || prev.title || /\n/u.test(ctx.text.slice(prev.end, s.start))) return undefined;
  const spoken = ctx.discourse.speakerOf(si - 1);
  const party: Party = { start: marker.start, end: marker.end, kind: 'backref', company: 'report' };
  if (spoken) return { party, resolved: spoken };
  const first = ctx.known.find((q) => q.start >= prev.start && q.end <= prev.end);
  if (!first || ctx.ix.count(prev.start, first.start) > OPENING_WORDS || (first.kind !== 'organization' && first.kind !== 'country')) return undefined;
  const resolved = ctx.resolve(first, si - 1);
  return resolved ? { party: first, resolved } : undefined;
}
