/**
 * The direct object of a transitive hostile verb is its victim: "the hackers attacked American
 * officials", "хакеры атаковали американских чиновников", "les pirates ont attaqué des responsables
 * américains", "atacaron a funcionarios estadounidenses", "tin tặc đã tấn công các quan chức Mỹ",
 * "黑客攻击了美国官员". A state named within a few words after such a verb, with no agent marker
 * ("attacked by") or break between, is the one hit, not the one the act is pinned on; so is a state
 * joined to it ("American and British officials"), and so is a state that modifies a possessor of the object
 * ("breached the accounts of several Latvian diplomats").
 */
import type { ClaimContext } from './context.ts';
import type { Party } from './frame.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';
import { matches } from './text.ts';
import { joinedParties, VICTIM_CHAIN_REACH } from './parties.ts';
import { closesPossessorChain, POSSESSOR_CHAIN_REACH } from './possessor-chain.ts';

/** Words between the verb and the party: an article, a quantifier, an adjective of the object. */
const OBJECT_REACH = 3;

export function objectOfHostileVerb(ctx: ClaimContext, p: Party, from: number, parties: Party[] = []): boolean {
  // "attacked American and British officials": a party joined to the object is part of it.
  if (parties.some((q) => q.end <= p.start && q.start >= from && directObject(ctx, q, from) && joinedParties(ctx.text, ctx.lex, parties, q, 1).includes(p))) return true;
  return directObject(ctx, p, from);
}

function directObject(ctx: ClaimContext, p: Party, from: number): boolean {
  const { text, lex, ix } = ctx;
  const re = lex.hostileVerbs;
  if (!re) return false;
  const start = Math.max(from, ix.before(p.start, POSSESSOR_CHAIN_REACH + 1));
  const before = text.slice(start, p.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    const end = start + m.index + m[0].length;
    const gap = text.slice(end, p.start);
    // "hacked the networks of X, of the German Y and of the US Z": a chain of possessors may run long and list its owners (possessor-chain.ts).
    const words = ix.count(end, p.start);
    if ((words > VICTIM_CHAIN_REACH || /[,.;:!?()\[\]"«»“”„，。；：、（）]/u.test(gap)) && !closesPossessorChain(text, lex, ix, end, p.start)) continue;
    // Past a few words, the party must hang on a possessor of the object ("breached the accounts of two Latvian diplomats").
    if (words > OBJECT_REACH && !matches(lex.possessive, gap)) continue;
    if (matches(lex.agentMarkers, gap)) continue;
    return true;
  }
  return false;
}
