/**
 * Mentions that their sentence presents as the doer or suspect of a hostile act: the accused of an accusation, a
 * sanctioned or indicted body ("accused X", "sanctions on X", "指控X"), the agent of a perpetration or the origin of an
 * act ("carried out by X", "von X durchgeführt", "由X实施", "came from X", "the traces point to X", "linked to X"), the
 * subject or object of blame ("X is behind", "bears the hallmarks of X", "стоит за", "X是幕后"), the subject of an
 * accusation in the passive ("X was accused", "X被指控"), of an attack verb ("X hacked ...") or of a verbless
 * headline's blame ("X behind attack on ..."). An organ or official so named speaks for no side of the article
 * (home-state.ts). Distances are word tokens (tokens.ts).
 */
import { execFrom, type CompiledLexicon, type CueCategory } from './lexicons/index.ts';
import type { Sentence } from './segment.ts';
import type { TokenIndex } from './tokens.ts';
import type { Span } from './types.ts';
import { firstEndingAfter } from './span-search.ts';

/** Cues after which the accused follows (or which hold it: "von X durchgeführt"). */
const ACCUSED_AFTER: readonly CueCategory[] = ['accuse', 'doneBy', 'actOrigin', 'pointsTo', 'linkedTo', 'blame'];
/** Cues before which the accused stands as their subject. */
const ACCUSED_BEFORE: readonly CueCategory[] = ['blame', 'accusedPassive', 'hostileVerbs', 'headlineBlame'];
/** Words between a cue and the accused after it ("attributed to [the military's] X"). */
const AFTER_REACH = 3;
/** Words between the accused and its cue after it ("X [was] behind", "X [has] hacked", "X[是此次攻击的]幕后"). */
const BEFORE_REACH = 4;
/** What breaks a mention from its cue: the end of a clause, a quotation, a bracket. */
const BREAK = /[.;:!?。；：！？"“”«»„「」()（）\n]/u;

export interface AccusingCue extends Span {
  after: boolean;
  before: boolean;
}

/** Every cue of the text that marks an accused party, in order. */
export function accusingCues(text: string, lex: CompiledLexicon): AccusingCue[] {
  const out: AccusingCue[] = [];
  for (const c of new Set([...ACCUSED_AFTER, ...ACCUSED_BEFORE])) {
    const re = lex[c];
    if (!re) continue;
    const after = ACCUSED_AFTER.includes(c);
    const before = ACCUSED_BEFORE.includes(c);
    for (let m = execFrom(re, text); m; m = execFrom(re, text, m.index + (m[0].length || 1))) out.push({ start: m.index, end: m.index + m[0].length, after, before });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Does the sentence of mention `m` present it as the accused? `blocked(a, b)` tells whether another party stands
 * between offsets a and b (it, not `m`, is then the cue's party).
 */
export function accusedMention(text: string, ix: TokenIndex, sentences: readonly Sentence[], cues: readonly AccusingCue[], m: Span, blocked: (a: number, b: number) => boolean): boolean {
  const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
  if (!s) return false;
  for (let k = firstEndingAfter(cues, s.start); k < cues.length; k++) {
    const c = cues[k]!;
    if (c.start >= s.end) break;
    if (c.start < s.start) continue;
    if (c.start <= m.start && m.end <= c.end) return true;
    if (c.after && c.end <= m.start && ix.count(c.end, m.start) <= AFTER_REACH && !BREAK.test(text.slice(c.end, m.start)) && !blocked(c.end, m.start)) return true;
    if (c.before && m.end <= c.start && ix.count(m.end, c.start) <= BEFORE_REACH && !BREAK.test(text.slice(m.end, c.start)) && !blocked(m.end, c.start)) return true;
  }
  return false;
}
