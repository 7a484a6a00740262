/**
 * A threat group told to be a unit of a state's body, or to belong to it: the group's mention, then a phrase of a
 * part or a link (profile `unitOf`, `linkedTo`) opening an apposition after a comma or following the name itself, then
 * a noun phrase of a state's body (profile `stateBodies`: intelligence, the army, a ministry) that holds the state:
 * "X, a unit of Russian military intelligence", "… l'œuvre de X, une unité du renseignement militaire russe",
 * "… von X verübt wurden, einer Einheit des russischen Militärgeheimdienstes", "nhóm X thuộc tình báo quân đội
 * Nga". The group is that state's (group-nationality.ts). In a verb-final clause the verb may stand between the
 * name and the comma ("von X verübt wurden, einer Einheit des ..."), as the closing particle does in group-sponsor.ts.
 * Not a tie: a group said not to belong ("X không thuộc …", "X, which is not part of …": a word between the name and
 * the phrase, or a negator in its clause), a group acting on the body ("X tấn công cơ quan tình báo Nga": no phrase of
 * a part), a unit of a company or of another group (no body noun), another party or an act inside the phrase.
 */
import type { TokenIndex } from '../tokens.ts';
import { execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Span } from '../types.ts';
import { onlyArticle } from './text.ts';

/** Words at most from the end of the phrase of a part to the state in the body's noun phrase ("[du] renseignement militaire russe"). */
const BODY_REACH = 6;
/** Words after the state within which the body's noun may stand ("des russischen Militärgeheimdienstes"). */
const NOUN_AFTER = 2;
/** Words at most between the name and the comma of an apposition in a verb-final clause ("von X verübt wurden, einer Einheit ..."). */
const CLOSING_WORDS = 2;
/** What ends the phrase. */
const BREAK = /[.;:!?()。；：！？（）,，、]/u;
/** A comma, with the closing quotation mark or bracket that may precede it. */
const COMMA = /^\s*[”"»」』]?\s*[,，]\s*/u;

type StateParty = Span & { kind: string; value?: string };

/**
 * Where the phrase of a part or link may open after group mention `g` and which phrases may open there: right after
 * the name or after its comma, a part or a link; after the comma of a verb-final clause, a part only.
 */
function phraseStart(text: string, ix: TokenIndex, g: Span, others: readonly Span[]): { at: number; linkOk: boolean } {
  const rest = text.slice(g.end, ix.after(g.end, CLOSING_WORDS + 2));
  const direct = COMMA.exec(rest);
  if (direct) return { at: g.end + direct[0].length, linkOk: true };
  const comma = rest.search(/[,，]/u);
  const end = g.end + comma;
  if (comma < 0 || ix.count(g.end, end) > CLOSING_WORDS || BREAK.test(text.slice(g.end, end)) || others.some((o) => o.start >= g.end && o.end <= end)) return { at: g.end, linkOk: true };
  return { at: end + COMMA.exec(text.slice(end))![0].length, linkOk: false };
}

/** The end of the phrase of a part (`unitOf`) or, where `linkOk`, of a link (`linkedTo`) that opens at `at` (only an article before it), or -1. */
function partEnd(text: string, lex: CompiledLexicon, ix: TokenIndex, at: number, linkOk: boolean): number {
  const slice = text.slice(at, ix.after(at, 6));
  for (const re of linkOk ? [lex.unitOf, lex.linkedTo] : [lex.unitOf]) {
    if (!re) continue;
    const m = execFrom(re, slice);
    if (m && onlyArticle(lex, slice.slice(0, m.index))) return at + m.index + m[0].length;
  }
  return -1;
}

/**
 * The state group mention `g` is told to be a unit of by this construction, if any (`states`: the state parties;
 * `others`: every party and group mention, none of which may stand inside the phrase).
 */
export function bodyUnitState(text: string, lex: CompiledLexicon, ix: TokenIndex, g: Span, states: readonly StateParty[], others: readonly Span[]): StateParty | undefined {
  if (!lex.stateBodies || (!lex.unitOf && !lex.linkedTo)) return undefined;
  const rest = others.filter((o) => o !== g);
  const { at, linkOk } = phraseStart(text, ix, g, rest);
  const end = partEnd(text, lex, ix, at, linkOk);
  if (end < 0) return undefined;
  for (const p of states) {
    if (p.start < end || ix.count(end, p.start) > BODY_REACH) continue;
    const before = text.slice(end, p.start);
    if (BREAK.test(before) || rest.some((o) => o !== p && o.start >= end && o.end <= p.start)) return undefined;
    if ((lex.hostile && execFrom(lex.hostile, before)) || (lex.negation && execFrom(lex.negation, before))) return undefined;
    // The body's noun before the state ("renseignement militaire russe"), or right after it ("russischen Militärgeheimdienstes").
    const after = text.slice(p.end, ix.after(p.end, NOUN_AFTER));
    const cut = after.search(BREAK);
    return execFrom(lex.stateBodies, before) || execFrom(lex.stateBodies, cut < 0 ? after : after.slice(0, cut)) ? p : undefined;
  }
  return undefined;
}
