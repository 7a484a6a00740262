/**
 * Claiming one's own act: "the group claimed responsibility", "revendiquée par un groupe",
 * "взяла на себя ответственность". The claimant is the threat group named nearest the cue (or the
 * group under discussion, when the clause or the cue refers back to it: "the group claimed", "hat sich
 * die Gruppe zu ... bekannt"), else a state service, else a named body that claims (with those joined to
 * it), never the victim; the target is the claimant itself. The stance rule reads no confirmation and no
 * accusation inside the claim ("se atribuyeron los intentos y admitieron que ..."). A group that tells its own act in its own words ("Killnet said it had knocked the
 * sites offline", "Группировка заявила, что вывела из строя ...", "nhóm tuyên bố đã tiêu hủy ...") claims
 * it the same way: the group is the subject right before the speech verb, and the words it says tell a
 * hostile act that no one else is told to have done. The target is the group itself, unless the group
 * says, in its own words after the claim, that it acts for a state ("..., saying it acted on behalf of
 * Russia", "affirmant agir pour le compte de la Russie"): then that state. A tie others tell ("the
 * pro-Russian group", "X, linked to Russia, claimed ...", "a group backed by Russia claimed ...") is no word of the
 * group's.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, GroupMention, Resolved } from '../frame.ts';
import { groupsIn, inVictimPhrase, joinedParties, linkedBefore, partyState, victimMarked } from '../parties.ts';
import { matches, negated, passive, startsWith } from '../text.ts';
import type { ClaimCandidate, Span } from '../../types.ts';
import { execFrom } from '../../lexicons/index.ts';
import { sponsorAgent } from '../sponsor-agent.ts';
import { bareGroupSubject } from '../bare-group-subject.ts';

/** Max words between the cue and a state said to claim the act. */
const OWN_REACH = 12;
/** Max words between the group's own speech verb and the state it says it acts for. */
const SERVES_REACH = 8;
/** Max words between a group and the speech verb it is the subject of ("Killnet said on Telegram" counts the verb's own words). */
const TELLER_REACH = 4;
/** Max words between a group and the offer of the key it makes ("X then announced it would hand over ..."). */
const REMEDY_REACH = 10;
/** Max words between a state word and the group noun it qualifies ("Iranische oder iranfreundliche Gruppen"). */
const GROUP_HEAD_REACH = 3;
/** Max words between a passive claim's cue and the group named as its agent ("claimed by a group calling itself X"). */
const AGENT_REACH = 10;
/** Characters after the cue read for its agent marker and an unnamed group ("by a pro-Russian hacking group"). */
const AGENT_LOOK = 60;

export function ownActRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const ownCue = f.cc.find((c) => c.cat === 'claimsOwn' && !negated(text, lex, c));
  if (f.silent) return;
  if (!ownCue) return remedyOffered(ctx, f) ? undefined : toldOwnAct(ctx, f);
  const words = (x: Span) => ix.count(Math.min(x.end, ownCue.end), Math.max(x.start, ownCue.start));
  const nearest = (xs: Span[]) => xs.reduce<Span | undefined>((best, x) => (!best || words(x) < words(best) ? x : best), undefined);
  // The passive ("claimed by X", "revendiquée par X", "reivindicados por un grupo"): the claimant is the agent after
  // the cue, a named group or an unnamed one (the group under discussion); what stands before the cue is the act.
  const after = text.slice(ownCue.end, ownCue.end + AGENT_LOOK);
  const byAgent = startsWith(lex.claimsOwnAgent, after);
  const groups = groupsIn(ctx.input.groups, f.clause);
  const agent = byAgent ? groups.find((g) => g.start >= ownCue.end && ix.count(ownCue.end, g.start) <= AGENT_REACH) : undefined;
  const group = (byAgent ? agent : nearest(groups)) as GroupMention | undefined;
  const unnamedAgent = byAgent && !group && startsWith(lex.claimsOwnAgentGroup, after);
  // A group noun referring back, the subject before the cue ("the group claimed", "Группа заявила, что взломала ..."): that group.
  const referred = byAgent ? undefined : groupsIn(ctx.input.groupRefs ?? [], { start: f.clause.start, end: ownCue.start }).at(-1) ?? bareGroupSubject(ctx, f, ownCue);
  const name = group?.name ?? (unnamedAgent || matches(lex.anaphora, text.slice(f.clause.start, ownCue.end)) ? ctx.discourse.topicGroup(f.si) : referred?.name);
  if (name) {
    const c = emitOwn(ctx, f, { value: name, kind: 'organization' }, servedState(ctx, f, ownCue.end));
    if (c && !c.about.includes(name)) c.about = [name, ...c.about];
    return;
  }
  // An unnamed group as the subject after an inverted cue ("ответственность за сбой взяла на себя «прорусская хакерская
  // группировка»", "lo reivindicó un grupo"): the group claims, and no state of the clause does (the one who tells of
  // the claim, the victim, a state word in the group's self-chosen name).
  if (!byAgent && unnamedGroupAfter(ctx, f, ownCue)) return;
  // No threat group: the subject before the cue, a state service before any other body ("ГУР и связанные с ним
  // Telegram-каналы"), else a named body no group is known as ("Grupo Kestrel, Ferrum Crew y Null Orchid se
  // atribuyeron ..."), with every party joined to it; else (inverted: "взяла на себя военная разведка Украины") the
  // first state after it. Never a victim ("attacks on Russian companies", "el ataque contra la red eléctrica de Etiopía").
  const resolved = f.cp.map((p) => ({ p, r: ctx.resolve(p, f.si) })).filter((x) => !!x.r && !victimMarked(text, lex, x.p, f.clause.start) && !inVictimPhrase(text, lex, f.cc, x.p, f.clause.start) && !(x.r.kind === 'state' && (unnamedGroupTie(ctx, x.p, ownCue) || sponsorAgent(text, lex, x.p))));
  const states = resolved.filter((x) => x.r!.kind === 'state');
  const before = (xs: typeof resolved) => xs.filter((x) => x.p.end <= ownCue.start && ix.count(x.p.end, ownCue.start) <= OWN_REACH).pop();
  const subject = byAgent ? undefined : before(states) ?? before(resolved);
  if (subject?.r) {
    emitOwn(ctx, f, subject.r);
    for (const q of joinedParties(text, lex, f.cp, subject.p, -1)) {
      const r = ctx.resolve(q, f.si);
      if (r && r.value !== subject.r.value) emitOwn(ctx, f, r);
    }
    return;
  }
  // A state word of an unnamed group as the agent ("claimed by a pro-Russian group") is the group's tie, not the claimant.
  if (unnamedAgent) return;
  // An unnamed group as the subject before the cue ("Nhóm này tự nhận đã tấn công máy chủ của X", "The group claimed to
  // have breached X's servers"): a state after the cue is in the act it claims (its victim), not an inverted subject.
  if (unnamedGroupBefore(ctx, f, ownCue)) return;
  const state = states.find((x) => x.p.start >= ownCue.end && ix.count(ownCue.end, x.p.start) <= OWN_REACH);
  if (state?.r) emitOwn(ctx, f, state.r);
}

/**
 * A state word that qualifies an unnamed group named by its head noun, between the state and the cue or right
 * before the state ("Iranian hackers claimed ...", "Iranische oder iranfreundliche Gruppen bekannten sich ...",
 * "nhóm tin tặc Iran nhận trách nhiệm"): the group's tie, not the claimant.
 */
function unnamedGroupTie(ctx: ClaimContext, p: Span, cue: Span): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.unnamedGroupHeads || p.end > cue.start) return false;
  const after = text.slice(p.end, Math.min(ix.after(p.end, GROUP_HEAD_REACH), cue.start));
  return matches(lex.unnamedGroupHeads, after) || matches(lex.unnamedGroupHeads, text.slice(ix.before(p.start, 2), p.start));
}

/**
 * A group head noun among the first words after the cue, opening the inverted subject ("взяла на себя хакерская
 * группировка", "взяла на себя группировка, называющая себя ...", "взяла на себя «прорусская хакерская группировка»"),
 * with no party between the cue and it.
 */
function unnamedGroupAfter(ctx: ClaimContext, f: ClauseFrame, cue: Span): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.unnamedGroupHeads) return false;
  const to = Math.min(ix.after(cue.end, GROUP_HEAD_REACH), f.clause.end);
  const m = execFrom(lex.unnamedGroupHeads, text.slice(cue.end, to));
  if (!m) return false;
  const head = cue.end + m.index;
  return !f.parties.some((p) => p.start >= cue.end && p.end <= head);
}

/** A group head noun right before the cue, its subject, with no party between ("Nhóm này tự nhận", "the group claimed"). */
function unnamedGroupBefore(ctx: ClaimContext, f: ClauseFrame, cue: Span): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.unnamedGroupHeads) return false;
  const from = Math.max(ix.before(cue.start, GROUP_HEAD_REACH), f.clause.start);
  const m = execFrom(lex.unnamedGroupHeads, text.slice(from, cue.start));
  if (!m) return false;
  const head = from + m.index;
  return !f.parties.some((p) => p.start >= head && p.end <= cue.start);
}

/** The actor's claim of its own act: claimant and target are the actor (emit refuses a self-target, so it is set after), or the state it says it serves. */
function emitOwn(ctx: ClaimContext, f: ClauseFrame, actor: Resolved, served?: string): ClaimCandidate | undefined {
  const c = ctx.emit(f, actor, 'attributes', served, 0.6, 'cue');
  if (c && !served) c.target = actor.value;
  return c;
}

/**
 * "GROUP said (that) it had hacked ...": a speech verb whose subject is a threat group (named right
 * before it, or referred back to: "the group said", "Группа заявила" (bare-group-subject.ts)) and whose words, in this clause, tell a hostile act with
 * no stance of their own and no state or body as the one who did it.
 */
function toldOwnAct(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  if (f.produced.length !== f.before) return;
  // A named speaker before the verb is its subject, not the group.
  if (f.speakerParty && f.speakerParty.start < f.contentStart) return;
  const say = f.cues.find((c) => c.cat === 'say' && c.end <= f.clause.end && !negated(text, lex, c) && !passive(text, lex, c));
  if (!say) return;
  const hostile = f.cc.filter((c) => c.cat === 'hostile' && c.start >= say.end);
  if (!hostile.length || f.cc.some((c) => c.start >= say.end && (c.cat === 'accuse' || c.cat === 'blame' || c.cat === 'doneBy' || c.cat === 'deny'))) return;
  const sentenceStart = f.sentence.start;
  // The subject: the last group before the verb, named or referred back to by a group noun ("the group insisted it had
  // breached ...", "le groupe assure avoir ..."), with no party and no clause break between them.
  const pool = ctx.input.groupRefs?.length ? [...ctx.input.groups, ...ctx.input.groupRefs].sort((a, b) => a.start - b.start) : ctx.input.groups;
  const group = groupsIn(pool, { start: sentenceStart, end: say.start }).at(-1) ?? bareGroupSubject(ctx, f, say);
  const between = (a: number) => text.slice(a, say.start);
  const plain = (a: number) => ix.count(a, say.start) <= TELLER_REACH && !/[,.;:!?，。；：、]/u.test(between(a)) && !f.parties.some((p) => p.start >= a && p.end <= say.start);
  // "X, al que llamamos Amber Heron y que creemos ligado a": a relative clause's verb has another subject.
  const relative = (a: number) => !!lex.relativePronouns && matches(lex.relativePronouns, between(a));
  const name = group && plain(group.end) && !relative(group.end) ? group.name : undefined;
  if (!name) return;
  // "Killnet said Lithuania attacked ...": a state or body in the words, before the act, is the one told to act.
  const firstAct = hostile[0]!;
  // "insisted it never breached ...": a negated act is claimed by no one.
  if (negated(text, lex, firstAct)) return;
  // "the group said hackers from X had breached ...": an actor noun before the act (or as the act word) is its subject.
  if (matches(lex.unnamedGroupHeads, text.slice(say.end, firstAct.end))) return;
  // "maintained a foothold on victim servers": a victim noun as the first hostile word tells who was hit, not a
  // speech about one's own act.
  if (matches(lex.victimNouns, text.slice(firstAct.start, firstAct.end))) return;
  // A state marked as the act's victim ("对伊朗三家钢铁企业发动了攻击") is no actor.
  if (f.parties.some((p) => p.start >= say.end && p.end <= firstAct.start && (p.kind === 'country' || !!p.country) && !victimMarked(text, lex, p, say.end))) return;
  const c = emitOwn(ctx, f, { value: name, kind: 'organization' }, servedState(ctx, f, say.start));
  if (c && !c.about.includes(name)) c.about = [name, ...c.about];
}

/**
 * "the gang X offered to hand the victims a decryption key", "nhóm X hứa trao khóa giải mã cho nạn nhân":
 * a threat group (named, or referred back to) as the subject of an offer only the perpetrator can make owns the act.
 * The group stands before the offer in its sentence, with no comma or clause break and no other party between them
 * ("After X hit the clinic, the police released a key": the group is in a fronted phrase, not the subject).
 */
function remedyOffered(ctx: ClaimContext, f: ClauseFrame): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.perpetratorRemedy || f.produced.length !== f.before) return false;
  const m = execFrom(lex.perpetratorRemedy, text.slice(f.clause.start, f.clause.end));
  if (!m) return false;
  const at = f.clause.start + m.index;
  const pool = [...ctx.input.groups, ...(ctx.input.groupRefs ?? [])].sort((a, b) => a.start - b.start);
  const group = groupsIn(pool, { start: f.sentence.start, end: at }).at(-1);
  if (!group || ix.count(group.end, at) > REMEDY_REACH || /[,.;:!?，。；：！？、]/u.test(text.slice(group.end, at))) return false;
  if (f.parties.some((p) => p.start >= group.end && p.end <= at && p.kind !== 'pronoun' && p.kind !== 'self' && p.kind !== 'backref')) return false;
  const c = emitOwn(ctx, f, { value: group.name, kind: 'organization' });
  if (c && !c.about.includes(group.name)) c.about = [group.name, ...c.about];
  return !!c;
}

/** The state a group says it acts for: a state after a tie marker ("on behalf of", "im Auftrag") that a speech verb of the sentence after `from` introduces. */
function servedState(ctx: ClaimContext, f: ClauseFrame, from: number): string | undefined {
  const { text, lex, ix } = ctx;
  const says = f.cues.filter((c) => c.cat === 'say' && c.start >= from && !negated(text, lex, c));
  const p = f.parties.find((q) => q.start > from && !!partyState(q) && linkedBefore(text, lex, q) && says.some((c) => c.end <= q.start && ix.count(c.end, q.start) <= SERVES_REACH));
  return p ? partyState(p) : undefined;
}
