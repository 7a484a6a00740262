/**
 * A state-tied group named by a pronoun in a relative clause: "an Iran-linked crew it dubs X", "a Chinese gang
 * it tracks as X", "des pirates liés à l'Iran qu'il appelle X", "eine russische Gruppe, die er als X bezeichnet",
 * "hackers it dubs X and believes to be backed by Y". The pronoun that names the group stands for the
 * body the sentence named before it (the firm, its researchers), which ties the group to that state:
 * it attributes the group's activity to the state, about the group. The state is told beside the group's noun
 * (before the pronoun) or after the name behind a marker of the tie (profile `linkedTo`); the naming verbs are
 * the profiles' group-naming verbs (group-namer.ts). No state told: group-namer.ts reads the naming alone.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Party, Resolved } from '../frame.ts';
import { namingAfter } from '../group-namer.ts';
import { linkedBefore } from '../parties.ts';
import { execAll } from '../../lexicons/index.ts';

/** Words at most between the state told before the group and the group's noun ("-linked crew", "russische Gruppe"). */
const STATE_TO_HEAD = 2;
/** Words at most between the group's noun and the naming pronoun: a relative word ("gang that it dubs", "Gruppe, die er"). */
const HEAD_TO_PRONOUN = 1;
/** Words at most before the tie marker of a state told after the group's noun ("des pirates liés à l'Iran qu'il appelle"). */
const HEAD_TO_STATE = 5;
/** Words at most between the group's name and a state its relative clause ties it to after a marker ("X and believes to be backed by Y"). */
const TIED_AFTER = 12;
/** What ends the tie between the state and the pronoun, or between the name and the state. */
const BREAK = /[.;:!?()。；：！？（）]/u;

/** A pronoun or a bare pointing word ("it", "il", "er", "она"), not a role or company noun that names its own referent. */
function isPronoun(p: Party): boolean {
  return p.kind === 'pronoun' || (p.kind === 'backref' && !p.company);
}

/**
 * The body the naming pronoun stands for: the subject that opens the clause, its first party before `before` that is
 * no pronoun nor a state ("the firm sued an Iranian gang it dubs X"; not "ESET a relié l'outil X à des pirates
 * qu'il appelle Y", where the tool X is the object).
 */
function namerBefore(ctx: ClaimContext, f: ClauseFrame, before: number): Resolved | undefined {
  const q = f.cp.find((x) => x.end <= before && !isPronoun(x) && x.kind !== 'country' && !x.victim);
  return q ? ctx.resolve(q, f.si) : undefined;
}

/**
 * Does state `q` modify the group noun that pronoun `p`'s relative clause follows: the noun right after the state
 * ("an Iran-linked crew it dubs", "eine russische Gruppe, die er"), or right before the tie marker that
 * introduces the state, with the pronoun right after it ("des pirates liés à l'Iran qu'il appelle")? Not a state
 * that modifies another noun ("briefed Russian officials on a gang it dubs").
 */
function modifiesGroupNoun(ctx: ClaimContext, q: Party, p: Party): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.unnamedGroupHeads) return false;
  const gap = text.slice(q.end, p.start);
  const head = execAll(lex.unnamedGroupHeads, gap).at(-1);
  if (head) {
    const at = q.end + head.index;
    return ix.count(q.end, at) <= STATE_TO_HEAD && ix.count(at + head[0].length, p.start) <= HEAD_TO_PRONOUN;
  }
  if (ix.count(q.end, p.start) > HEAD_TO_PRONOUN || !linkedBefore(text, lex, q)) return false;
  return execAll(lex.unnamedGroupHeads, text.slice(ix.before(q.start, HEAD_TO_STATE), q.start)).length > 0;
}

export function tiedGroupNamerRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  if (f.silent) return;
  for (const p of f.cp) {
    if (!isPronoun(p)) continue;
    const named = namingAfter(ctx, p);
    if (!named) continue;
    const g = named.group;
    // The state before: it modifies the group's noun, whose relative clause the pronoun opens.
    const tiedBefore = f.cp.filter((q) => q.kind === 'country' && !!q.value && !q.victim && q.end <= p.start && !BREAK.test(text.slice(q.end, p.start))
      && !f.cp.some((o) => o !== q && o.start >= q.end && o.end <= p.start) && modifiesGroupNoun(ctx, q, p)).at(-1);
    // The state after: behind a marker of the tie, within the relative clauses that follow the name.
    const tiedAfter = tiedBefore ? undefined : f.cp.find((q) => q.kind === 'country' && !!q.value && !q.victim && q.start >= g.end && ix.count(g.end, q.start) <= TIED_AFTER
      && !BREAK.test(text.slice(g.end, q.start)) && linkedBefore(text, lex, q));
    const state = tiedBefore ?? tiedAfter;
    if (!state) continue;
    const target = state.value!;
    const namer = namerBefore(ctx, f, Math.min(state.start, p.start));
    if (!namer || namer.value === target) continue;
    const c = ctx.emit(f, namer, 'attributes', target, 0.5, 'cue');
    if (c) c.about = [...new Set([g.name, ...(c.about ?? [])])];
  }
}
