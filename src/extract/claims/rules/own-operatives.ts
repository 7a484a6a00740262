/**
 * A state body announcing its own operation through its operatives: "the agency said its cyber specialists had
 * hacked ...", "разведка заявила, что ее киберспециалисты взломали ...", "le service a indiqué que ses spécialistes ont
 * attaqué ...". The subject of the speech verb is a state's body, the subject of the words it says is that body's own
 * operatives named by a possessive (lexicon `ownOperatives`), and their verb is a hostile act, a hostile verb or an
 * operation against someone (`operationAgainst`). The state claims the act: claimant and target that state.
 * Operatives who stopped, found or investigated an act ("its specialists repelled the attack") did none: another cue
 * between them and the act, or a negated act, makes no claim.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { execFrom } from '../../lexicons/index.ts';
import { negated, passive } from '../text.ts';

/** Max words between the speech verb and the operatives that open its words ("said that its", "заявило, что его"). */
const SAY_GAP = 2;
/** Max words between the operatives and the operation they carried out ("ее специалисты провели спецоперацию против"). */
const ACT_REACH = 3;
/** Max words between the operatives and their hostile verb ("ses spécialistes ont attaqué"). */
const VERB_REACH = 1;

export function ownOperativesRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  if (!lex.ownOperatives || f.silent || f.produced.length !== f.before) return;
  const m = execFrom(lex.ownOperatives, text.slice(f.clause.start, f.clause.end));
  if (!m) return;
  const opStart = f.clause.start + m.index;
  const opEnd = opStart + m[0].length;
  const say = f.cues.filter((c) => c.cat === 'say' && c.end <= opStart && ix.count(c.end, opStart) <= SAY_GAP).at(-1);
  if (!say || negated(text, lex, say) || passive(text, lex, say)) return;
  // The speaker: a state's body, the subject before the speech verb.
  const sp = f.speakerParty;
  if (!sp || sp.end > say.start || f.speaker?.kind !== 'state') return;
  // The act: a hostile verb right after them (an auxiliary between: "had hacked", "ont attaqué"), or an operation
  // against someone a few words on. A hostile noun alone ("sus técnicos frenaron dos ataques") is what they may have stopped.
  const verb = lex.hostileVerbs ? execFrom(lex.hostileVerbs, text.slice(opEnd, Math.min(ix.after(opEnd, VERB_REACH + 1), f.clause.end))) : null;
  const operation = lex.operationAgainst ? execFrom(lex.operationAgainst, text.slice(opEnd, Math.min(ix.after(opEnd, ACT_REACH + 2), f.clause.end))) : null;
  const found = verb ?? operation;
  if (!found) return;
  const act = opEnd + found.index;
  // "its specialists repelled the attacks on the operation against ...": another verb of the clause's cues before the act is theirs.
  if (f.cues.some((c) => c.cat !== 'hostile' && c.start >= opEnd && c.start < act)) return;
  if (negated(text, lex, { start: act, end: act + found[0].length })) return;
  const c = ctx.emit(f, f.speaker, 'attributes', undefined, 0.6, 'cue');
  if (c) c.target = f.speaker.value;
}
