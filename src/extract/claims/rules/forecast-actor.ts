/**
 * A warning that forecasts hostile acts going on ("warned that Chinese attacks on such providers will continue",
 * "advirtió de que los ataques chinos contra ... continuarán", "предупредили, что атаки Lazarus ... продолжатся",
 * "warnte, russische Angriffe werden nicht aufhören") warns of the doer of those acts, not of another party its words
 * name (an authority whose measures did not stop them, a victim after the act's noun). The forecast is the act's noun
 * (a hostile cue) in the warning's words with a future of going on as its predicate a few words after it (profile
 * `actForecast`), and no clause break between; the doer is named right beside that noun: a state (an adjective or a
 * name, "Chinese attacks", "ataques chinos") or a threat group ("атаки Lazarus"), warned of through its state, else
 * by its own name. With no doer beside the noun ("the attacks will continue") the rule says nothing.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Resolved } from '../frame.ts';
import { execFrom } from '../../lexicons/index.ts';
import { partyState } from '../parties.ts';
import { groupsWarnedOf } from './warn-target.ts';
import { joinedClauseDoer } from './joined-forecast.ts';

/** Words from the warning cue to the forecast: the warning's own complement. */
const COMPLEMENT_WORDS = 30;
/** Words between the act's noun and its predicate ("the attacks by X on Y's suppliers will continue"). */
const PREDICATE_WORDS = 8;
/** Words between the act's noun and its doer: right beside it. */
const DOER_WORDS = 0;

const BREAK = /[.;:!?。；：！？]/u;
const CLAUSE_BREAK = /[,.;:!?«»"“”()，。；：！？、]/u;

export function forecastActor(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: Resolved): string | undefined {
  const { text, lex, ix } = ctx;
  if (!lex.actForecast) return undefined;
  const words = text.slice(cue.end, f.sentence.end);
  const m = execFrom(lex.actForecast, words);
  if (!m) return undefined;
  const at = cue.end + m.index;
  if (ix.count(cue.end, at) > COMPLEMENT_WORDS || BREAK.test(text.slice(cue.end, at))) return undefined;
  return forecastDoer(ctx, f, cue.end, at, claimant);
}

/**
 * The doer of the hostile act forecast to go on: the act's noun is the last hostile cue between `from` and the
 * forecast's predicate at `at`, a few words before it with no clause break between; the doer is named right beside
 * that noun (a state, else a threat group warned of through its state, else by its name), never the claimant.
 */
export function forecastDoer(ctx: ClaimContext, f: ClauseFrame, from: number, at: number, claimant: Resolved): string | undefined {
  const { text, ix } = ctx;
  // The act's noun: the last hostile cue before the predicate, a few words off, with no clause break between.
  const act = f.cues.filter((c) => c.cat === 'hostile' && c.start >= from && c.end <= at && ix.count(c.end, at) <= PREDICATE_WORDS && !CLAUSE_BREAK.test(text.slice(c.end, at))).at(-1);
  if (!act) return undefined;
  const beside = (s: number, e: number) => {
    const [a, b] = e <= act.start ? [e, act.start] : [act.end, s];
    return b >= a && ix.count(a, b) <= DOER_WORDS && !CLAUSE_BREAK.test(text.slice(a, b));
  };
  const state = f.parties.find((p) => !!partyState(p) && p.kind !== 'person' && (p.end <= act.start || p.start >= act.end) && beside(p.start, p.end));
  let v: string | undefined;
  if (state) v = partyState(state);
  else {
    const group = ctx.input.groups.find((g) => (g.end <= act.start || g.start >= act.end) && beside(g.start, g.end));
    if (group) v = groupsWarnedOf(ctx, f, claimant, [group]);
  }
  // No doer beside the noun: the subject of a first clause joined to the forecast's by "and" (joined-forecast.ts).
  if (!v) return joinedClauseDoer(ctx, f, from, act, claimant);
  return v !== claimant.value ? v : undefined;
}
