/**
 * An outlet reporting another's findings: "The Times reported findings by X that ...", "Reuters
 * reported, citing X, that ...", "berichtete unter Berufung auf X", "сообщила со ссылкой на X",
 * "援引X". The finder right after the marker makes the claim, not the outlet that retells it.
 */
import type { ClaimContext } from './context.ts';
import type { Cue, Party, Resolved } from './frame.ts';

/** Words between the speech verb and the marker ("reported on Sunday findings by"). */
const MARKER_REACH = 3;
/** Words between the marker and the finder's name ("findings by Massachusetts-based X"). */
const FINDER_REACH = 2;

/** The finder an organisation's speech verb cites, resolved, with its mention. */
export function citedFinder(ctx: ClaimContext, parties: Party[], c: Cue, si: number): { party: Party; resolved: Resolved } | undefined {
  const re = ctx.lex.citedFindings;
  if (!re) return undefined;
  const { text, ix } = ctx;
  const s = ctx.input.sentences[si]!;
  re.lastIndex = 0;
  const rest = text.slice(c.end, s.end);
  const m = re.exec(rest);
  if (!m) return undefined;
  const mStart = c.end + m.index;
  const mEnd = mStart + m[0].length;
  if (ix.count(c.end, mStart) > MARKER_REACH || /[.;:!?。；：]/u.test(text.slice(c.end, mStart))) return undefined;
  const party = parties.find((p) => p.start >= mEnd && (p.kind === 'organization' || p.kind === 'country' || p.kind === 'person'));
  if (!party || ix.count(mEnd, party.start) > FINDER_REACH || /[,.;:!?，。；：]/u.test(text.slice(mEnd, party.start))) return undefined;
  const resolved = ctx.resolve(party, si);
  return resolved ? { party, resolved } : undefined;
}
