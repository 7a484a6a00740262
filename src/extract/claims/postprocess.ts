/**
 * What the whole article settles about its claims once every sentence is read: a warning told
 * before the accusation it backs gets that accusation's target, a short lead ("Beijing pushed
 * back.") gives way to the claim that elaborates it, and a denial, confirmation or warning restated
 * later in the article (same claimant, target and operations) is the claim already told, and a statement
 * read as aimed both at a state and at a group or company is aimed at the state.
 */
import { tokenIndex } from '../tokens.ts';
import type { ClaimCandidate } from '../types.ts';
import { carriedValue } from './carried-target.ts';
import { isStateParty } from './state-party.ts';

/** A lead sentence this short, in words ("Beijing pushed back.") is summed up by the claim told right after it. */
const LEAD_MAX = 12;
/** Words between a lead and the claim that elaborates it. */
const LEAD_GAP = 6;

/**
 * A warning with no target (an advisory's heading, "recommande d'appliquer les correctifs", "提醒广大企业")
 * warns of the threat the article is about: whom the same claimant accuses most in the text; else
 * whom the article's accusations tie the operation to (another party's attribution); else the state
 * the knowledge base ties the article's threat groups to, when they point to one and the text names
 * it; else the article's one threat group by name. Never the claimant itself; a threat group's own threat is
 * aimed at the victim that confirmed its hit, else at no one. A warning about nothing named is then about
 * the groups that gave its target.
 */
export function fillWarningTargets(claims: ClaimCandidate[], groups: ReadonlyArray<{ name: string; countries: string[] }> = [], named: ReadonlySet<string> = new Set()): ClaimCandidate[] {
  const accused = new Map<string, Map<string, number>>();
  const anyone = new Map<string, { n: number; about: string[] }>();
  for (const c of claims) {
    if ((c.stance !== 'accuses' && c.stance !== 'attributes') || !c.target) continue;
    const m = accused.get(c.claimant) ?? new Map<string, number>();
    m.set(c.target, (m.get(c.target) ?? 0) + 1);
    accused.set(c.claimant, m);
    const a = anyone.get(c.target) ?? { n: 0, about: [] };
    a.n++;
    for (const g of c.about) if (!a.about.includes(g)) a.about.push(g);
    anyone.set(c.target, a);
  }
  const names = [...new Set(groups.map((g) => g.name))];
  const hits = claims.filter((c) => c.stance === 'confirms' && c.target === c.claimant).map((c) => c.claimant);
  const states = [...new Set(groups.flatMap((g) => g.countries))];
  const carried = (t: string) => carriedValue(t, named, names);
  const lower = (c: ClaimCandidate) => Math.max(0.3, +(c.confidence - 0.1).toFixed(2));
  return claims.map((c) => {
    if (c.stance !== 'warns') return c;
    // A warning aimed at a threat group the text names is about that group.
    if (c.target) return !c.about.length && names.includes(c.target) ? { ...c, about: [c.target] } : c;
    // A threat group's own threat ("the group threatened to publish the data") warns of no threat the article is
    // about: it is aimed at the one the article tells it hit, the victim that confirmed the hit (the first told).
    if (names.includes(c.claimant)) {
      const victim = hits.find((v) => v !== c.claimant);
      return victim ? { ...c, target: victim, confidence: lower(c) } : c;
    }
    // A group claiming its own attack (recorded as attributing it to itself) accuses no one it could warn of.
    // Only a state or a threat group is carried as the one warned of (carried-target.ts).
    const own = [...(accused.get(c.claimant)?.entries() ?? [])].filter(([t]) => t !== c.claimant && carried(t)).sort((a, b) => b[1] - a[1])[0];
    if (own) return { ...c, target: own[0], confidence: lower(c) };
    const other = [...anyone.entries()].filter(([t]) => t !== c.claimant && carried(t)).sort((a, b) => b[1].n - a[1].n)[0];
    if (other) return { ...c, target: other[0], about: c.about.length ? c.about : other[1].about, confidence: lower(c) };
    const about = c.about.length ? c.about : names;
    if (states.length === 1) {
      if (states[0] === c.claimant) return c;
      if (named.has(states[0]!)) return { ...c, target: states[0], about, confidence: lower(c) };
    }
    if (states.length <= 1 && names.length === 1 && names[0] !== c.claimant) return { ...c, target: names[0], about, confidence: lower(c) };
    return c;
  });
}

/**
 * A short lead and its elaboration are one claim; the elaboration, which carries the substance, stays. A denial that
 * replies to the clause before it in its own sentence (`answers`: answering-denial.ts) elaborates no lead: it answers another telling.
 */
export function dropLeads(text: string, lang: string, claims: ClaimCandidate[], answers: (c: ClaimCandidate) => boolean = () => false): ClaimCandidate[] {
  const ix = tokenIndex(text, lang);
  return claims.filter((a, i) => {
    if (a.method !== 'cue' || ix.count(a.evidence.start, a.evidence.end) > LEAD_MAX) return true;
    const b = claims.slice(i + 1).find((c) => c.evidence.start >= a.evidence.end);
    return !(b && b.claimant === a.claimant && b.stance === a.stance && b.target === a.target && !(b.stance === 'denies' && answers(b)) && ix.count(a.evidence.end, b.evidence.start) <= LEAD_GAP);
  });
}

/**
 * Stances whose restatement is the same claim: a denial, a confirmation or a warning said again adds
 * nothing; an accusation said again usually adds what it is about (its victim or operation), unless
 * it is said in a quotation of the claimant's words: the quote backs the claim the text has told
 * ("X blamed Russia for the attack. 'Russia is behind it,' X said."), or it names no threat group or
 * operation at all, like the one before it: then nothing tells it apart. Nor does reported speech that
 * names again, in its own words, the threat groups an earlier telling named in its own ("X said Y, a
 * state group, broke in ... According to X, Y is run by the state's intelligence"): a report of what the
 * claimant says of the group it accused is that accusation (same claimant, target and about: one claim).
 * An accusation whose groups are only carried over from the sentences around it ("X also said the
 * state's hackers stole ..."), an act of accusing told again with its own verb ("X again accused China
 * of breaching the archives through Y"), and a group's claim of another of its own attacks may each tell
 * another operation, and stay, unless every group it carries was named by an earlier telling of the same claimant,
 * stance and target with more groups ("X named three groups A, B and C ... X said these campaigns serve Beijing"). A call on the same addressee said again is the same call whatever
 * operation the sentence names ("urged Washington to stop ... We again call on the US side to ..."): it
 * is one claim, about what each telling names. Nor does the act that follows an attribution (a sanction, a listing,
 * a charge: "... London also sanctioned a front company") add an operation when it names none of its own: its groups
 * carried over from the text around it, it is the attribution it acts on told again (sanctionActs of the profile).
 * A statement told as background ("X had already blamed Y", "ранее X обвиняла Y": background.ts) is an earlier
 * statement, not the story's own told again: it stays. So does a denial told as the reply to the clause before it in its
 * own sentence ("..., which Y rejects": answering-denial.ts): it denies that telling, not the charge denied before.
 * A charge of habitual conduct ("X has long attacked ...", habitual-charge.ts) is not the attribution of the story's act
 * told again, nor is that attribution a restatement of it. Nor is a counter-charge (counter-charge.ts): it turns an
 * accusation back on the accuser, a charge answering another.
 */
const RESTATED = new Set(['denies', 'confirms', 'warns']);
type ClaimTest = (c: ClaimCandidate) => boolean;
/** What `dropRestatements` asks of a claim; each test left out answers false. */
export interface RestatementTests {
  /** Its evidence is a quotation of its own. */
  quoted?: ClaimTest;
  /** It names the threat groups it is about in its own words (not carried over). */
  namesOwnGroups?: ClaimTest;
  /** Its evidence tells an act on an attribution (sanctionActs of the profile). */
  sanctionAct?: ClaimTest;
  /** It is told as background (background.ts). */
  background?: ClaimTest;
  /** It answers the clause before it in its own sentence (answering-denial.ts). */
  answers?: ClaimTest;
  /** It charges habitual conduct (habitual-charge.ts). */
  habitual?: ClaimTest;
  /** It is a counter-charge (counter-charge.ts). */
  countered?: ClaimTest;
}
const never: ClaimTest = () => false;
export function dropRestatements(claims: ClaimCandidate[], tests: RestatementTests = {}): ClaimCandidate[] {
  const { quoted = never, namesOwnGroups = never, sanctionAct = never, background = never, answers = never, habitual = never, countered = never } = tests;
  const seen = new Set<string>();
  /** The keys of accusations told with their threat groups named in their own words (not carried over). */
  const named = new Set<string>();
  const calls = new Map<string, ClaimCandidate>();
  const out: ClaimCandidate[] = [];
  for (const c of claims) {
    const stance = c.stance === 'accuses' ? 'attributes' : c.stance;
    if (stance === 'calls-for') {
      const key = [c.claimant, c.target ?? ''].join('\u0001');
      const first = calls.get(key);
      if (!first) {
        const kept = { ...c, about: [...c.about] };
        calls.set(key, kept);
        out.push(kept);
      } else for (const a of c.about) if (!first.about.includes(a)) first.about.push(a);
      continue;
    }
    // A charge of habitual conduct is another claim than the attribution of the story's act (habitual-charge.ts).
    const key = [c.claimant, stance, c.target ?? '', [...c.about].sort().join('\u0000')].join('\u0001');
    const habit = habitual(c) && !seen.has(key + '\u0001habitual');
    const names = c.claimant !== c.target && c.about.length > 0 && namesOwnGroups(c);
    const reportedAgain = names && c.method === 'reported' && named.has(key);
    const actedOn = stance === 'attributes' && c.about.length > 0 && !namesOwnGroups(c) && sanctionAct(c);
    // An earlier statement told as background is another statement, though in the same words (background.ts).
    // A counter-charge answers an accusation with one of its own: another statement, though its charge was told before (counter-charge.ts).
    // Groups only carried over, all of which an earlier telling of the same claimant, stance and target named, tell no other operation.
    const within = stance === 'attributes' && c.about.length > 0 && !namesOwnGroups(c) && !background(c) && !habit && !countered(c) &&
      out.some((o) => o.claimant === c.claimant && (o.stance === 'accuses' ? 'attributes' : o.stance) === stance && o.target === c.target && c.about.every((a) => o.about.includes(a)) && o.about.length > c.about.length);
    if (within) continue;
    if (seen.has(key) && !background(c) && !habit && !(stance === 'denies' && answers(c)) && !(stance === 'attributes' && countered(c)) && (RESTATED.has(stance) || quoted(c) || !c.about.length || reportedAgain || actedOn)) continue;
    seen.add(key);
    if (habitual(c)) seen.add(key + '\u0001habitual');
    if (names) named.add(key);
    out.push(c);
  }
  return out;
}

/** Whether a claim's evidence names (not only inherits) every threat group its `about` holds. */
export function namingGroups(groups: ReadonlyArray<{ name: string; start: number; end: number }>): (c: ClaimCandidate) => boolean {
  return (c) => c.about.every((a) => groups.some((g) => g.name === a && g.start >= c.evidence.start && g.end <= c.evidence.end));
}

/**
 * One statement read twice, once aimed at a state and once at a threat group, company or product
 * ("the report warned … [the group, tied to China]"), is aimed at the state: the target of an
 * attribution or a warning is the state the text ties the act to, the group only when no state is
 * named. The dropped reading's operations join the kept one. Two states on one statement stay two claims.
 */
export function preferStateTargets(claims: ClaimCandidate[]): ClaimCandidate[] {
  const key = (c: ClaimCandidate) => [c.claimant, c.stance === 'accuses' ? 'attributes' : c.stance, c.evidence.start, c.evidence.end].join('\u0001');
  const stated = new Map<string, ClaimCandidate>();
  for (const c of claims) if (isStateParty(c.target) && !stated.has(key(c))) stated.set(key(c), c);
  const out: ClaimCandidate[] = [];
  const kept = new Map<ClaimCandidate, ClaimCandidate>();
  for (const c of claims) {
    const state = stated.get(key(c));
    if (state && c.target && !isStateParty(c.target)) {
      const k = kept.get(state);
      if (k) {
        for (const a of c.about) if (!k.about.includes(a)) k.about.push(a);
      } else kept.set(state, { ...state, about: [...new Set([...state.about, ...c.about])] });
      continue;
    }
    if (state === c) {
      const k = kept.get(c) ?? { ...c, about: [...c.about] };
      kept.set(c, k);
      out.push(k);
    } else out.push(c);
  }
  return out;
}
