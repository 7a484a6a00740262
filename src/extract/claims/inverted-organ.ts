/**
 * A state organ as the subject after an inverted verb, its state told by a postposed adjective: "lo rechazó el
 * Ministerio de Exteriores chino", "las negó el Gobierno ruso", "l'a démenti le gouvernement russe". In normal order the
 * adjective stands right before the verb and is found as its subject; after the verb, the organ comes first. An organ
 * named by its noun and complement takes the state adjective right after it (only spaces between); a bare organ noun
 * with the adjective after it is the state's own words, no object of the verb. A company or any name that opens with
 * no organ noun of the profile keeps its own name.
 */
import { execFrom } from '../lexicons/index.ts';
import type { ClaimContext } from './context.ts';
import type { Party } from './frame.ts';
import { whole } from './text.ts';

/** The state adjective right after an organ named after an inverted verb ("el Ministerio de Exteriores chino"), if any. */
export function stateOfInvertedOrgan(ctx: ClaimContext, cp: Party[], q: Party): Party | undefined {
  const { text, lex } = ctx;
  if (q.kind !== 'organization' || q.country || !lex.organNouns) return undefined;
  const m = execFrom(lex.organNouns, text.slice(q.start, q.end));
  if (!m || m.index !== 0) return undefined;
  const next = cp.find((p) => p.start >= q.end);
  return next?.kind === 'country' && /^[ \t]+$/u.test(text.slice(q.end, next.start)) ? next : undefined;
}

/** Is the last word before a state adjective after the verb a bare organ noun ("el Gobierno ruso": "Gobierno" before "ruso")? */
export function organNounOf(ctx: ClaimContext, lastWord: string, q: Party): boolean {
  return q.kind === 'country' && whole(ctx.lex.organNouns, lastWord);
}
