/**
 * A second verb that shares the subject of the first: "US officials said Iran was behind the hack
 * and accused Tehran of ...", "le ministère a déclaré ... et a accusé ...", "外交部表示……并敦促美方".
 * The stance verb right after a conjunction, inside the words of a speaker named before the speech
 * verb, is the speaker's own; the party nearest before it belongs to the reported clause. Languages that join
 * such verbs with a comma alone do so for an appeal ("警告，……，呼吁……", profile `commaJoinedAppeals`).
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Party } from './frame.ts';
import { startsWith } from './text.ts';

/** Words (an auxiliary, an adverb) between the conjunction and the stance verb. */
const JOIN_REACH = 2;

export function elidedSubject(ctx: ClaimContext, f: ClauseFrame, cue: Cue): Party | undefined {
  const { text, lex, ix } = ctx;
  const sp = f.speakerParty;
  const re = lex.verbJoin;
  if (!re || !sp || sp.end > f.contentStart || cue.start < f.contentStart || cue.start > f.contentEnd) return undefined;
  const from = Math.max(f.contentStart, ix.before(cue.start, JOIN_REACH + 1));
  const before = text.slice(from, cue.start);
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(before); m; m = re.exec(before)) at = from + m.index + m[0].length;
  // "国情院警告，朝鲜可能……，呼吁选委会……": an appeal right after a comma, where the language joins a speaker's verbs so,
  // after one reported clause (a longer report may go on with its own actor's acts: "..., sent messages to ..., urging ...").
  if (at < 0 && startsWith(lex.commaJoinedAppeals, text.slice(cue.start, cue.end)) && /^[^,，;；]*[,，]\s*$/u.test(text.slice(f.contentStart, cue.start).replace(/^[\s,，:：]+/u, ''))) at = cue.start;
  if (at < 0 || ix.count(at, cue.start) > JOIN_REACH || /[.;:!?。；：]/u.test(text.slice(at, cue.start))) return undefined;
  // "... and Britain accused": a subject of its own between the conjunction and the verb.
  if (f.parties.some((p) => p.start >= at && p.end <= cue.start)) return undefined;
  return sp;
}
