/**
 * A publisher's own sentence that ties a threat group to a state in an apposition and tells its act: "X,
 * operating from Russia, has attacked ...", "X, linked to Iran, targeted ...", "X, qui opère depuis la Chine, a
 * visé ...", "X, действующая из России, атаковала ...". A vendor's post or a state body's statement says it
 * with no verb of saying: the publisher (impersonal-voice.ts) attributes the act to the state, about the group.
 *
 * The apposition stands between commas right after the group, the state right after a marker of the tie
 * (profile `linkedTo`), and the act (a hostile word) follows the apposition within reach. Only where the
 * sentence has no speaker and nothing else in the clause attributes.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { groupsIn, linkedBefore, partyState } from '../parties.ts';
import { impersonalVoice } from '../impersonal-voice.ts';
import { negatedCue } from '../text.ts';

/** Words of the apposition: from the group's comma to the state. */
const APPOSITION_REACH = 6;
/** Words between the state and the comma that closes the apposition. */
const CLOSE_REACH = 3;
/** Words between the apposition's closing comma and the act told of the group. */
const ACT_REACH = 6;

export function tiedAppositionRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  if (f.speaker || f.silent) return;
  const speaker = impersonalVoice(ctx, f);
  if (!speaker || f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes' || c.stance === 'denies')) return;
  for (const g of groupsIn(ctx.input.groups, f.clause)) {
    // "X, operating from Russia, ...": a comma right after the group opens the apposition.
    const open = /^\s*[,，]\s*/u.exec(text.slice(g.end, Math.min(f.clause.end, g.end + 4)));
    if (!open) continue;
    const from = g.end + open[0].length;
    const state = f.cp.find((p) => p.start >= from && ix.count(from, p.start) <= APPOSITION_REACH && !!partyState(p) && partyState(p) !== speaker.value
      && !/[,，;:.!?。；：]/u.test(text.slice(from, p.start)) && linkedBefore(text, lex, p));
    if (!state) continue;
    // The apposition closes on a comma soon after the state ("from Russia, has attacked", "linked to the Russian state,
    // has ...", "die von Russland aus operiert, hat ...").
    const rest = text.slice(state.end, f.clause.end);
    const comma = rest.search(/[,，]/u);
    if (comma < 0 || /[;:.!?。；：]/u.test(rest.slice(0, comma)) || ix.count(state.end, state.end + comma) > CLOSE_REACH) continue;
    const after = state.end + comma + 1;
    const act = f.cc.find((c) => c.cat === 'hostile' && c.start >= after && ix.count(after, c.start) <= ACT_REACH && !/[,，;:.!?。；：]/u.test(text.slice(after, c.start)) && !negatedCue(text, lex, c));
    if (!act) continue;
    const c = ctx.emit(f, speaker, 'attributes', partyState(state), 0.55, 'cue');
    if (c) c.about = [...new Set([g.name, ...(c.about ?? [])])];
    return;
  }
}
