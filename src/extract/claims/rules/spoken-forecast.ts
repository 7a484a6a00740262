/**
 * A forecast told with a verb of saying, no verb of warning: a speaker saying that a party's hostile acts will go on
 * ("the minister said Russian attacks on the grid will not stop", "заявил, что российские атаки ... не прекратятся",
 * "a déclaré que les attaques russes ... ne cesseront pas", "dijo que los ataques rusos ... continuarán", "sagte, die
 * russischen Angriffe ... würden weitergehen") warns of that party, besides whatever the same words attribute. The
 * forecast is the act's noun with a predicate of going on (profile `actForecast`) in the speaker's words, the doer
 * named right beside the noun (forecast-actor.ts). With no speaker (a journalist's own forecast), no doer beside the
 * noun, the speaker's own side as the doer, or a warning already made of that party in the clause, nothing.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { negatedWarning } from '../text.ts';
import { forecastDoer } from './forecast-actor.ts';

export function spokenForecastRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const speaker = f.speaker;
  const re = lex.actForecast;
  if (!re || !speaker || f.silent) return;
  const lo = Math.max(f.clause.start, f.contentStart);
  const hi = Math.min(f.clause.end, f.contentEnd);
  if (hi <= lo) return;
  const words = text.slice(lo, hi);
  for (let m = execFrom(re, words); m; m = execAfter(re, words, m)) {
    const at = lo + m.index;
    const target = forecastDoer(ctx, f, lo, at, speaker);
    if (!target) continue;
    if (f.produced.slice(f.before).some((c) => c.stance === 'warns' && c.target === target)) return;
    // A forecast negated from outside its own words ("it is not true that the attacks will continue") warns of no one.
    if (negatedWarning(text, lex, { start: at, end: at + m[0].length })) continue;
    ctx.emit(f, speaker, 'warns', target, 0.6, 'reported');
    return;
  }
}
