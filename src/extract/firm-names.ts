/**
 * Firms told by their kind, then their own name in Latin letters: "американской компании Velmora", "по данным российской
 * фирмы Velmora", "công ty an ninh mạng Mỹ Velmora", "hãng bảo mật Nhật Bản Velmora". The knowledge need not know the
 * firm: the noun of the profile (`firmNouns`) right before the name says what it is, as an apposition does. Where the
 * language puts a nationality after the noun, a state's name may stand between them; where it puts it before
 * ("американской компании"), the noun stays next to the name anyway.
 */
import type { PartyMention } from './people.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { NOT_ORGANIZATION_WORDS } from './lexicons/entity/non-orgs.ts';
import { lexiconFor } from './lexicons/index.ts';
import { tokenIndex } from './tokens.ts';

/** A word Vietnamese spells as one syllable of its own (with its diacritics removed): "An", "Minh", "Long". */
export const VIET_SYLLABLE = /^(?:[bcdghklmnpqrstvx]|ch|gh|gi|kh|ngh?|nh|ph|qu|th|tr)?[aeiouy]{1,3}(?:ch|c|m|ng|nh|n|p|t)?$/iu;

/**
 * Up to four capitalised words in plain Latin letters: a foreign name by its script in Cyrillic text, and in Vietnamese
 * text one that no syllable with diacritics opens. A hyphen stays inside a word; one that joins the name to a word of the
 * text ("DDoS-атаки") makes a compound, no name.
 */
const LATIN_NAME = /(?<![\p{L}\p{N}\-‐])[A-Z](?:[A-Za-z0-9&.]|-(?=[A-Za-z0-9]))*(?:[ \t]+[A-Z](?:[A-Za-z0-9&.]|-(?=[A-Za-z0-9]))*){0,3}(?![\p{L}\p{N}]|[\-‐]\p{L})/gu;

/** Tokens before a name within which its firm noun and the words of its trade stand. */
const FIRM_NOUN_TOKENS = 8;

const AT_END = new WeakMap<RegExp, RegExp>();
/** The profile's firm nouns, closing the text before a name (only spaces after them). */
function firmNounAtEnd(re: RegExp): RegExp {
  let atEnd = AT_END.get(re);
  if (!atEnd) AT_END.set(re, (atEnd = new RegExp(`(?:${re.source})\\s+$`, 'iu')));
  return atEnd;
}

/**
 * Organisations named by a firm noun of the profile and a capitalised Latin-script name right after it, or after it and
 * a state (`states`) between. `taken`: spans other rules have read (known names, sources, headed names): a name that
 * overlaps one is left to them. A firm is a typical victim, never the accused by default.
 */
export function firmNamedOrganizations(text: string, sentences: Sentence[], lang: string, taken: Span[], states: Span[]): PartyMention[] {
  const out: PartyMention[] = [];
  const nouns = lexiconFor(lang)?.firmNouns;
  if (!nouns) return out;
  const atEnd = firmNounAtEnd(nouns);
  const ix = tokenIndex(text, lang);
  for (const s of sentences) {
    LATIN_NAME.lastIndex = 0;
    for (let m = LATIN_NAME.exec(s.text); m; m = LATIN_NAME.exec(s.text)) {
      // A sentence's closing full stop is no part of the name.
      const name = m[0].replace(/(?<=\p{Ll})\.$/u, '');
      const start = s.start + m.index;
      const end = start + name.length;
      const over = taken.find((k) => start < k.end && k.start < end);
      if (over) {
        // "công ty Israel Velmora": a state's name in Latin letters opens the run; the name may follow it.
        if (over.start <= start && over.end < end) LATIN_NAME.lastIndex = over.end - s.start;
        continue;
      }
      if (NOT_ORGANIZATION_WORDS.has(name)) continue;
      if (lang === 'vi' && name.split(/\s+/u).every((w) => VIET_SYLLABLE.test(w))) continue;
      // "công ty an ninh mạng Mỹ Velmora": the state between the noun and the name tells the firm's nationality.
      const state = states.find((k) => k.end <= start && k.start >= s.start && /^[ \t]+$/u.test(text.slice(k.end, start)));
      const before = state ? state.start : start;
      const from = Math.max(s.start, ix.before(before, FIRM_NOUN_TOKENS));
      if (!atEnd.test(text.slice(from, before))) continue;
      out.push({ start, end, kind: 'organization', value: name, victim: true });
    }
  }
  return out;
}
