/**
 * The agent of a backing participle, the sponsor of what the participle's phrase describes: "hackers backed by X",
 * "a group run by X", "des pirates soutenus par X", "hackers respaldados por X", "хакеры, поддерживаемые X",
 * "durch X unterstützte Hacker", "tin tặc do X bảo trợ", "由X支持的黑客". It is the analytic form of "X-backed
 * hackers" (parties.ts, modifierOfOther): X qualifies someone else, the accused side of a claim, never its speaker.
 */
import { tokenIndex } from '../tokens.ts';
import { execAfter, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Span } from '../types.ts';

/** Words between the lead ("backed by", "durch") and the sponsor: an article or the sponsor's government ("by the government of X", "правительством X"). */
const LEAD_GAP = 3;
/** Words between the sponsor and the closing participle ("durch den Iran unterstützte", "do chính phủ Iran bảo trợ" after "Iran": none; "由伊朗政府资助的": one). */
const CLOSE_GAP = 2;
/** What ends the phrase: a clause or sentence mark, or a bracket. */
const BREAK = /[,.;:!?()，。；：！？（）、"“”«»]/u;

/** Does the party stand as the agent of a backing participle of the profile (sponsorLead, with sponsorClose where the profile has it)? */
export function sponsorAgent(text: string, lex: CompiledLexicon, p: Span): boolean {
  const lead = lex.sponsorLead;
  if (!lead) return false;
  const ix = tokenIndex(text, lex.lang);
  const from = ix.before(p.start, LEAD_GAP + 3);
  const before = text.slice(from, p.start);
  let led = false;
  for (let m = execFrom(lead, before); m; m = execAfter(lead, before, m)) {
    const gapStart = from + m.index + m[0].length;
    if (!BREAK.test(text.slice(gapStart, p.start)) && ix.count(gapStart, p.start) <= LEAD_GAP) {
      led = true;
      break;
    }
  }
  if (!led) return false;
  const close = lex.sponsorClose;
  if (!close) return true;
  const after = text.slice(p.end, ix.after(p.end, CLOSE_GAP + 2));
  const m = execFrom(close, after);
  return !!m && !BREAK.test(after.slice(0, m.index)) && ix.count(p.end, p.end + m.index) <= CLOSE_GAP;
}
