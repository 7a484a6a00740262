/**
 * Whether capitalised words found next to a group word can be a threat group's name (shared by the
 * scheme, introducer and apposition rules of group-schemes.ts and the naming rules of
 * group-naming.ts): the Latin-script name pattern, and the checks that keep out function words,
 * dates, people, institutions and the vendor that names a group.
 */
import { COMMON_GIVEN_NAMES } from './lexicons/entity/name-forms.ts';
import { GROUP_NAME_ARTICLES, GROUP_NAME_PARTICLES, GROUP_NAME_TAILS, GROUP_NAMER_VERBS, INSTITUTION_HEADS } from './lexicons/entity/group-schemes.ts';
import { DATE_WORDS } from './lexicons/dates/index.ts';
import { compileCues, cuesPerLanguage, execFrom, lexiconFor } from './lexicons/index.ts';

/** A word of a long group name: capitalised, an Arabic article glued before it ("al-Qassam"). */
const LONG_WORD = String.raw`(?:(?:${GROUP_NAME_ARTICLES.join('|')})-)?[A-Z\d][A-Za-z\d]*`;
/** A long group name: up to six words, particles inside, ending in a group's last word ("... Cyber Fighters"). */
const LONG_GROUP_NAME = String.raw`${LONG_WORD}(?:[ \-](?:(?:${GROUP_NAME_PARTICLES.join('|')})[ ])?${LONG_WORD}){0,4}[ ](?:${GROUP_NAME_TAILS.join('|')})(?![A-Za-z\d])`;
/**
 * A Latin-script name: capitalised words or digits, up to four ("Twelve", "Cyber Army of Russia"), or a
 * long group name (LONG_GROUP_NAME), tried first. Always used inside a group of the caller's pattern.
 */
export const LATIN_NAME = String.raw`${LONG_GROUP_NAME}|[A-Z\d][A-Za-z\d]*(?:\([A-Za-z\d]+\))?(?:[ \-_.](?:(?:of|the|de|la|del)[ ])?[A-Z\d][A-Za-z\d]*(?:\([A-Za-z\d]+\))?){0,3}`;

/** The naming verbs of each language, compiled on first use. */
const namerVerbsOf = cuesPerLanguage(GROUP_NAMER_VERBS);
const INSTITUTION_HEAD_SET = new Set(INSTITUTION_HEADS);
const dateWords = new Map<string, RegExp | null>();

/** The language's month and weekday names, as one whole-word pattern (case-insensitive). */
function dateNamesOf(lang: string): RegExp | null {
  let re = dateWords.get(lang);
  if (re === undefined) {
    const words = DATE_WORDS[lang];
    const forms = words ? [...words.months.flat(), ...words.weekdays.flat()] : [];
    re = forms.length ? compileCues([...forms]) : null;
    dateWords.set(lang, re);
  }
  return re;
}

/**
 * An unquoted name after a group word or before a group apposition: not a function word, a preposition,
 * a month or a weekday ("In December", "The ...", "Monday"), no common given name opening a longer
 * run (a person's name), and not the subject of a naming verb ("Mandiant tracks as ..."), unless
 * `namerAfter` is false: the verb after the name is the one that names it ("als X bezeichnet").
 */
export function plausibleUnquoted(body: string, name: string, end: number, lang: string, namerAfter = true): boolean {
  const [first = ''] = name.split(/[ \-_.]/u);
  // A short capitalised word opening the run is a preposition or an article ("In", "At", "By", "Le").
  if (/^\p{Lu}\p{Ll}?$/u.test(first)) return false;
  const lex = lexiconFor(lang);
  const whole = (re: RegExp | null | undefined, w: string) => {
    const m = re ? execFrom(re, w) : null;
    return !!m && m.index === 0 && m[0].length === w.length;
  };
  if ([lex?.articles, lex?.closedClass, lex?.functionWords].some((re) => whole(re, first.toLowerCase()))) return false;
  // "Anna Holt, a hacking group expert": a run opening with a common given name is a person's name.
  if (/[ \u00a0]/u.test(name) && (COMMON_GIVEN_NAMES[lang] ?? COMMON_GIVEN_NAMES.en)?.has(first)) return false;
  if (name.split(/[ \-_.]/u).some((w) => whole(dateNamesOf(lang), w.toLowerCase()))) return false;
  // "a group called Citizen Lab", "un groupe appelé Conseil européen": an institution's name.
  if (name.split(/[ \-_.]/u).some((w) => INSTITUTION_HEAD_SET.has(w.toLowerCase()))) return false;
  if (!namerAfter) return true;
  const verbs = namerVerbsOf(lang);
  const next = /^[ \u00a0]+(\S+(?:[ \u00a0]\S+)?)/u.exec(body.slice(end, end + 40))?.[1] ?? '';
  const v = verbs ? execFrom(verbs, next) : null;
  return !(v && v.index === 0);
}
