/**
 * The body a role phrase itself names as the one the role is held at: its owner before the role with a possessive
 * ("Velmora's chief technology officer", "Velmora的首席技术官"), or the body right after a marker that ties a role to
 * where it is held ("an analyst at Velmora", "Leiter der Forschung bei Velmora", "chercheur chez Velmora", "giám đốc
 * kỹ thuật của Velmora", "эксперт из Velmora"). A company, an institute or a newsroom named so is whom the person
 * speaks for: a state the sentence names elsewhere (what they speak of, their company's home) never stands in for it.
 *
 * A state official keeps the state: a role phrase that holds an organ noun or a state office of the profile
 * ("minister", "ministère", "Behörde", "Bộ trưởng") is an office of state, and a body whose name holds an organ noun
 * ("the Internet Agency") may be a state's organ the knowledge base does not know; neither is read here.
 */
import { execAll, execFrom, LEXICONS, type CompiledLexicon } from './lexicons/index.ts';
import { PARTY_NAMES } from './lexicons/political-parties.ts';
import type { Span } from './types.ts';

/** A party of the text as people.ts finds them (kept structural: people.ts imports this module). */
interface Party extends Span {
  kind: string;
  value: string;
  country?: string;
}

/** Does `re` match the whole of `s`? */
function whole(re: RegExp | null, s: string): boolean {
  const m = re ? execFrom(re, s) : null;
  return !!m && m.index === 0 && m[0].length === s.length;
}

/** Words (an article, an organisation word: "at the company Velmora", "bei der Firma Velmora") between a marker and its body. */
const MARKER_BODY_GAP = 2;

/**
 * The length of the profile's possessive ending or particle written at `at` ("'s", "的") with the space after it, when
 * one stands there; 0 otherwise. Languages that space their words need a space after it ("Velmora's ", not "Velmora'sche").
 */
export function possessiveAt(lang: string, text: string, at: number): number {
  const forms = LEXICONS[lang]?.ownerPossessives;
  if (!forms) return 0;
  const spaced = !LEXICONS[lang]?.noWordBoundaries;
  for (const f of forms) {
    if (!text.startsWith(f, at)) continue;
    const space = /^[ \t\u00a0]*/u.exec(text.slice(at + f.length, at + f.length + 4))![0].length;
    if (!spaced || space) return f.length + space;
  }
  return 0;
}

/** Does a role-body marker close `lead`, with at most an article or an organisation word after it? */
function markedBody(lex: CompiledLexicon, lead: string): boolean {
  const re = lex.roleBodyMarkers;
  if (!re) return false;
  const last = execAll(re, lead).at(-1);
  if (!last) return false;
  const rest = lead.slice(last.index + last[0].length);
  if (/[,.;:!?，。；：、()]/u.test(rest)) return false;
  const words = rest.split(/\s+/u).filter(Boolean);
  return words.length <= MARKER_BODY_GAP && words.every((w) => whole(lex.articles, w) || whole(lex.orgWords, w) || whole(lex.orgWords, w.toLowerCase()));
}

/** Does the state-office or organ vocabulary of the profile occur in `s`? */
function stateWords(lex: CompiledLexicon, s: string): boolean {
  return [lex.organNouns, lex.stateOffices].some((re) => !!re && !!execFrom(re, s));
}

/**
 * The organisation the role phrase [from, b) names as where the role is held, or undefined. `inside`: the parties
 * inside the phrase; `text` the document.
 */
export function roleOwner(text: string, lex: CompiledLexicon | null, inside: Party[], from: number, b: number): Party | undefined {
  if (!lex) return undefined;
  for (const p of inside) {
    if (p.kind !== 'organization' || !p.value || PARTY_NAMES.has(p.value)) continue;
    const possessed = p.end < b && possessiveAt(lex.lang, text, p.end) > 0;
    if (!possessed && !markedBody(lex, text.slice(from, p.start))) continue;
    // An organ's name or an office of state: the state's, not a body of its own.
    if (stateWords(lex, text.slice(p.start, p.end))) return undefined;
    const role = text.slice(from, p.start) + ' ' + text.slice(p.end, b);
    if (stateWords(lex, role)) return undefined;
    return p;
  }
  return undefined;
}
