/**
 * A threat noun that names the claimant's own state as the threat: "представить Россию в качестве «угрозы»",
 * "доклад о «российской угрозе»", "la prétendue « menace chinoise »", "cái gọi là mối đe dọa Trung Quốc",
 * said by Russia or China. A state does not warn of itself: it quotes, to dispute it, the threat others
 * see in it. The threat noun (profile `threatNouns`) has the state right beside it (an adjective or a
 * name before it, with only an article or a marker of presenting between, "X as a threat"; or right after
 * it, "menace chinoise"), with nothing but quotes and brackets between. "a threat to Russia" (a victim after a marker) stays a warning.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { partyState } from './parties.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';
import { onlyArticle } from './text.ts';
import { threatensPartyAt } from './threatened-party.ts';

/** Words between the state before the threat noun and the noun ("Russia as a threat", "Россию в качестве угрозы"). */
const BEFORE_REACH = 2;

export function ownThreat(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: string): boolean {
  const { lex, text, ix } = ctx;
  const re = lex.threatNouns;
  if (!re) return false;
  const cueText = text.slice(cue.start, cue.end);
  for (let m = execFrom(re, cueText); m; m = execAfter(re, cueText, m)) {
    const a = cue.start + m.index;
    const b = a + m[0].length;
    // "la Chine menace X de sanctions", "美国威胁对X实施制裁": the noun is the verb of a threat made to a party (threatened-party.ts).
    if (threatensPartyAt(ctx, a, f.clause.end)) continue;
    for (const p of f.cp) {
      if (partyState(p) !== claimant || p.kind === 'person' || p.kind === 'pronoun' || p.kind === 'self') continue;
      if (p.end <= a) {
        const gap = text.slice(p.end, a);
        if (!/[,.;:!?，。；：、]/u.test(gap) && ix.count(p.end, a) <= BEFORE_REACH && presentedAs(ctx, gap)) return true;
      } else if (p.start >= b) {
        const gap = text.slice(b, p.start);
        if (!/[,.;:!?，。；：、]/u.test(gap) && ix.count(b, p.start) === 0) return true;
      }
    }
  }
  return false;
}

/**
 * Is the gap between the state and the threat noun nothing but quotes and an article, or a marker of presenting
 * (profile `asMarkers`: "Russia as a threat", "la Russie comme une menace", "Россию в качестве угрозы") with an article
 * after it? Any other word ("protect Americans from the threats") makes the state no threat.
 */
function presentedAs(ctx: ClaimContext, gap: string): boolean {
  const bare = gap.replace(/["“”«»„'‘’「」『』]/gu, ' ');
  if (onlyArticle(ctx.lex, bare)) return true;
  const re = ctx.lex.asMarkers;
  const m = re ? execFrom(re, bare) : null;
  return !!m && !bare.slice(0, m.index).trim() && onlyArticle(ctx.lex, bare.slice(m.index + m[0].length));
}
