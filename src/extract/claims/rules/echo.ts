/**
 * Echoing another's attribution: "similar accusations", "co-signed the advisory", "supporting
 * the British assessment". The echoing states (the subject, or the agent of a passive: "cosigné par
 * le Canada") make the last attribution told their own; so do alliances and companies that stand as
 * the subject before the cue ("NATO and the EU backed ...", "Microsoft shares this analysis").
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, PartyKind } from '../frame.ts';
import { statementBeside } from '../likeness.ts';
import { afterLocative, joins, modifierOfOther } from '../parties.ts';
import { matches, whole } from '../text.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';

/** Words after the cue where the agent marker of a passive may stand ("co-signed by"). */
const AGENT_REACH = 4;

export function echoRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const prev = ctx.discourse.lastAttribution;
  if (!prev) return;
  // An adjective of likeness echoes beside a noun of statement ("similar accusations"); beside another noun ("similar
  // samples were sent to ...") only the parties standing as its clause's subject right before it may echo.
  let subjects: Set<(typeof f.cp)[number]> | undefined;
  const similarCue = f.cc.find((c) => {
    if (c.cat !== 'similar') return false;
    if (!whole(lex.likeness, c.text) || statementBeside(text, lex, ix, c)) return true;
    subjects = subjectBefore(ctx, f, c);
    return subjects.size > 0;
  });
  if (!similarCue) return;
  const echoed = new Set<string>();
  // The echoing parties are the subject or the agent, not what follows the cue ("supporting the British assessment").
  const joining = matches(lex.joinVerbs, similarCue.text);
  const after = text.slice(similarCue.end, ix.after(similarCue.end, AGENT_REACH));
  const byAgent = agentFollows(lex.agentMarkers, after);
  // The subject may follow the verb ("к оценке присоединились США", "dann schlossen sich Paris und Rom an"): with no state
  // before the cue, the states after it join, save those that had made the attribution themselves (whom they join).
  const joiner = (q: (typeof f.cp)[number]) => {
    const r = ctx.resolve(q, f.si);
    return r?.kind === 'state' && r.value !== prev.claimant && r.value !== prev.target && !ctx.discourse.hasAccused(r.value, prev.target);
  };
  const inverted = joining && !byAgent && !f.cp.some((q) => q.end <= similarCue.start && q.start >= f.clause.start && joiner(q));
  for (const p of f.cp.filter((q) => !joining || q.end <= similarCue.start || byAgent || inverted)) {
    if (subjects && !subjects.has(p)) continue;
    // "The American firm X also reported on the group": the state tells the company's nationality, it does not echo.
    if (modifierOfOther(text, lex, p)) continue;
    const r = ctx.resolve(p, f.si);
    // A body that is no state (an alliance, a company) echoes only as the subject before the cue ("NATO backed ...").
    if (r && r.kind !== 'state' && (p.end > similarCue.start || (inverted && f.cp.some((q) => q.start >= similarCue.end && joiner(q))))) continue;
    if (!r || r.value === prev.claimant || r.value === prev.target || echoed.has(r.value)) continue;
    if (inverted && p.start >= similarCue.end && ctx.discourse.hasAccused(r.value, prev.target)) continue;
    // A speaker telling of another's echo does not echo; one who says it joins ("a dit partager cette analyse") does.
    if (f.speaker && r.value === f.speaker.value && !joining) continue;
    echoed.add(r.value);
    ctx.emit(f, r, 'attributes', prev.target, 0.5, 'echo');
  }
}

/** Clause punctuation: a party across it is not the subject of the cue. */
const CLAUSE_BREAK = /[,;:.!?，；：。()（）"“”«»„]/u;
/** What may join two parties of one list: a comma and at most a short coordinator ("and", "et", "và", "и", "和"); else the profile's coordinators with articles (parties.ts `joins`). */
const LIST_GAP = /^\s*(?:[,、，]\s*)?(?:\p{L}{1,4}\s*)?$/u;

/** Parties by name: a pronoun or a "we" that sees "similar samples" tells of its own findings, it echoes no one. */
const NAMED = new Set<PartyKind>(['country', 'organization', 'person']);

/**
 * The parties named right before the cue in its clause, as its subject: the nearest with no clause punctuation
 * between it and the cue, and those listed with it ("Japan, Canada and Australia made similar ...").
 */
function subjectBefore(ctx: ClaimContext, f: ClauseFrame, cue: Cue): Set<(typeof f.cp)[number]> {
  const { text, lex } = ctx;
  const out = new Set<(typeof f.cp)[number]>();
  const before = f.cp.filter((q) => q.end <= cue.start && q.start >= f.clause.start && NAMED.has(q.kind)).sort((a, b) => a.start - b.start);
  let last = before[before.length - 1];
  if (!last || CLAUSE_BREAK.test(text.slice(last.end, cue.start))) return out;
  out.add(last);
  // "Britain and France", and with articles between ("les États-Unis et le Royaume-Uni", "Francia y el Reino Unido").
  // A place opening the clause ("En Suiza, Francia y ...") is no item of the list.
  const listed = (q: (typeof f.cp)[number], a: number, b: number) => !afterLocative(text, lex, q) && (LIST_GAP.test(text.slice(a, b)) || joins(text, lex, a, b));
  for (let i = before.length - 2; i >= 0 && listed(before[i]!, before[i]!.end, last.start); i--) out.add((last = before[i]!));
  return out;
}

/** An agent marker ("by", "par", "bởi", "由") within the first words after the cue, before its agent. */
function agentFollows(re: RegExp | null, after: string): boolean {
  if (!re) return false;
  for (let m = execFrom(re, after); m; m = execAfter(re, after, m)) {
    if (/^\s*(?:\p{L}+\s+){0,2}?$/u.test(after.slice(0, m.index)) && /^\s/u.test(after.slice(m.index + m[0].length))) return true;
  }
  return false;
}
