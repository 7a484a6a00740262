/**
 * Co-publishers named through their units: "a report by Velmora's threat research team and Korvex's analysis unit",
 * "selon l'équipe de recherche de Velmora et l'unité d'analyse de Korvex", "theo nhóm nghiên cứu của Velmora và đơn vị
 * phân tích của Korvex", "据Velmora研究团队和Korvex分析部门": each organisation speaks through its unit, so the
 * coordination joins the two organisations, and each is a member of the list (one claim per co-author). The unit
 * phrase stands after its owner (a possessive "'s", or nothing in Chinese) or before it with the possessive of the
 * profile ("de", "của", "von", "of"); its noun is one of the profile's `unitNouns`, so "Velmora's customers and
 * Korvex" joins nothing.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import { execAll } from '../lexicons/index.ts';
import { tokenIndex } from '../tokens.ts';
import type { Party } from './frame.ts';
import { whole } from './text.ts';

/** Words of a unit phrase, its noun included ("Cyber Threat Intelligence unit", "l'unité d'analyse de"). */
const UNIT_PHRASE_WORDS = 5;
/** Punctuation no unit phrase holds. */
const BREAK = /[,;:.!?，。；：、()（）"“”«»「」]/u;

/** Is `s` (a stretch right after an organisation's name) a unit phrase of that organisation ("'s research team", "研究团队")? */
function unitAfter(ctxText: string, lex: CompiledLexicon, a: number, b: number): boolean {
  const s = ctxText.slice(a, b).replace(/^['’]s?(?![\p{L}\p{N}])/u, '').trimEnd();
  if (!s.trim() || BREAK.test(s) || tokenIndex(ctxText, lex.lang).count(a, b) > UNIT_PHRASE_WORDS) return false;
  return execAll(lex.unitNouns!, s).some((m) => m.index + m[0].length === s.length);
}

/** Is `s` (a stretch right before an organisation's name) a unit phrase closed by a possessive ("l'unité d'analyse de", "đơn vị phân tích của")? */
function unitBefore(ctxText: string, lex: CompiledLexicon, a: number, b: number): boolean {
  const s = ctxText.slice(a, b).trimEnd();
  if (!s.trim() || !lex.listPossessives || BREAK.test(s) || tokenIndex(ctxText, lex.lang).count(a, b) > UNIT_PHRASE_WORDS) return false;
  const poss = execAll(lex.listPossessives, s).filter((m) => m.index + m[0].length === s.length)[0];
  return !!poss && execAll(lex.unitNouns!, s.slice(0, poss.index)).length > 0;
}

/**
 * Are the organisations `left` and `right` (in text order) joined by a coordinating word of the profile, with a unit
 * phrase of one or both of them around it? States and their bodies are joined elsewhere (parties.ts).
 */
export function unitConjuncts(text: string, lex: CompiledLexicon, left: Party, right: Party): boolean {
  if (!lex.unitNouns || !lex.coordinators || left.kind !== 'organization' || right.kind !== 'organization' || left.country || right.country) return false;
  if (left.end > right.start || !left.value || left.value === right.value) return false;
  const gap = text.slice(left.end, right.start);
  if (/[;:.!?。；：]/u.test(gap)) return false;
  for (const c of execAll(lex.coordinators, gap)) {
    if (whole(lex.articles, c[0].trim())) continue;
    const at = left.end + c.index;
    const after = at + c[0].length;
    const before = text.slice(left.end, at);
    const rest = text.slice(after, right.start).trim();
    const plainBefore = !before.trim();
    const plainAfter = !rest || whole(lex.articles, rest);
    const uBefore = !plainBefore && unitAfter(text, lex, left.end, at);
    const uAfter = !plainAfter && unitBefore(text, lex, after, right.start);
    if ((uBefore || plainBefore) && (uAfter || plainAfter) && (uBefore || uAfter)) return true;
  }
  return false;
}
