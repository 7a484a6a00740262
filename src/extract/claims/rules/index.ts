/**
 * The claim rules, in the order they run on every clause. Each is one construction: an explicit
 * stance (accuse, deny, warn, call for, confirm), a confirmation or a denial in the passive with its agent, a passive attribution,
 * an accusation told as a noun with the party that owns it (owned-accusation.ts), an act told with its perpetrator as
 * agent ("menée par X", "由X实施"), an actor claiming its own act (or a state body telling what its own operatives did: own-operatives.ts), a threat group calling, warning or denying as a subject, a predicate of
 * responsibility ("X is behind"), a modal made a call by a demand fronted before it ("As X demanded, states should":
 * fronted-demand.ts), a modal addressed to a state ("X should"), an echo of another's
 * attribution, reported speech about a hostile act (which runs only when nothing else did), a publisher's own
 * sentence tying a threat group to a state in an apposition before its act ("X, operating from Y, attacked"), a party naming a threat group
 * with nothing else claimed in its sentence (group-namer.ts), a pronoun naming a group its sentence ties to a state
 * ("an Iran-linked crew it dubs X": tied-group-namer.ts), a party first describing a group with what it does
 * (described-group.ts), an attribution to a state
 * actor left unnamed (no target), a group classified as such an actor ("X is a state-sponsored actor": state-actor-predicate.ts), a victim telling of
 * its own hit (or its unnamed officials telling of it), a speaker telling of an actor's preparation to do harm
 * (a warning of that actor, beside what the words attribute), a speaker forecasting that a party's hostile acts will
 * go on (spoken-forecast.ts), a speaker naming a threat with its source ("the threat
 * from X": threat-source.ts), a counter-charge turning an accusation back on the accuser ("while itself ...":
 * counter-charge.ts), and the
 * items of an advisory's list of recommendations (last: the list replaces what its heading's words cued).
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { blameRule } from './blame.ts';
import { pointsToRule } from './points-to.ts';
import { confirmedByRule } from './confirmed-by.ts';
import { deniedByRule } from './denied-by.ts';
import { doneByRule } from './done-by.ts';
import { echoRule } from './echo.ts';
import { groupStanceRule } from './group-stance.ts';
import { groupDenialRule } from './group-denial.ts';
import { groupNamerRule } from './group-namer.ts';
import { describedGroupRule } from './described-group.ts';
import { harmIntentRule } from './harm-intent.ts';
import { spokenForecastRule } from './spoken-forecast.ts';
import { threatSourceRule } from './threat-source.ts';
import { modalCallRule } from './modal-call.ts';
import { frontedDemandRule } from './fronted-demand.ts';
import { ownActRule } from './own-act.ts';
import { ownOperativesRule } from './own-operatives.ts';
import { passiveAccusationRule } from './passive-accusation.ts';
import { ownedAccusationRule } from './owned-accusation.ts';
import { recommendationRule } from './recommendation.ts';
import { reportedActRule } from './reported-act.ts';
import { reportedHitRule } from './reported-hit.ts';
import { stanceRule } from './stance.ts';
import { unnamedOfficialsRule } from './unnamed-officials.ts';
import { unnamedStateRule } from './unnamed-state.ts';
import { stateActorPredicateRule } from './state-actor-predicate.ts';
import { languageActorRule } from './language-actor.ts';
import { tiedAppositionRule } from './tied-apposition.ts';
import { tiedGroupNamerRule } from './tied-group-namer.ts';
import { selfJustificationRule } from './self-justification.ts';
import { counterChargeRule } from './counter-charge.ts';

export type ClaimRule = (ctx: ClaimContext, f: ClauseFrame) => void;

export const CLAIM_RULES: ReadonlyArray<{ name: string; rule: ClaimRule }> = [
  { name: 'stance', rule: stanceRule },
  { name: 'confirmed-by', rule: confirmedByRule },
  { name: 'denied-by', rule: deniedByRule },
  { name: 'passive-accusation', rule: passiveAccusationRule },
  { name: 'owned-accusation', rule: ownedAccusationRule },
  { name: 'done-by', rule: doneByRule },
  { name: 'own-act', rule: ownActRule },
  { name: 'own-operatives', rule: ownOperativesRule },
  { name: 'group-stance', rule: groupStanceRule },
  { name: 'group-denial', rule: groupDenialRule },
  { name: 'blame', rule: blameRule },
  { name: 'points-to', rule: pointsToRule },
  { name: 'fronted-demand', rule: frontedDemandRule },
  { name: 'modal-call', rule: modalCallRule },
  { name: 'echo', rule: echoRule },
  { name: 'reported-act', rule: reportedActRule },
  { name: 'self-justification', rule: selfJustificationRule },
  { name: 'tied-apposition', rule: tiedAppositionRule },
  { name: 'group-namer', rule: groupNamerRule },
  { name: 'tied-group-namer', rule: tiedGroupNamerRule },
  { name: 'described-group', rule: describedGroupRule },
  { name: 'unnamed-state', rule: unnamedStateRule },
  { name: 'state-actor-predicate', rule: stateActorPredicateRule },
  { name: 'language-actor', rule: languageActorRule },
  { name: 'reported-hit', rule: reportedHitRule },
  { name: 'unnamed-officials', rule: unnamedOfficialsRule },
  { name: 'harm-intent', rule: harmIntentRule },
  { name: 'spoken-forecast', rule: spokenForecastRule },
  { name: 'threat-source', rule: threatSourceRule },
  { name: 'counter-charge', rule: counterChargeRule },
  { name: 'recommendation', rule: recommendationRule },
];
