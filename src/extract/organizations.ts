/**
 * Organisations the knowledge base does not know but the text names (newspapers, vendors,
 * agencies): capitalised name sequences and acronyms in Latin script, all-caps acronyms in
 * Cyrillic. They only serve as speakers and claimants ("Microsoft said", "according to the
 * Journal"). A short later form ("the Journal") is linked to the longer name it ends ("The Wall
 * Street Journal"); an acronym defined next to a state ("France's agency (ANSSI)") belongs to it.
 */
import type { PartyMention } from './people.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { ORG_UNIT_SUFFIXES } from './lexicons/org-units.ts';
import { SOURCES } from './lexicons/sources.ts';
import { BODIES } from './lexicons/bodies.ts';
import { NOT_ORGANIZATION_WORDS } from './lexicons/entity/non-orgs.ts';

/** Every written form of a known source or intergovernmental body, longest first, with the name it stands for. */
const SOURCE_FORMS = [...SOURCES, ...BODIES].flatMap((s) => [s.name, ...(s.aliases ?? [])].map((form) => ({ form, name: s.name }))).sort((a, b) => b.form.length - a.form.length);
/** The first letters of the forms: a cheap test before the alternation at each position. */
const SOURCE_FIRST = [...new Set(SOURCE_FORMS.map((f) => f.form.charAt(0)))].join('').replace(/[\\\]^-]/g, '\\$&');
const escapeForm = (f: { form: string }) => f.form.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');
/** Han forms ("欧盟", "微软") stand between other Han characters: no word boundary marks them. */
const HAN = /\p{Script=Han}/u;
const SOURCE_RE = new RegExp(
  `(?=[${SOURCE_FIRST}])(?:(?<![\\p{L}\\p{N}])(?:${SOURCE_FORMS.filter((f) => !HAN.test(f.form)).map(escapeForm).join('|')})(?![\\p{L}\\p{N}])|(?:${SOURCE_FORMS.filter((f) => HAN.test(f.form)).map(escapeForm).join('|')}))`,
  'gu',
);

/** A unit's name after its body's ("Check Point Research"): the body is the organisation. */
const UNIT_SUFFIX = new RegExp(`(?<=\\S)\\s+(?:${[...ORG_UNIT_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/**
 * A name starts a word: "eCitizen", "iPhone" hold no "Citizen", "Phone". The look-ahead for its first
 * character (a capital or a digit) comes first: most positions fail it faster than the look-behind.
 */
const LATIN_SEQ = /(?=[\p{Lu}\d])(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}&'’.\-]*|\d+[\p{L}]+)(?:[ \t]+(?:(?:of|for|and|de|du|des|la|le|für)[ \t]+)?(?:\p{Lu}[\p{L}\p{N}&'’.\-]*|\d+))*/gu;
const CYR_ACRONYM = /(?=\p{Lu})(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])/gu;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|juni|juli|oktober|dezember)$/i;
const LEADING_STOP = /^(?:The|A|An|In|On|At|During|After|Before|According|Then|But|And|When|While|As|This|That|It|Its|They|He|She|We|Le|La|Les|L'|L’|Un|Une|Dans|Selon|Der|Die|Das|Den|Dem|Ein|Eine|Nach|Für|Mit|Am|Im|Auch|Als|Also|Earlier|Later|Speaking|Quoting|Among|For|From|With|Working|By|Por|Par|Von|El|Los|Las|Del|Our|Your|You|Nuestro|Nuestra|Notre|Nos|Unser|Unsere|Monsieur|Madame|Señor|Señora|Herr|Frau)\s+/u;

const CLAUSE_OPENING = /^[\s\p{P}\p{S}]*$|[—–]\s*$/u;

const SAYS_NEXT = /^\s+(?:said|says|told|stated|reported|announced|confirmed|wrote|added|warned|disclosed|revealed|detailed|acknowledged|noted|assessed|concluded|attributed|blamed|accused|denied|a déclaré|a affirmé|affirme|estime|indique|sagte|erklärte|teilte)\b/u;

export function findOrganizations(text: string, sentences: Sentence[], lang: string, known: Span[], title?: Sentence | null): PartyMention[] {
  const out: PartyMention[] = [];
  // Known sources first, in any language and script (the title's too: "Statement on behalf of the European
  // Union" names its author there); the name-shape rules below read the body only and skip their spans.
  const sourceSpans: Span[] = [];
  for (const s of title ? [title, ...sentences] : sentences) {
    SOURCE_RE.lastIndex = 0;
    for (let m = SOURCE_RE.exec(s.text); m; m = SOURCE_RE.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (known.some((k) => start < k.end && k.start < end)) continue;
      const name = SOURCE_FORMS.find((f) => f.form === m![0])?.name ?? m[0];
      out.push({ start, end, kind: 'organization', value: name });
      sourceSpans.push({ start, end });
    }
  }
  const taken = [...known, ...sourceSpans];
  const free = (a: number, b: number) => !taken.some((k) => a < k.end && k.start < b);
  const latinText = lang !== 'zh' && lang !== 'ru';
  for (const s of sentences) {
    LATIN_SEQ.lastIndex = 0;
    for (let m = LATIN_SEQ.exec(s.text); m; m = LATIN_SEQ.exec(s.text)) {
      let name = m[0].replace(/(?:['’]s)?[.'’\-]*$/u, '');
      let start = s.start + m.index;
      // Only punctuation, a quote mark or a live-blog stamp before it ("\"You have been", "09:40 UTC — Reports say"):
      // the word opens its sentence and its capital proves nothing.
      const atSentenceStart = m.index === 0 || CLAUSE_OPENING.test(s.text.slice(0, m.index));
      // "The" inside a sentence is part of a name ("in The Wall Street Journal"); at its start it is not.
      while (atSentenceStart && LEADING_STOP.test(name)) {
        const cut = name.length - name.replace(LEADING_STOP, '').length;
        name = name.slice(cut);
        start += cut;
      }
      // "le Centre" after a stripped opener: particles never start a name.
      const lead = /^(?:(?:of|for|and|de|du|des|la|le|für)\s+)+/u.exec(name);
      if (lead) {
        name = name.slice(lead[0].length);
        start += lead[0].length;
      }
      if (!name || !free(start, start + name.length)) continue;
      const words = name.split(/\s+/);
      const acronym = /^[A-Z][A-Z0-9&\-]{1,7}$/.test(name);
      const marked = /[A-Z].*[A-Z]|\d|-/.test(name.slice(1)) && !/\s/.test(name);
      if (!latinText && !acronym && !marked) continue;
      if (lang === 'vi' && !acronym && !marked && !/^[A-Za-z ]+$/.test(name)) continue;
      if (lang === 'vi' && words.length > 1 && !/^[A-Za-z0-9 &\-]+$/.test(name)) continue;
      // German capitalises every noun: only acronyms and marked names ("T-Mobile") are organisations there.
      if (lang === 'de' && !acronym && !marked) continue;
      const speaks = SAYS_NEXT.test(s.text.slice(m.index + m[0].length));
      if (words.length === 1 && !acronym && !marked && ((atSentenceStart && !speaks) || CALENDAR.test(name) || lang === 'vi')) continue;
      if (words.length === 1 && (/^(?:I|A|Ms|Mr|Mrs|Dr|U\.S|UN)$/.test(name) || LEADING_STOP.test(`${name} `) || NOT_ORGANIZATION_WORDS.has(name))) continue;
      // "DDoS-атаке", "DDoS-Angriff", "VPN-Server": a technical word compounded with a common noun names no body.
      if (words.length === 1 && NOT_ORGANIZATION_WORDS.has(name.split(/[-‐]/u)[0]!)) continue;
      name = name.replace(UNIT_SUFFIX, '');
      out.push({ start, end: start + name.length, kind: 'organization', value: name });
    }
    if (!latinText) {
      CYR_ACRONYM.lastIndex = 0;
      for (let m = CYR_ACRONYM.exec(s.text); m; m = CYR_ACRONYM.exec(s.text)) {
        const start = s.start + m.index;
        if (free(start, start + m[0].length) && !out.some((o) => o.start === start) && !NOT_ORGANIZATION_WORDS.has(m[0])) {
          out.push({ start, end: start + m[0].length, kind: 'organization', value: m[0] });
        }
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  linkShortForms(out);
  return out;
}

/** "the Journal" after "The Wall Street Journal": same organisation, the longer name wins. */
function linkShortForms(orgs: PartyMention[]): void {
  for (const [i, o] of orgs.entries()) {
    if (o.value.includes(' ')) continue;
    const longer = orgs.slice(0, i).reverse().find((p) => p.value.includes(' ') && p.value.split(/\s+/).pop() === o.value);
    if (longer) o.value = longer.value;
  }
}

/**
 * Acronyms defined in parentheses next to a state: "the French agency (ANSSI)",
 * "Cơ quan Tình báo Pháp (DGSE)". Returns acronym -> alpha-2.
 */
export function acronymCountries(text: string, countries: PartyMention[]): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\((\p{Lu}[\p{Lu}\d&\-]{1,9})\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = Math.max(0, m.index - 90);
    const before = text.slice(from, m.index);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(','), before.lastIndexOf('\n'), before.lastIndexOf('，'));
    const lo = from + (cut >= 0 ? cut + 1 : 0);
    const c = countries.filter((p) => p.kind === 'country' && p.start >= lo && p.end <= m!.index).pop();
    const acronym = m[1]!;
    if (c && !out.has(acronym)) out.set(acronym, c.value);
  }
  return out;
}
