/**
 * A denial made by qualifying an accusation, told with no speaker: "Ottawa has once again made
 * groundless accusations against China", "所谓“X”是美方自导自演的虚假信息行动", "Washington n'a
 * fourni aucune preuve". The subject of such a clause is the accuser, not the one who denies: the
 * denier is the party the accusation is against (after a victim marker), else the state behind
 * the threat group it is about, else whom the discourse says the accuser accuses, else the body
 * that publishes the text. A subject that is no accuser ("Morocco calls the claims unfounded")
 * denies itself.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party, Resolved } from '../frame.ts';
import { nearestBefore, ownsAccusation, victimMarked } from '../parties.ts';

export function qualifierDenier(ctx: ClaimContext, f: ClauseFrame, cue: Cue, subject: Party | undefined, subj: Resolved | undefined): Resolved | undefined {
  if (!subject || !subj) return undefined;
  const { text, lex } = ctx;
  // "Moscow called London's accusations baseless": the accusation's owner is no subject; the party before it is.
  if (ownsAccusation(text, lex, subject, f.clause.start)) {
    const prior = nearestBefore(text, lex, f.cp, subject.start, f.clause.start);
    const r = prior && !ownsAccusation(text, lex, prior, f.clause.start) ? ctx.resolve(prior, f.si) : undefined;
    if (r && r.value !== subj.value) return r;
  }
  const groupStates = [...new Set(f.about.flatMap((g) => g.countries))];
  const aboutOther = groupStates.length === 1 && groupStates[0] !== subj.value ? groupStates[0] : undefined;
  // The subject accuses: an accusation (verb or noun) follows it before the qualifier, or a party is named as its target.
  const accusing = f.cc.some((c) => (c.cat === 'accuse' || c.cat === 'accuseNoun') && c.start >= subject.end && c.end <= Math.max(cue.end, f.clause.end))
    || ownsAccusation(text, lex, subject, f.clause.start);
  const against = f.cp.map((p) => ({ p, r: p.start >= subject.end && victimMarked(text, lex, p, subject.end) ? ctx.resolve(p, f.si) : undefined })).find((x) => x.r && x.r.value !== subj.value)?.r;
  if (!accusing && !against && !aboutOther) return subj;
  if (against) return against;
  if (aboutOther) return { value: aboutOther, kind: 'state' };
  const accused = ctx.discourse.adversaryOf(subj.value);
  if (accused) return { value: accused, kind: 'state' };
  return ctx.publisher && ctx.publisher.value !== subj.value ? ctx.publisher : undefined;
}

/** Words after an accusation cue within which a qualifier makes it an accusation of smearing ("accused Washington of fabricating false narratives"). */
const QUALIFIED_REACH = 10;

/**
 * An accusation whose content is itself a qualifier of denial: "accused Washington of fabricating
 * false narratives", "acusó a Washington de usar la ciberseguridad como pretexto para difamar a China",
 * "голословно обвиняется". It rebuts an accusation (the qualifier is a denial); it attributes no
 * operation.
 */
export function qualifiedAccusation(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, ix } = ctx;
  return f.cc.some((q) => {
    if (q.cat !== 'denyQualifier') return false;
    // Right before the cue ("голословно обвиняется", "falsely accused").
    if (q.end <= cue.start) return ix.count(q.end, cue.start) === 0 && !/[,;:.!?，。；：]/u.test(text.slice(q.end, cue.start));
    return ix.count(cue.end, q.start) <= QUALIFIED_REACH && !/[,;:.!?，。；：]/u.test(text.slice(cue.end, q.start));
  });
}
