/**
 * A modal in someone's words: "X should stop ...", "X muss ...", "X phải ...". A call on X by the
 * speaker (the sentence's, else the one who spoke the sentence right before), when the clause has no
 * explicit warning or appeal.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { previousSpeaker } from '../continued-speaker.ts';

/** Max words between a subject and its modal ("X should", "X itself must"). */
const MODAL_REACH = 1;

export function modalCallRule(ctx: ClaimContext, f: ClauseFrame): void {
  // "X said the accusations were groundless. Canada should stop smearing China.": a modal call that no one is told to
  // say, right after a sentence someone spoke in the same paragraph, is still theirs.
  const speaker = f.speaker ?? previousSpeaker(ctx, f.si);
  if (!speaker || f.cc.some((c) => c.cat === 'warn' || c.cat === 'callFor')) return;
  for (const m of f.cc.filter((c) => c.cat === 'modal')) {
    const subj = f.cp.filter((p) => p.end <= m.start && ctx.ix.count(p.end, m.start) <= MODAL_REACH && (p.kind === 'country' || p.country)).pop();
    const t = subj ? (subj.kind === 'country' ? subj.value : subj.country) : undefined;
    if (t && t !== speaker.value) ctx.emit(f, speaker, 'calls-for', t, 0.6, 'cue');
  }
}
