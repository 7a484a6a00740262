/**
 * Whether capitalised words found next to a group word can be a threat group's name (shared by the
 * scheme, introducer and apposition rules of group-schemes.ts and the naming rules of
 * group-naming.ts): the Latin-script name pattern, and the checks that keep out function words,
 * dates, people, institutions and the vendor that names a group.
 */
import { COMMON_GIVEN_NAMES } from './lexicons/entity/name-forms.ts';
import { GROUP_NAME_ARTICLES, GROUP_NAME_PARTICLES, GROUP_NAME_TAILS, GROUP_NAMER_VERBS, INSTITUTION_HEADS } from './lexicons/entity/group-schemes.ts';
import { DATE_WORDS } from './lexicons/dates/index.ts';
import { SOURCES } from './lexicons/sources.ts';
import { compileCues, cuesPerLanguage, execFrom, lexiconFor } from './lexicons/index.ts';
import type { Span } from './types.ts';

/** A word of a long group name: capitalised, an Arabic article glued before it ("al-Qassam"). */
const LONG_WORD = String.raw`(?:(?:${GROUP_NAME_ARTICLES.join('|')})-)?[A-Z\d][A-Za-z\d]*`;
/** A long group name: up to six words, particles inside, ending in a group's last word ("... Cyber Fighters"). */
const LONG_GROUP_NAME = String.raw`${LONG_WORD}(?:[ \-](?:(?:${GROUP_NAME_PARTICLES.join('|')})[ ])?${LONG_WORD}){0,4}[ ](?:${GROUP_NAME_TAILS.join('|')})(?![A-Za-z\d])`;
/**
 * A Latin-script name: capitalised words or digits, up to four ("Twelve", "Cyber Army of Russia"), or a
 * long group name (LONG_GROUP_NAME), tried first. Always used inside a group of the caller's pattern.
 */
export const LATIN_NAME = String.raw`${LONG_GROUP_NAME}|[A-Z\d][A-Za-z\d]*(?:\([A-Za-z\d]+\))?(?:[ \-_.](?:(?:of|the|de|la|del)[ ])?[A-Z\d][A-Za-z\d]*(?:\([A-Za-z\d]+\))?){0,3}`;

/**
 * A long group name, or a group's last word with the place it serves after it ("... Cyber Army", "... Army of
 * Ukraine"), as a whole-word run: the pattern of the spans inside which a state's name is part of a group's name.
 */
const GROUP_NAME_RUN = new RegExp(
  String.raw`(?<![A-Za-z\d])(?:${LONG_GROUP_NAME}|[A-Z\d][A-Za-z\d]*[ ](?:${GROUP_NAME_TAILS.join('|')}))(?:[ ](?:${GROUP_NAME_PARTICLES.join('|')})[ ](?:(?:the)[ ])?[A-Z][a-z]+(?![A-Za-z\d]))?`,
  'gu',
);
/** A quoted name in any script, up to 40 characters: a state's word inside it is part of the name («... Йемена»). */
const QUOTED_RUN = /[«"“„「『][ \u00a0]?([^«»"“”„「」『』\n]{1,40}?)[ \u00a0]?[»"”“」』]/gu;

/**
 * The known mentions a group's name may not overlap, without the states named inside a group's own name
 * ("Yemen Cyber Army", "Syrian Electronic Army", "IT Army of Ukraine") or inside a quoted name («Киберармия Йемена»):
 * a state's word there is part of the name, not the state. The state's mention itself stays with the caller.
 */
export function outsideGroupNames<T extends Span & { entity: { kind: string } }>(body: string, known: T[]): T[] {
  const states = known.filter((k) => k.entity.kind === 'country');
  if (!states.length) return known;
  const runs: Span[] = [];
  GROUP_NAME_RUN.lastIndex = 0;
  for (let m = GROUP_NAME_RUN.exec(body); m; m = GROUP_NAME_RUN.exec(body)) runs.push({ start: m.index, end: m.index + m[0].length });
  QUOTED_RUN.lastIndex = 0;
  for (let m = QUOTED_RUN.exec(body); m; m = QUOTED_RUN.exec(body)) {
    const start = m.index + m[0].indexOf(m[1]!);
    runs.push({ start, end: start + m[1]!.length });
  }
  if (!runs.length) return known;
  return known.filter((k) => k.entity.kind !== 'country' || !runs.some((r) => r.start <= k.start && k.end <= r.end && k.end - k.start < r.end - r.start));
}

/** The naming verbs of each language, compiled on first use. */
const namerVerbsOf = cuesPerLanguage(GROUP_NAMER_VERBS);
const INSTITUTION_HEAD_SET = new Set(INSTITUTION_HEADS);
/** The names and other forms of the known sources (vendors, outlets, rights groups): "the group Microsoft" names no group. */
const SOURCE_FORMS: ReadonlySet<string> = new Set(SOURCES.flatMap((x) => [x.name, ...(x.aliases ?? [])]));
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
 * a month or a weekday ("In December", "The ...", "Monday"), not a known vendor's or outlet's name, no common given name opening a longer
 * run (a person's name), and not the subject of a naming verb ("Mandiant tracks as ..."), unless
 * `namerAfter` is false: the verb after the name is the one that names it ("als X bezeichnet").
 */
export function plausibleUnquoted(body: string, name: string, end: number, lang: string, namerAfter = true): boolean {
  const [first = ''] = name.split(/[ \-_.]/u);
  // "the hacking group Microsoft", "gave the group the name Kaspersky": a known vendor or outlet is no group's name.
  if (SOURCE_FORMS.has(name)) return false;
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
