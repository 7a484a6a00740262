/**
 * A national body of a generic kind written out in full with its short form in brackets ("the Commission on Elections
 * (Velcom)", "la Caja Boliviana de Seguridad Social (CBV)", "国家隐私委员会（NPV）", "Фонд социального страхования (ФСВ)"):
 * an election commission, a social-security fund, a national police, a data-protection or privacy
 * authority (the profile's `nationalBodyKinds`) is an organ of a state though its name may hold no organ noun, so its
 * short form, found alone, would speak for no state. The short form names that state's body:
 *  - the state written inside the name (an adjective of nationality, a state's name: "Boliviana", "蒙古");
 *  - else the article's home state (home-state.ts: the state whose organs speak, else the dateline's).
 * The name is the capitalised run right before the bracket (lower-case particles inside it: "on", "de la"); in a script
 * written without spaces, the run of Han characters there, where a state counts only when it opens the kind's compound
 * ("蒙古国家选举委员会", not "某国黑客攻击了国家选举委员会"). A name of another kind (a company's, an NGO's) takes no state here.
 * Distances are word tokens (characters in Han script, which has no spaces).
 */
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import type { Span } from '../types.ts';

/** Lower-case particle words a capitalised name may hold in a row ("de la", "on", "für"). */
const PARTICLES_IN_ROW = 3;
/** Letters of a particle word at most ("de", "of", "pour"). */
const PARTICLE_LETTERS = 4;
/** Words before the bracket within which the kind is looked for. */
const NAME_WORDS = 10;
/** Words between the kind and the bracket at most ("Consejo Nacional Electoral [de Venezuela] (CNE)"). */
const TAIL_WORDS = 4;
/** Han characters of a written-out name at most. */
const HAN_NAME_CHARS = 16;
/** Han characters between a state and the kind's compound it opens ("蒙古[国家]选举委员会"). */
const HAN_STATE_GAP = 2;
/** A closing quote right before the bracket ("「X委员会」（XEC）"). */
const CLOSING_QUOTE = /[」』”"»’]\s*$/u;
/** What breaks a name: punctuation, quotes, brackets, a line end. */
const NAME_BREAK = /[,;:.!?"“”«»()（），。；：、！？「」『』\n]/u;
const HAN_RUN = /\p{Script=Han}+$/u;
const CAPITALISED = /^\p{Lu}/u;
const PARTICLE = new RegExp(String.raw`^(?:\p{Ll}{1,${PARTICLE_LETTERS}}|\p{Ll}{1,2}['’]\p{L}*)$`, 'u');
const LAST_WORD = /(?:^|\s)(\S+)\s*$/u;

interface Name {
  start: number;
  /** Where the kind's words begin, and whether the name is written without spaces. */
  kind: number;
  han: boolean;
}

/** The written-out name of a national body's kind ending right before `open`, if one stands there. */
function nationalName(body: string, re: RegExp, open: number): Name | undefined {
  const before = body.slice(0, open).replace(CLOSING_QUOTE, '');
  const han = HAN_RUN.exec(before);
  if (han) {
    if (han[0].length > HAN_NAME_CHARS) return undefined;
    const k = execAll(re, han[0])[0];
    return k ? { start: han.index, kind: han.index + k.index, han: true } : undefined;
  }
  // The phrase before the bracket: at most NAME_WORDS words, cut at a break.
  const words = before.split(/(?<=\s)(?=\S)/u);
  let from = before.length;
  for (let i = words.length - 1, n = 0; i >= 0 && n < NAME_WORDS; i--, n++) {
    if (NAME_BREAK.test(words[i]!)) break;
    from -= words[i]!.length;
  }
  const phrase = before.slice(from);
  // The kind nearest the bracket, at most TAIL_WORDS words before it.
  const k = execAll(re, phrase).filter((m) => phrase.slice(m.index + m[0].length).trim().split(/\s+/u).filter(Boolean).length <= TAIL_WORDS).pop();
  if (!k) return undefined;
  const kind = from + k.index;
  // Back from the kind over the capitalised words and particles of a proper name ("[Caja Boliviana de] Seguridad Social").
  let start = CAPITALISED.test(k[0]) ? kind : -1;
  let end = kind;
  let particles = 0;
  for (;;) {
    const m = LAST_WORD.exec(body.slice(from, end));
    if (!m) break;
    const word = m[1]!;
    const at = end - m[0].length + m[0].indexOf(word);
    if (CAPITALISED.test(word)) {
      start = at;
      particles = 0;
      // A kind in lower case is a name only right after a capitalised word ("Центральная избирательная комиссия").
    } else if (start < 0 || !PARTICLE.test(word) || ++particles > PARTICLES_IN_ROW) break;
    end = at;
  }
  return start >= 0 ? { start, kind, han: false } : undefined;
}

/**
 * The state that owns the body whose written-out name ends right before the bracket opening at `open`, when that name
 * is of a national body's kind: the state inside the name, else `home()`. Undefined for a name of no such kind.
 */
export function nationalBodyState(body: string, lex: CompiledLexicon | null, countries: Array<Span & { value?: string }>, open: number, home: () => string | undefined): string | undefined {
  const re = lex?.nationalBodyKinds;
  if (!re) return undefined;
  const name = nationalName(body, re, open);
  if (!name) return undefined;
  // In Han script a state counts only where it opens the kind's compound ("蒙古国家选举委员会").
  const inName = countries.filter((c) => c.start >= name.start && c.end <= open && (!name.han || (name.kind >= c.end && name.kind - c.end <= HAN_STATE_GAP)));
  const states = new Set(inName.map((c) => c.value));
  if (states.size > 1) return undefined;
  if (states.size === 1) return [...states][0];
  return home();
}
