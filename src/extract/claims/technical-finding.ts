/**
 * A confirmation of a technical finding: "confirmed that the flaw worked against the newest release",
 * "reconnaît que son modèle a parfois inventé des résultats", "xác nhận sự trùng lặp mã", "证实该漏洞可被利用".
 * What is confirmed opens with a thing (a vulnerability, a patch, a model, code, an overlap, an IP address:
 * profile `technicalFindings`), not with a party that was hit; with no hostile act told after that thing in the
 * clause, it is a statement about a product or a piece of evidence, no victim's confirmation of a hit. A hostile
 * act or the thing's use against someone after it (profile `findingExploited`: "confirmed that the flaw was
 * exploited to breach its mail servers") keeps the confirmation.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';

/** Words between the confirmation and the thing that opens what it confirms ("confirm that the newly found vulnerability"). */
const FINDING_REACH = 4;

export function technicalFinding(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.technicalFindings;
  if (!re) return false;
  const end = f.clause.end;
  if (cue.end >= end) return false;
  const after = ctx.text.slice(cue.end, end);
  const m = execFrom(re, after);
  if (!m) return false;
  const at = cue.end + m.index;
  // The thing must open what is confirmed: few words, and no stop or clause break, between the cue and it.
  if (/[.;:!?。；：！？]/u.test(ctx.text.slice(cue.end, at)) || ctx.ix.count(cue.end, at) > FINDING_REACH) return false;
  // A hostile act told of the thing ("the flaw was exploited to break into ...", "la faille a été exploitée") is a hit after all.
  if (f.cues.some((c) => c.cat === 'hostile' && c.start >= at && c.start < end)) return false;
  const used = ctx.lex.findingExploited;
  return !used || !execFrom(used, ctx.text.slice(at, end));
}
