/**
 * A sentence that opens with a verb of accusation and has no subject of its own: in subject-dropping
 * languages its subject is the one who spoke last ("Rusia rechazó las acusaciones. Acusó a Londres
 * de ...", "Россия отвергла обвинения. Обвинила Лондон в ...", "……否认了这些指控。指责英国……",
 * "Nga bác bỏ các cáo buộc. Cáo buộc Anh ..."). The accused follows the verb inside its phrase; a
 * participle that opens a sentence and is closed off by a comma ("Accused of spying, the diplomat
 * left ...") has a subject of its own after it.
 */
import type { ClaimContext } from './context.ts';
import type { Cue, Party } from './frame.ts';
import type { Sentence } from '../segment.ts';

const BREAK = /[,;:.!?，。；：、]/u;

export function opensWithAccusation(ctx: ClaimContext, s: Sentence, parties: Party[], cues: Cue[]): boolean {
  const first = cues[0];
  if (!first || first.cat !== 'accuse' || ctx.ix.count(s.start, first.start) !== 0) return false;
  const accused = parties.find((p) => p.start >= first.end);
  return !!accused && !BREAK.test(ctx.text.slice(first.end, accused.start));
}
