/**
 * A modal in someone's words: "X should stop ...", "X muss ...", "X phải ...". A call on X by the
 * speaker (the sentence's, else the one who spoke the sentence right before), when the clause has no
 * explicit warning or appeal.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { previousSpeaker } from '../continued-speaker.ts';
import { execFrom } from '../../lexicons/index.ts';
import { frontedDemander } from './fronted-demand.ts';
import { reportativeModal } from '../reportative-modal.ts';

/** Max words between a subject and its modal ("X should", "X itself must"). */
const MODAL_REACH = 1;
/** Max words between a modal and the verb of expectation after it ("must therefore assume", "sollten jedoch damit rechnen"). */
const EXPECT_REACH = 1;

/** Does a verb of expectation (profile `expectAfterModal`) follow the modal ending at `from` within a word, no clause break between? */
function expectationAfter(ctx: ClaimContext, from: number, to: number): boolean {
  const re = ctx.lex.expectAfterModal;
  if (!re) return false;
  const rest = ctx.text.slice(from, Math.min(to, from + 60));
  const m = execFrom(re, rest);
  return !!m && !/[,.;:!?，。；：、]/u.test(rest.slice(0, m.index)) && ctx.ix.count(from, from + m.index) <= EXPECT_REACH;
}

/** Does a cue of blame of the clause (profile `blame`: "bear responsibility for", "chịu trách nhiệm về") start within a word after the modal ending at `from`, no clause break between? */
function blameAfter(ctx: ClaimContext, f: ClauseFrame, from: number): boolean {
  return f.cc.some((c) => c.cat === 'blame' && c.start >= from && ctx.ix.count(from, c.start) <= EXPECT_REACH && !/[,.;:!?，。；：、]/u.test(ctx.text.slice(from, c.start)));
}

export function modalCallRule(ctx: ClaimContext, f: ClauseFrame): void {
  // "X said the accusations were groundless. Canada should stop smearing China.": a modal call that no one is told to
  // say, right after a sentence someone spoke in the same paragraph, is still theirs.
  const speaker = f.speaker ?? previousSpeaker(ctx, f.si);
  if (!speaker || f.cc.some((c) => c.cat === 'warn' || c.cat === 'callFor')) return;
  for (const m of f.cc.filter((c) => c.cat === 'modal')) {
    // "As X demanded, Y should ...": the fronted demand's party calls (fronted-demand.ts), not the sentence's speaker.
    if (frontedDemander(ctx, f, m)) continue;
    // "X soll Daten gestohlen haben", "X soll hinter dem Angriff stecken": a modal of hearsay tells what is said of X, no call on X.
    if (reportativeModal(ctx, f, m)) continue;
    const subj = f.cp.filter((p) => p.end <= m.start && ctx.ix.count(p.end, m.start) <= MODAL_REACH && (p.kind === 'country' || p.country)).pop();
    const t = subj ? (subj.kind === 'country' ? subj.value : subj.country) : undefined;
    // "embassies in X must assume that their traffic is read", "müssen davon ausgehen, dass ...": a modal before a verb of
    // expectation warns of what is to come; the state named after it (the threat), else the subject's, is its target.
    // "the government of X must bear responsibility for the attack", "X phải chịu trách nhiệm về vụ xâm nhập": a modal
    // before a cue of blame tells whose the act is (an attribution, left to the blame cue), it calls on no one to act.
    if (blameAfter(ctx, f, m.end)) continue;
    if (expectationAfter(ctx, m.end, f.clause.end)) {
      const threat = f.cp.find((p) => p.start >= m.end && (p.kind === 'country' || p.country) && (p.kind === 'country' ? p.value : p.country) !== speaker.value);
      const w = threat ? (threat.kind === 'country' ? threat.value : threat.country) : t;
      if (w && w !== speaker.value) ctx.emit(f, speaker, 'warns', w, 0.6, 'cue');
      continue;
    }
    if (t && t !== speaker.value) ctx.emit(f, speaker, 'calls-for', t, 0.6, 'cue');
  }
}
