/**
 * The voice of an impersonal sentence in a text its publisher writes: a vendor's post or a state body's
 * statement tells its findings without a verb of saying ("The group is most likely behind this new attack",
 * "за атакой стоит группировка, спонсируемая государством"). With no speaker in the sentence, an attribution
 * predicate there (responsibility, evidence pointing, an unnamed state actor) is the publisher's: a research
 * source or a state the header or the opening names (publisher.ts), never a news outlet, whose unattributed
 * sentences are its reporting. Not when someone unnamed speaks in the sentence ("hieß es", "sagte ein Forscher").
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Resolved } from './frame.ts';
import { SOURCE_NAMES } from '../lexicons/sources.ts';
import { execFrom } from '../lexicons/index.ts';

export function impersonalVoice(ctx: ClaimContext, f: ClauseFrame): Resolved | undefined {
  if (f.speaker) return f.speaker;
  const p = ctx.publisher;
  if (!p || (p.kind !== 'state' && !SOURCE_NAMES.has(p.value))) return undefined;
  if (f.cues.some((c) => c.cat === 'say' || c.cat === 'sourceBefore')) return undefined;
  // "Warum wir X verantwortlich machen", "Who is behind the attack?": a heading or a question asks, it finds nothing.
  const s = f.sentence.text.trim();
  const lead = ctx.lex.questionWords ? execFrom(ctx.lex.questionWords, s) : null;
  if (/[?？]$/u.test(s) || (lead && lead.index === 0 && !/^\p{L}/u.test(s.slice(lead[0].length)))) return undefined;
  return p;
}
