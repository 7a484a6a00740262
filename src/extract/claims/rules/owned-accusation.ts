/**
 * An accusation told as a noun, with no verb of accusing: the party that owns the noun ("the accusations of
 * X", "X's accusations", "las acusaciones de X", "die Vorwürfe Xs", "обвинения X", "các cáo buộc của X")
 * made it, in a headline, an apposition, as the subject of another verb ("the accusations of X against Y
 * come after ...") or as the object of a verb that is no denial ("X repeated its accusations against Y"). The accused is the party after a
 * marker of whom it is made against ("against Y", "contra Y", "gegen Y", "в адрес Y", "nhằm vào Y"), else
 * the state the clause's threat group is tied to. An accusation named as the object of a denial ("Y rejected
 * the accusations of X") is retold in the rebuttal, no claim of its own: the denial is the clause's. A noun
 * with no owner, one under a universal quantifier or a conditional ("any accusations by X would be ..."),
 * and an accusation in a sentence that tells no hostile act and names no threat group accuse no one.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party, Resolved } from '../frame.ts';
import { modifierOfOther, ownsAccusation, partyValue } from '../parties.ts';
import { matches, negated, onlyArticle } from '../text.ts';
import { groupTarget } from '../group-target.ts';
import { execFrom } from '../../lexicons/index.ts';

/** Words after the owner (or the noun) within which the marker of whom the accusation is against and its party stand. */
const TARGET_REACH = 5;
/** Words before the noun where a quantifier that makes it hypothetical stands ("any such accusations"). */
const QUANTIFIER_REACH = 2;
/** The kinds of party that may own an accusation: a named one, not a pronoun or a role word pointing back. */
const OWNERS = new Set<Party['kind']>(['country', 'organization', 'person']);

export function ownedAccusationRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  if (f.silent || !lex.accuseNoun) return;
  // "Y rejected the accusations of X against it": an accusation a denial names is retold in the rebuttal; the denial is
  // the clause's claim, and the accuser's own words, where the text tells them, are read there.
  if (f.cc.some((c) => c.cat === 'deny' || c.cat === 'denyQualifier') || f.produced.slice(f.before).some((c) => c.stance === 'denies')) return;
  for (const noun of f.cc) {
    if (noun.cat !== 'accuseNoun' || hypothetical(ctx, f, noun) || negated(text, lex, noun)) continue;
    // An accusation of something that is no cyber operation ("accusations over border crossings") is no claim here:
    // the clause names a threat group, or tells a hostile act after the noun (what the accusation is of).
    if (!f.about.length && !f.cc.some((c) => c.cat === 'hostile' && c.start >= noun.end)) continue;
    // A noun inside a verbal cue ("brought charges against", "предъявили обвинения") is the verb's, read by the stance rule.
    if (f.cc.some((c) => c.cat === 'accuse' && c.start <= noun.start && c.end >= noun.end)) continue;
    const owner = ownerOf(ctx, f, noun);
    const claimant = owner ? ctx.resolve(owner, f.si) : undefined;
    if (!owner || !claimant) continue;
    const from = Math.max(owner.end, noun.end);
    const marked = markedTarget(ctx, f, from, claimant);
    // A name right after the noun with no marker ("обвинения России", "die Vorwürfe Chinas") may be the accused as well as
    // the accuser: it owns the accusation only when the party accused is marked after it. An adjective ("les accusations
    // américaines") owns it always.
    if (!marked && !againstFollows(ctx, from) && owner.start >= noun.end && !text.slice(noun.end, owner.start).trim() && /^\p{Lu}/u.test(text.slice(owner.start, owner.end))) continue;
    // A state tells what state a threat group serves; another body only through a marked party.
    const target = marked ?? (claimant.kind === 'state' ? groupTarget(f, claimant) : undefined);
    if (!target) continue;
    ctx.emit(f, claimant, 'accuses', target, 0.6, 'cue', claimant.person);
  }
}

/** The named party that owns the noun: after it with the profile's marker or in the genitive, or before it with a possessive clitic. */
function ownerOf(ctx: ClaimContext, f: ClauseFrame, noun: Cue): Party | undefined {
  const { text, lex } = ctx;
  const reach = ctx.ix.after(noun.end, 3);
  return f.cp.find((p) => OWNERS.has(p.kind) && p.start >= f.clause.start
    && ((p.start >= noun.end && p.start <= reach && !premodifier(f, p)) || (p.end <= noun.start && ctx.ix.count(p.end, noun.start) <= 1))
    && ownsAccusation(text, lex, p, noun.start) && !modifierOfOther(text, lex, p));
}

/** Does the party premodify the act the noun accuses of ("allegations of Chinese hacking"): a hostile cue right after it? */
function premodifier(f: ClauseFrame, p: Party): boolean {
  return f.cc.some((c) => c.cat === 'hostile' && c.start >= p.end && c.start <= p.end + 1);
}

/** The party after the profile's marker of whom an accusation is made against, right after `from`. */
function markedTarget(ctx: ClaimContext, f: ClauseFrame, from: number, claimant: Resolved): string | undefined {
  const { text, lex } = ctx;
  if (!lex.accusationAgainst) return undefined;
  const reach = ctx.ix.after(from, TARGET_REACH);
  for (const q of f.cp) {
    if (q.start < from || q.start > reach) continue;
    const gap = text.slice(from, q.start);
    const m = execFrom(lex.accusationAgainst, gap);
    if (!m || gap.slice(0, m.index).trim() || !onlyArticle(lex, gap.slice(m.index + m[0].length))) continue;
    const v = partyValue(q);
    return v && v !== claimant.value ? v : undefined;
  }
  return undefined;
}

/** Does the marker of whom the accusation is against follow right after `from` ("gegen sich", "в свой адрес")? */
function againstFollows(ctx: ClaimContext, from: number): boolean {
  if (!ctx.lex.accusationAgainst) return false;
  const m = execFrom(ctx.lex.accusationAgainst, ctx.text.slice(from, ctx.ix.after(from, TARGET_REACH)));
  return !!m && !ctx.text.slice(from, from + m.index).trim();
}

/** Is the noun under a universal quantifier ("any accusations") or inside a conditional clause before it? */
function hypothetical(ctx: ClaimContext, f: ClauseFrame, noun: Cue): boolean {
  const { text, lex } = ctx;
  if (matches(lex.universalQuantifiers, text.slice(ctx.ix.before(noun.start, QUANTIFIER_REACH), noun.start))) return true;
  return matches(lex.conditional, text.slice(f.clause.start, noun.start));
}
