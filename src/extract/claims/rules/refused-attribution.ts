/**
 * A denied act whose object is attribution itself: "el organismo no realiza atribuciones", "НКЦКИ не
 * занимается атрибуцией", "我们从未进行归因", "nunca ha realizado atribuciones". The body says it does not
 * attribute: a refusal to name a culprit, not a denial of an accusation against it. A denial verb with
 * attribution as its object ("rechaza la atribución", "отвергаем атрибуцию") carries no negation and
 * still denies.
 */
import type { ClaimContext } from '../context.ts';
import type { Cue } from '../frame.ts';
import { execAll } from '../../lexicons/index.ts';
import { matches } from '../text.ts';

/** Words at most between the denied act and its attribution noun ("no realiza ninguna atribución", "从未进行归因"). */
const OBJECT_REACH = 3;

export function refusedAttribution(ctx: ClaimContext, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.attributionNouns || !matches(lex.negation, cue.text)) return false;
  const after = text.slice(cue.end, ix.after(cue.end, OBJECT_REACH + 1));
  return execAll(lex.attributionNouns, after).some((m) => !/[,.;:!?，。；：]/u.test(after.slice(0, m.index)) && ix.count(cue.end, cue.end + m.index) <= OBJECT_REACH);
}
