/**
 * A party named in an apposition set off by commas right after another: "Mandiant, de Google,
 * publicó ...", "Mandiant, eine Tochter von Google, erklärte ...", "Компания Mandiant, входящая в
 * Google, заявила ...", "Mandiant, a Google subsidiary, said ...". The apposition describes the head; the
 * head speaks, and is the subject of a stance verb ("Veltacom, one of the largest carriers of Ukraine,
 * then confirmed ...": Veltacom confirms, not Ukraine). An apposition telling that the head is part of a state's body
 * ("Telcert, a unit of the national agency CyberSecurity Malaysia, said") makes that body the subject: the head speaks for
 * its state.
 */
import { tokenIndex } from '../tokens.ts';
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { Party } from './frame.ts';
import type { Span } from '../types.ts';
import { matches } from './text.ts';

/**
 * Words an apposition may hold ("a unit of", "eine Tochter von", "một trong những nhà mạng di động có
 * lượng thuê bao lớn nhất của Ukraine": Vietnamese counts a token per syllable).
 */
const APPOSITION_WORDS = 15;
/** Words between the apposition's closing comma and the verb (an auxiliary, an adverb: "then", "sau đó"). */
const AFTER_CLOSE = 2;

export function appositionHead(text: string, lex: CompiledLexicon, parties: Party[], p: Party, verb: Span): Party | undefined {
  // A named person set off by commas is the speaker's name, not a description ("the ministry's spokesperson, X, said").
  if (p.kind === 'person') return undefined;
  const ix = tokenIndex(text, lex.lang);
  // The apposition closes with a comma right before the verb (an auxiliary or an adverb may follow it: "sau đó"); the party may
  // qualify the apposition's head noun ("Mandiant, a Google subsidiary, said": words after it, before the comma).
  const after = text.slice(p.end, verb.start);
  const close = /^((?:\s+\p{L}+){0,2})\s*[,，]\s*(?:\S+\s+){0,2}$/u.exec(after);
  if (!close || ix.count(p.end + close[1]!.length, verb.start) > AFTER_CLOSE) return undefined;
  const open = text.lastIndexOf(',', p.start);
  if (open < 0 || ix.count(open, p.start) > APPOSITION_WORDS || /[.;:!?。；：()]/u.test(text.slice(open + 1, p.start))) return undefined;
  const head = parties.filter((q) => q.end <= open && q !== p).pop();
  if (!head || text.slice(head.end, open).trim() !== '') return undefined;
  // "Telcert, a unit of the national agency CyberSecurity Malaysia, said": a state's body the head is part of speaks for it.
  if (head.kind === 'organization' && !head.country && (p.kind === 'country' || !!p.country) && matches(lex.unitOf, text.slice(open + 1, p.start))) return p;
  return head.kind === 'organization' ? head : undefined;
}
