/**
 * Unnamed officials telling of their own state's hit: "a ransomware attack on X's national data centre has
 * disrupted ..., officials said", "Selon les autorités, une cyberattaque contre le centre de données de X
 * a ...", "Власти сообщили, что кибератака на ... X ...", "官员表示，针对X……的攻击". A bare official noun
 * (the profile's `unnamedOfficials`: "officials", "les autorités", "власти", "官员") next to a speech verb
 * names no state; in a wire report the state whose systems the words tell were hit is theirs. The officials'
 * state confirms the hit when the words name one state only, on the victim side of a hostile act that is not
 * negated, pin the act on no one (no other state or body, no threat group, no other stance) and the sentence
 * has no speaker of its own (a
 * party of the words taken for the verb's subject is none). Officials who tell of attacks with no victim named, or of a hit on another state
 * beside the actor's, confirm nothing.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party } from '../frame.ts';
import { groupsIn, partyState, linkedBefore, victimBefore, victimSideOfAct } from '../parties.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { matches, negated } from '../text.ts';

/** Words between a bare official noun and the speech verb it is the subject of ("officials said on Monday", "said officials"). */
const OFFICIAL_REACH = 2;
/** Words between an actor noun and the stance cue it is the subject of ("the hackers have demanded"). */
const ACTOR_CUE_REACH = 3;

export function unnamedOfficialsRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const re = lex.unnamedOfficials;
  if (!re || f.silent || f.produced.length) return;
  const { clause, cc, cp } = f;
  const clauseText = text.slice(clause.start, clause.end);
  let told: { start: number; end: number } | undefined;
  for (let m = execFrom(re, clauseText); m && !told; m = execAfter(re, clauseText, m)) {
    const a = clause.start + m.index;
    const b = a + m[0].length;
    const cue = cc.find((c) => speaks(ctx, c, a, b));
    if (cue) told = { start: Math.min(a, cue.start), end: Math.max(b, cue.end) };
  }
  if (!told) return;
  const inWords = (x: { start: number; end: number }) => x.end <= told.start || x.start >= told.end;
  // A speaker of its own, unless the frame took a party of the words for the officials' verb's subject.
  if (f.speaker && !(f.speakerParty && inWords(f.speakerParty))) return;
  // Another stance in the words is theirs, unless the attackers take it ("the hackers have demanded a ransom").
  if (cc.some((c) => inWords(c) && c.cat !== 'hostile' && c.cat !== 'say' && c.cat !== 'confirm' && !actorsCue(ctx, c))) return;
  const acts = cc.filter((c) => c.cat === 'hostile' && inWords(c) && !negated(text, lex, c));
  if (!acts.length || groupsIn(ctx.input.groups, clause).length) return;
  // The words name one state, through itself or its own bodies, and it is the one hit.
  const named = cp.filter((p) => inWords(p) && p.kind !== 'pronoun' && p.kind !== 'backref' && p.kind !== 'self');
  const states = new Set(named.map((p) => partyState(p) ?? p.value));
  if (states.size !== 1 || named.some((p) => !partyState(p))) return;
  const state = [...states][0]!;
  if (!named.some((p) => hit(ctx, f, acts, p)) || named.some((p) => linkedBefore(text, lex, p) || besideActor(ctx, p))) return;
  ctx.emit(f, { value: state, kind: 'state' }, 'confirms', state, 0.5, 'reported');
}

/** Is the cue a speech verb whose subject is the official noun at a..b ("officials said", "dijeron las autoridades", "according to officials")? */
function speaks(ctx: ClaimContext, c: Cue, a: number, b: number): boolean {
  const { ix, text } = ctx;
  const apart = (x: number, y: number) => y >= x && ix.count(x, y) <= OFFICIAL_REACH && !/[.;:!?。；：]/u.test(text.slice(x, y));
  // A discontinuous verb around its subject ("teilten die Behörden mit").
  if (c.start <= a && b <= c.end) return c.cat === 'say' || c.cat === 'confirm';
  if (c.cat === 'say' || c.cat === 'confirm') return apart(b, c.start) || apart(c.end, a);
  if (c.cat === 'sourceBefore') return apart(c.end, a);
  return false;
}

/** The state is hit: after a hostile act and its victim marker ("an attack on X's data centre"), or right after a victim marker ("针对X"). */
function hit(ctx: ClaimContext, f: ClauseFrame, acts: Cue[], p: Party): boolean {
  const { text, lex } = ctx;
  if (victimSideOfAct(text, lex, acts, p)) return true;
  return !!lex.victim && victimBefore(text, { ...lex, possessive: null }, p, f.clause.start) && acts.some((h) => h.start >= p.end);
}

/** A cue whose subject is an actor noun right before it ("the hackers have demanded", "les pirates ont exigé"). */
function actorsCue(ctx: ClaimContext, c: Cue): boolean {
  const re = ctx.lex.actorNouns;
  if (!re) return false;
  const before = ctx.text.slice(ctx.ix.before(c.start, ACTOR_CUE_REACH), c.start);
  return matches(re, before) && !/[,.;:!?，。；：]/u.test(before);
}

/** A state right beside an actor noun ("Iranian hackers", "pirates russes") is the actor's. */
function besideActor(ctx: ClaimContext, p: Party): boolean {
  const re = ctx.lex.actorNouns;
  if (!re) return false;
  return matches(re, ctx.text.slice(ctx.ix.before(p.start, 1), ctx.ix.after(p.end, 1)));
}
