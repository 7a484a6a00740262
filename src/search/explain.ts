/**
 * Why a search hit matched: the first of its searchable fields (search-fields.ts) holding every
 * query term, with the alias or the sentence that holds them, and the corrections used.
 */
import type { StixObject } from '../model/stix/core.ts';
import { searchableText, searchFieldsOf, type SearchField } from '../storage/search-fields.ts';
import { normaliseSearchText } from '../storage/search-text.ts';
import type { SearchTerm } from '../storage/search-sql.ts';

export interface MatchExplanation {
  field: SearchField;
  /** The name or alias that matched, or the sentence of a text that holds the terms. */
  text: string;
  lang?: string;
  /** Query words read as another word of a name: [as typed, as read]. */
  corrections: Array<[string, string]>;
}

/** Longest passage shown; a longer sentence is cut around the first term. */
const MAX_PASSAGE = 320;

/**
 * The alternative of each term found in `normalised` (framed by spaces), or undefined if one term
 * is missing: as a whole word when `words`, else also as the start of one (search reads prefixes).
 */
function found(normalised: string, terms: readonly SearchTerm[], phrase?: string, words = false): string[] | undefined {
  const text = ` ${normalised} `;
  if (phrase && !text.includes(` ${phrase} `)) return undefined;
  const end = words ? ' ' : '';
  const used: string[] = [];
  for (const t of terms) {
    const hit = t.find((v) => text.includes(` ${v}${end}`));
    if (hit === undefined) return undefined;
    used.push(hit);
  }
  return used;
}

function sentences(text: string, lang?: string): Iterable<string> {
  const segmenter = new Intl.Segmenter(lang ?? 'und', { granularity: 'sentence' });
  return (function* () {
    for (const s of segmenter.segment(text)) yield s.segment.trim();
  })();
}

function clip(sentence: string): string {
  return sentence.length <= MAX_PASSAGE ? sentence : `${sentence.slice(0, MAX_PASSAGE - 1)}…`;
}

/** The terms `normalised` holds (their alternatives as found), most first: all of them, else some. */
function partly(normalised: string, terms: readonly SearchTerm[]): string[] | undefined {
  const text = ` ${normalised} `;
  const used = terms.map((t) => t.find((v) => text.includes(` ${v}`)));
  return used.some((u) => u !== undefined) ? used.map((u, i) => u ?? terms[i]![0]!) : undefined;
}

export function explainMatch(object: StixObject, terms: readonly SearchTerm[], phrase?: string): MatchExplanation | undefined {
  const fields = searchFieldsOf(object).map((f) => ({ f, text: searchableText(f) }));
  // Every term as a whole word in one field (an alias equal to the query before one it starts); else
  // every term in one field; else (the terms are spread over the name, aliases and texts) the first field with any.
  for (const pass of ['words', 'whole', 'partly'] as const) {
    const whole = pass !== 'partly';
    for (const { f, text } of fields) {
      const normalised = normaliseSearchText(text);
      const used = whole ? found(normalised, terms, phrase, pass === 'words') : partly(normalised, terms);
      if (!used) continue;
      const corrections = used.flatMap((u, i): Array<[string, string]> => (u === terms[i]![0] ? [] : [[terms[i]![0]!, u]]));
      const base = { field: f.field, corrections, ...(f.lang ? { lang: f.lang } : {}) };
      if (f.field === 'name' || f.field === 'alias' || f.field === 'observable') return { ...base, text: f.text };
      // Sentences of the text as written (a defanged indicator stays defanged), read as search reads them.
      for (const sentence of sentences(f.text, f.lang)) {
        const n = normaliseSearchText(searchableText({ ...f, text: sentence }));
        if (whole ? found(n, terms, phrase, pass === 'words') : partly(n, terms)) return { ...base, text: clip(sentence) };
      }
      return { ...base, text: clip(f.text.trim()) };
    }
  }
  return undefined;
}
