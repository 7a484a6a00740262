/**
 * Party membership stated after a person's name, in apposition or as an affiliation:
 *  - "X, a <party> senator, said", "le député X, élu <party>, a déclaré": a member's role word right after the party;
 *  - "X, chairman of the defence committee and a member of the ruling <party>, said", "X, membre du <party>",
 *    "X, Mitglied der <party>", "nghị sĩ X thuộc <party>": a membership word (the profile's `partyMembership`) and at
 *    most an article and a modifier before the party.
 * The person speaks for that party (members of parliament speak for their party, not their state), even after a
 * role before the name that is no office of state ("Committee chair X, a <party> senator"); a role before the name
 * that holds an office of state (minister, chancellor) keeps the state's, unless it is a member's role too.
 * Distances are word tokens (tokens.ts).
 */
import { execAll, execFrom, type CompiledLexicon } from './lexicons/index.ts';
import { PARTY_NAMES } from './lexicons/political-parties.ts';
import type { Span } from './types.ts';
import { tokenIndex } from './tokens.ts';

interface MembershipContext {
  text: string;
  lang: string;
  lex: CompiledLexicon | null;
  parties: Array<Span & { kind: string; value?: string }>;
}

/** Word tokens from the name's end to the party: an apposition may name an office first. */
const APPOSITION_REACH = 24;
/** Word tokens between a membership word and the party: an article and a modifier ("the ruling", "de l'opposition"). */
const MEMBERSHIP_GAP = 3;
/** Word tokens between the party and a member's role word after it ("<party> senator", "<party> lawmaker"). */
const ROLE_GAP = 1;
/** Where the apposition after a name ends: clause punctuation, or a second comma when it opens with one. */
const CLAUSE_END = /[;:!?()（）；：！？。"“”«»]/u;

/** The text of the apposition or affiliation right after a name at `end`, up to where its clause goes on. */
function appositionEnd(text: string, end: number, limit: number): number {
  const rest = text.slice(end, limit);
  const opensWithComma = /^\s*[,，]/u.test(rest);
  const from = opensWithComma ? rest.search(/[,，]/u) + 1 : 0;
  let stop = rest.length;
  const clause = rest.slice(from).search(CLAUSE_END);
  if (clause >= 0) stop = Math.min(stop, from + clause);
  const comma = rest.slice(from).search(/[,，]/u);
  if (comma >= 0) stop = Math.min(stop, from + comma);
  return end + stop;
}

/** Does a role before the name hold an office of state, and no member's role? */
function officeOfState(lex: CompiledLexicon, role: string): boolean {
  if (lex.memberRoles && execFrom(lex.memberRoles, role)) return false;
  return [lex.organNouns, lex.stateOffices].some((re) => !!re && !!execFrom(re, role));
}

/** A party a person is a member of, and where the phrase that says so lies (the party's mention inside it describes the person). */
export interface Membership {
  party: string;
  span: Span;
}

/**
 * The party the apposition or affiliation right after a name (ending at `end`, in a sentence ending at `limit`)
 * makes the person a member of, if any. `role`: the role phrase before the name, if any.
 */
export function partyAfterName(ctx: MembershipContext, end: number, limit: number, role?: string): Membership | undefined {
  const lex = ctx.lex;
  if (!lex || (!lex.partyMembership && !lex.memberRoles)) return undefined;
  if (role && officeOfState(lex, role)) return undefined;
  const stop = appositionEnd(ctx.text, end, limit);
  const ix = tokenIndex(ctx.text, ctx.lang);
  for (const p of ctx.parties) {
    if (p.start < end || p.end > stop || p.kind !== 'organization' || !p.value || !PARTY_NAMES.has(p.value)) continue;
    if (ix.count(end, p.start) > APPOSITION_REACH) break;
    // "a member of the ruling <party>", "thuộc <party>": a membership word shortly before the party.
    const leadStart = Math.max(end, ix.before(p.start, MEMBERSHIP_GAP + 2));
    const lead = ctx.text.slice(leadStart, p.start);
    const member = lex.partyMembership ? execAll(lex.partyMembership, lead).at(-1) : undefined;
    if (member && ix.count(leadStart + member.index + member[0].length, p.start) <= MEMBERSHIP_GAP && !/[,，]/u.test(lead.slice(member.index))) return { party: p.value, span: { start: end, end: p.end } };
    // "<party> senator", "<party> MP": a member's role word right after the party.
    const tail = ctx.text.slice(p.end, ix.after(p.end, ROLE_GAP + 1));
    const r = lex.memberRoles ? execFrom(lex.memberRoles, tail) : null;
    if (r && ix.count(p.end, p.end + r.index) <= ROLE_GAP && !/[,，]/u.test(tail.slice(0, r.index))) return { party: p.value, span: { start: end, end: p.end + r.index + r[0].length } };
  }
  return undefined;
}
