/**
 * Chinese names a firm or an NGO right after a noun for its kind, with no space: "资安业者X表示", "國際人權組織「X」指出",
 * "安全厂商X（Y）发布报告". The noun of the profile (`firmNouns`) says what follows is an organisation's name; where the
 * name ends is told by its quotes, by a bracket after it (a gloss in Latin letters, which is then the name's value), or by
 * a verb of speech, confirmation, denial, warning or appeal right after it (a time lead before the verb left out). The
 * text then names the body by that name alone ("X研判"): every later occurrence is the same organisation.
 */
import type { PartyMention } from './people.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { execFrom, lexiconFor, type CompiledLexicon } from './lexicons/index.ts';
import { hanTimeLead } from './han-time-lead.ts';

/** A name in quotes right after the noun: its content. */
const QUOTED = /^[「“『"]([^」”』"，。、\n]{2,12})[」”』"]/u;
/** Han characters a bare name may run to. */
const NAME_MAX = 6;
/** A bare name's least length; a shorter one is too likely a word of the sentence. */
const NAME_MIN = 3;
/** A gloss in brackets right after the name: Latin letters, digits and the signs names carry. */
const GLOSS = /^[（(]([A-Z][A-Za-z0-9&.\- ]{1,40})[）)]/u;
/** Characters that make a run no name: a modifier's or a place's tie, a coordination, a number or a determiner. */
const NOT_NAME = /[的之和与與及或在从從对對向于於被將将把这這该該此其一二三四五六七八九十两兩多名位个個家些]/u;

/** Does a verb of speech, confirmation, denial, warning or appeal open `rest` (after a time lead)? */
function verbOpens(lex: CompiledLexicon, rest: string): boolean {
  const r = rest.slice(hanTimeLead(rest));
  return [lex.say, lex.confirm, lex.deny, lex.warn, lex.appeal].some((re) => !!re && execFrom(re, r)?.index === 0);
}

/** Is `name` a word of the profile's people, roles or kinds ("发言人", "研究人员", "公司") rather than a name? */
function commonWord(lex: CompiledLexicon, name: string): boolean {
  return [lex.roles, lex.staffNouns, lex.companyNouns, lex.orgVoice, lex.firmNouns, lex.say].some((re) => !!re && !!execFrom(re, name));
}

/**
 * Organisations of Chinese text named after a firm noun of the profile, and every later occurrence of each name.
 * `taken`: spans other rules have read; a name overlapping one is left to them.
 */
export function hanFirmNamedOrganizations(text: string, sentences: Sentence[], taken: Span[]): PartyMention[] {
  const lex = lexiconFor('zh');
  const nouns = lex?.firmNouns;
  const out: PartyMention[] = [];
  if (!lex || !nouns) return out;
  const names = new Map<string, string>();
  const free = (a: number, b: number) => !taken.some((k) => a < k.end && k.start < b) && !out.some((k) => a < k.end && k.start < b);
  for (const s of sentences) {
    for (let m = execFrom(nouns, s.text); m; m = execFrom(nouns, s.text, m.index + Math.max(1, m[0].length))) {
      const at = m.index + m[0].length;
      const rest = s.text.slice(at);
      let name: string | undefined;
      let from = at;
      const q = QUOTED.exec(rest);
      if (q) {
        name = q[1]!.trim();
        from = at + 1;
      } else {
        const run = /^\p{Script=Han}+/u.exec(rest.slice(0, NAME_MAX + 1))?.[0] ?? '';
        for (let n = NAME_MIN; n <= Math.min(NAME_MAX, run.length) && !name; n++) {
          const after = rest.slice(n);
          if (GLOSS.test(after) || verbOpens(lex, after)) name = run.slice(0, n);
        }
        if (name && (NOT_NAME.test(name) || commonWord(lex, name))) name = undefined;
      }
      if (!name) continue;
      const start = s.start + from;
      const end = start + name.length;
      if (!free(start, end)) continue;
      const glossAt = end + (q ? 1 : 0);
      const g = GLOSS.exec(text.slice(glossAt));
      // "迈克菲（McAfee）": a gloss another rule has read already names the body; the name adds nothing.
      if (g && !free(glossAt + 1, glossAt + 1 + g[1]!.length)) continue;
      const gloss = g?.[1]?.trim();
      const value = gloss ?? name;
      names.set(name, value);
      out.push({ start, end, kind: 'organization', value });
    }
  }
  // "X研判": the body named again by its name alone.
  for (const [name, value] of names) {
    if (name.length < NAME_MIN) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (free(i, i + name.length)) out.push({ start: i, end: i + name.length, kind: 'organization', value });
    }
  }
  return out;
}
