/**
 * The asker of a parliamentary question. A written question, a "Kleine Anfrage" or a "pregunta" names its
 * author in its header (the title and the short lines before the body): a member with their party ("Question
 * de M. X (Ecolo-Groen) au ministre"), or a parliamentary group ("Autor: Grupo Parlamentario X", "Kleine
 * Anfrage der Fraktion der X"). Inside the text the author is referred to by the profile's `askerRefs` ("die
 * Fragesteller", "este grupo parlamentario", "l'honorable membre"), and, in the question itself, before any
 * heading of the answer ("Réponse du ministre ...", "Antwort der Bundesregierung"), by the first person
 * singular (`firstSingular`: "J'invite le gouvernement à ...", "Ich fordere ..."). Those references stand
 * for the asker's party, which makes the question's calls and claims.
 */
import { tokenIndex } from '../tokens.ts';
import { execFrom } from '../lexicons/index.ts';
import { PARTY_NAMES } from '../lexicons/political-parties.ts';
import type { ClaimInput, Party, Resolved } from './frame.ts';

/** Words at most in a header line (the title, a byline, "Autor: ..."); the first longer line opens the body. */
const HEADER_LINE_WORDS = 30;
/** Words at most in the heading of an answer ("Réponse de la vice-première ministre et ministre de l'Intérieur, X"). */
const ANSWER_HEADING_WORDS = 20;

export interface Asker {
  party: Resolved;
  /** Where the question ends: the start of the answer's heading, else the end of the text. */
  questionEnd: number;
}

const cache = new WeakMap<ClaimInput, Asker | null>();

export function questionAsker(input: ClaimInput, known: Party[]): Asker | undefined {
  let a = cache.get(input);
  if (a === undefined) cache.set(input, (a = findAsker(input, known) ?? null));
  return a ?? undefined;
}

function findAsker(input: ClaimInput, known: Party[]): Asker | undefined {
  const { text, lex } = input;
  if (!lex.questionNouns) return undefined;
  const ix = tokenIndex(text, lex.lang);
  const lines = linesOf(text);
  let headerEnd = 0;
  for (const l of lines) {
    if (ix.count(l.start, l.end) > HEADER_LINE_WORDS) break;
    headerEnd = l.end;
  }
  if (!headerEnd || !execFrom(lex.questionNouns, text.slice(0, headerEnd))) return undefined;
  let party: Resolved | undefined;
  let at = 0;
  for (const p of known) {
    if (p.start >= headerEnd) break;
    if (p.kind === 'organization' && p.value && PARTY_NAMES.has(p.value)) party = { value: p.value, kind: 'organization' };
    else if (p.kind === 'person' && p.person?.body && PARTY_NAMES.has(p.person.body)) party = { value: p.person.body, kind: 'organization', person: p.person };
    if (party) {
      at = p.end;
      break;
    }
  }
  if (!party) return undefined;
  // The answer's heading: a short line after the asker's that opens with an answer noun and ends in no full stop.
  let questionEnd = text.length;
  if (lex.answerHeads) {
    for (const l of lines) {
      if (l.start <= at || ix.count(l.start, l.end) > ANSWER_HEADING_WORDS || /[.!?]\s*$/u.test(text.slice(l.start, l.end))) continue;
      const m = execFrom(lex.answerHeads, text.slice(l.start, l.end));
      if (m && m.index === 0) {
        questionEnd = l.start;
        break;
      }
    }
  }
  return { party, questionEnd };
}

function linesOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end + 1;
  }
  return out;
}
