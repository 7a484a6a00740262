/**
 * A lack of evidence of a hit ("found no evidence that its systems had been compromised", "keine Anzeichen dafür,
 * dass ihre Systeme gehackt worden seien", "нет признаков того, что её системы были взломаны", "không thấy dấu hiệu nào cho thấy máy chủ của mình bị đột nhập", "没有迹象表明其系统遭到入侵"): the speaker says it was not (or not shown to be)
 * hit. The words after the profile's `noEvidenceThat`, to the next break, tell a hit (a cue of the profile's
 * `confirm`, "had been compromised") and no accusation or blame: the qualifier ("no evidence") rebuts no accusation,
 * and no confirmation is made either (supposed.ts sets the hit's cues aside). So for a hit's effect left unproven
 * with no party named ("no evidence that the breach caused the outages", profile `hitEffects`): the speaker
 * disputes what the hit did, not an accusation ("no evidence that Russia caused the outage" stays a denial).
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame } from './frame.ts';
import { execAll } from '../lexicons/index.ts';
import { matches } from './text.ts';

const BREAK = /[,;:.!?，。；：！？、]/u;

export function unprovenHit(ctx: ClaimContext, f: ClauseFrame): boolean {
  const { lex } = ctx;
  if (!lex.noEvidenceThat || !lex.confirm) return false;
  const s = f.sentence.text;
  for (const m of execAll(lex.noEvidenceThat, s)) {
    const rest = s.slice(m.index + m[0].length);
    const stop = BREAK.exec(rest);
    const words = stop ? rest.slice(0, stop.index) : rest;
    const from = f.sentence.start + m.index + m[0].length;
    const effect = !matches(lex.confirm, words) && matches(lex.hitEffects, words)
      && !f.parties.some((p) => p.start >= from && p.end <= from + words.length);
    if (!matches(lex.confirm, words) && !effect) continue;
    if (matches(lex.accuse, words) || matches(lex.blame, words) || matches(lex.doneBy, words)) continue;
    return true;
  }
  return false;
}
