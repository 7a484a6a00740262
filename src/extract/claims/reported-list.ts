/**
 * A coordinated list of states in a reported attribution (rules/reported-act.ts): "the ministry said hackers from X or
 * Y broke into ...", "stünden Hacker aus X und Y", "под подозрением находятся спецслужбы X или Y", "tin tặc X và Y đã
 * xâm nhập", "X和Y黑客入侵了". The reported act names one accused; each state joined to it in the actor's phrase is
 * accused too, read by the one list logic of the stance path (disjunct-accused.ts: "and", "or", commas).
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Party } from './frame.ts';
import { accusedAlternatives } from './disjunct-accused.ts';
import { linkedBefore, partyState } from './parties.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';

/**
 * The states joined to the accused in its list, by "and", "or", commas or their equivalents (disjunct-accused.ts, the
 * list the stance path reads too): "said hackers from X or Y broke into ...", "stünden Hacker aus X und Y", "под
 * подозрением находятся спецслужбы X или Y". Each is accused as the first is, when it could have been picked on its
 * own (`accusable`: no victim, no partner, no audience); "attacks on X and Y" lists victims, never accused.
 */
export function listedStates(ctx: ClaimContext, f: ClauseFrame, first: Party, accusable: (p: Party) => boolean, speaker: string, target: string, acts: Cue[]): string[] {
  const out: string[] = [];
  const list = accusedAlternatives(ctx.text, ctx.lex, f.cp, first);
  if (!list.length || !actorList(ctx, first, list.at(-1)!, acts)) return out;
  for (const q of list) {
    const v = partyState(q);
    if (!v || v === speaker || v === target || out.includes(v)) continue;
    if (!accusable(q)) continue;
    out.push(v);
  }
  return out;
}

/** Words at most between an actor noun and the first state of its list ("hackers working for", "Hacker aus", "tin tặc làm việc cho"). */
const ACTOR_LIST_LEAD = 3;

/**
 * Is the list of states the actor's phrase: its subject, before every act told ("hackers from X or Y broke into",
 * "chính phủ X và Y xâm nhập"), or a state list an actor noun or a marker of a tie opens ("behind the attack are
 * hackers from X and Y", "спецслужбы X или Y", "linked to X and Y"), or closes ("X and Y hackers")? A list after the
 * act with none of these ("the raids arrived chiefly from X, Y and Z", "the worm then spread to X and Y") names where the act
 * came from or what it hit, not who did it.
 */
function actorList(ctx: ClaimContext, first: Party, last: Party, acts: Cue[]): boolean {
  const { text, lex, ix } = ctx;
  if (acts.every((h) => h.start >= last.end)) return true;
  if (linkedBefore(text, lex, first)) return true;
  const from = ix.before(first.start, ACTOR_LIST_LEAD);
  const lead = text.slice(from, first.start);
  const nouns = lex.actorNouns;
  if (!nouns) return false;
  for (let m = execFrom(nouns, lead); m; m = execAfter(nouns, lead, m)) {
    if (!/[,.;:!?，。；：、]/u.test(lead.slice(m.index + m[0].length))) return true;
  }
  const tail = text.slice(last.end, ix.after(last.end, 1));
  const after = execFrom(nouns, tail);
  return !!after && !/[,.;:!?，。；：、]/u.test(tail.slice(0, after.index));
}
