/**
 * A victim reporting its own hit: "Lithuania's cyber centre says DDoS attacks continue against state
 * networks", "荷兰国家网络安全中心表示，已有荷兰机构受攻击影响", "«Лаборатория Касперского» сообщила, что
 * обнаружила атаку на устройства сотрудников компании", "la Présidence a fait état d'attaques contre les
 * systèmes électoraux du pays". With no verb of confirmation, a speaker who tells a hostile act done to
 * itself confirms it was hit. The hit is its own when its words name
 *  - its own state ("Dutch organisations", "en France") and no other state or body but the one told to act;
 *    its own state may also stand right after a victim marker, before the act in the same phrase ("针对以色列企业的攻击");
 *  - itself through a word of the profile's `ownRefs` ("its networks", "sus sistemas", "du pays", "компании").
 *  - what the hit did to it, with no owner told, through the profile's `hitEffects` ("technical problems",
 *    "Produktion eingestellt", "выведены из строя", "技术问题").
 *  - for a state, its systems named by what they are, through the profile's `stateOwnRefs` ("government
 *    websites", "sites gouvernementaux", "государственные сайты").
 * A state telling of attacks with no victim named is not read as telling of its own: on the training part
 * that made far more wrong confirmations than right ones (claims F1 0.747 -> 0.739).
 * A state or body named in its words as the victim, or a threat group with no own victim, makes it a report on
 * others. The act must not be negated ("no data was stolen") nor supposed ("could disrupt its networks"), and the clause must carry no other stance.
 * Those who examine a hit are not the one hit: a speaker named only as investigators, researchers or an
 * investigation's finding ("the researchers said", "according to the investigating body", "the findings show";
 * the profile's `staffRefs`, `investigatingBodies`, `findingSources`) tells of another's hit, whoever it stands for,
 * unless it is a state's and its words tell only the extent of the damage in that state, named itself, with no act
 * told ("according to the prosecutor, 3,000 machines in France were affected", the prosecutor being France's): an
 * act told with its victim ("hackers broke into a hospital in France") is the victim's hit, and a body or firm of the
 * state named as the victim is the one hit.
 * A hit may be told by its effect alone, as a predicate ("machines in Switzerland were affected", "des postes
 * étaient touchés en France"; the profile's `affectedHits`): an act when no hostile word is in the words.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Party } from '../frame.ts';
import { groupsIn, linkedBefore, partyValue, victimBefore, victimSideOfAct } from '../parties.ts';
import { execAfter, execAll, execFrom } from '../../lexicons/index.ts';
import { onlyArticle } from '../text.ts';
import { matches, negated } from '../text.ts';

/** Backrefs that name who examines a hit (parties.ts): staff nouns, investigating bodies. */
const EXAMINERS: ReadonlySet<string> = new Set(['staff', 'officials']);

/** A speaker named as investigators or researchers, or as an investigation's finding (finding-owner.ts), not as a report. */
function examiner(ctx: ClaimContext, p: Party): boolean {
  if (p.kind !== 'backref' || !p.company) return false;
  if (EXAMINERS.has(p.company)) return true;
  return p.company === 'report' && matches(ctx.lex.findingSources, ctx.text.slice(p.start, p.end));
}

export function reportedHitRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const { speaker, speakerParty, clause } = f;
  if (!speaker || !speakerParty || f.silent) return;
  const examines = examiner(ctx, speakerParty);
  if (examines && speaker.kind !== 'state') return;
  const lo = Math.max(clause.start, f.contentStart);
  const hi = Math.min(clause.end, f.contentEnd);
  if (hi <= lo) return;
  // One confirmation a sentence; a clause that warns, calls, denies or claims its own act is about something else.
  if (f.produced.some((c) => c.stance === 'confirms')) return;
  if (f.produced.slice(f.before).some((c) => c.stance !== 'attributes' && c.stance !== 'accuses')) return;
  const inWords = (x: { start: number; end: number }) => x.start >= lo && x.end <= hi;
  if (f.cc.some((c) => inWords(c) && (c.cat === 'warn' || c.cat === 'callFor' || c.cat === 'deny' || c.cat === 'denyQualifier' || c.cat === 'claimsOwn' || c.cat === 'confirm'))) return;
  const hostile = f.cc.filter((c) => c.cat === 'hostile' && inWords(c));
  if (examines && hostile.length) return;
  const acts = (hostile.length ? hostile : affectedIn(ctx, lo, hi)).filter((c) => !negated(text, lex, c));
  if (!acts.length) return;
  // Whom the clause's attribution accuses is the actor, not a victim.
  const accused = new Set(f.produced.slice(f.before).map((c) => c.target).filter((t): t is string => !!t));
  const own = speaker.kind === 'state' ? speaker.value : undefined;
  let ownNamed = false;
  // The state itself named so, not one of its bodies or firms (what an examiner of a hit may tell of).
  let stateNamed = false;
  for (const p of f.cp) {
    if (!inWords(p) || p === speakerParty || p.kind === 'person' || p.kind === 'pronoun' || p.kind === 'backref' || p.kind === 'self') continue;
    const v = partyValue(p);
    if (!v) continue;
    if (v === speaker.value || (own && v === own)) {
      // Its own state on the victim side of the act ("attacks against Russian railways", "intrusions in Germany"), not its actor.
      // ... or marked as the victim before an act told after it ("针对以色列企业的攻击": prenominal victim phrase).
      if (victimSideOfAct(text, lex, acts, p) || sceneOf(ctx, p) || victimOfLaterAct(ctx, acts, p, lo)) {
        ownNamed = true;
        if (p.kind === 'country') stateNamed = true;
      }
      continue;
    }
    if (accused.has(v) || linkedBefore(text, lex, p) || actorOf(ctx, f, p)) continue;
    // "a campaign on TikTok": a body with no state, named as the place of an act, is no victim.
    if (p.kind === 'organization' && !p.country && sceneOf(ctx, p)) continue;
    // Another state or body told in the words: the report is on others.
    return;
  }
  // An examiner tells of the damage in its own state only where its words name that state, not a body or a firm of it.
  if (examines && !stateNamed) return;
  // A state's own systems named by what they are ("government websites"): its own, when the state tells of them.
  // The words that name the speaker are not its systems: "..., sagte ein Forscher des Unternehmens" names who speaks.
  const words = speakerParty.start >= lo && speakerParty.end <= hi ? text.slice(lo, speakerParty.start) + ' '.repeat(speakerParty.end - speakerParty.start) + text.slice(speakerParty.end, hi) : text.slice(lo, hi);
  // What a hit did, with no owner told ("technical problems", "outages"): the speaker's own, as no other party is named.
  const ownRef = matches(lex.ownRefs, words) || (speaker.kind === 'state' && matches(lex.stateOwnRefs, words)) || matches(lex.hitEffects, words);
  // "an attack could cause outages": what may happen is no hit confirmed.
  if (matches(lex.potential, words)) return;
  const groups = groupsIn(ctx.input.groups, { start: lo, end: hi }).length > 0;
  if (groups || accused.size || (!ownNamed && !ownRef)) return;
  const c = ctx.emit(f, speaker, 'confirms', speaker.value, 0.55, 'reported');
  if (c) c.target = speaker.value;
}

/** "were affected", "étaient touchées": a hit told by its effect, as a cue of an act (the profile's `affectedHits`). */
function affectedIn(ctx: ClaimContext, lo: number, hi: number): ClauseFrame['cc'] {
  const re = ctx.lex.affectedHits;
  if (!re) return [];
  return execAll(re, ctx.text.slice(lo, hi)).map((m) => ({ cat: 'hostile' as const, text: m[0], start: lo + m.index, end: lo + m.index + m[0].length }));
}

/** Words between a victim named before its act and the act's noun ("针对日本电信运营商的网络攻击"). */
const VICTIM_PHRASE_REACH = 6;

/**
 * The party right after a victim marker, in the same phrase as an act told after it ("针对X企业的攻击", "against X's
 * firms, an attack"): no punctuation between them, and the act within a few words.
 */
function victimOfLaterAct(ctx: ClaimContext, acts: ClauseFrame['cc'], p: Party, from: number): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.victim || !victimBefore(text, { ...lex, possessive: null }, p, from)) return false;
  return acts.some((h) => h.start >= p.end && ix.count(p.end, h.start) <= VICTIM_PHRASE_REACH && !/[,.;:!?，。；：、]/u.test(text.slice(p.end, h.start)));
}

/** A state right beside an actor noun ("Iranian hackers", "pirates russes") is the actor's. */
function actorOf(ctx: ClaimContext, f: ClauseFrame, p: Party): boolean {
  const re = ctx.lex.actorNouns;
  if (!re) return false;
  const near = ctx.text.slice(ctx.ix.before(p.start, 1), ctx.ix.after(p.end, 1));
  return matches(re, near);
}

/** "in Germany", "en France", "в России": the state is where the act happened. */
function sceneOf(ctx: ClaimContext, p: Party): boolean {
  const re = ctx.lex.scene;
  if (!re) return false;
  const before = ctx.text.slice(ctx.ix.before(p.start, 3), p.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    if (onlyArticle(ctx.lex, before.slice(m.index + m[0].length))) return true;
  }
  return false;
}
