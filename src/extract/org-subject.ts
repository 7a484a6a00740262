/**
 * Metonymy of the speaking organisation: a company, an outlet or a lab speaks as a person does
 * ("Velmora Systeme erklärte", "Новая Газета сообщила"), so a capitalised two-word subject of a speech
 * verb is a person only if nothing marks it as an organisation. Called for runs whose only evidence of
 * a person is their speech (no role, no honorific): a known source's exact name, a plural verb
 * agreeing with the run, a Russian adjective opening it, its own acronym in brackets after it, a word
 * companies are named with closing it ("Steel", "Airlines"), or a possessive referring back to an
 * organisation after the verb, before any that refers back to a person, makes it an organisation.
 */
import { execFrom } from './lexicons/index.ts';
import { orgSubjectFor, RU_ADJECTIVE_FIRST } from './lexicons/entity/org-subject.ts';
import { isSourceForm } from './source-forms.ts';
import { COMPANY_NAME_TAILS } from './lexicons/entity/company-names.ts';

const COMPANY_TAIL_END = new RegExp(`[ \\u00a0](?:${COMPANY_NAME_TAILS.join('|')})$`, 'u');
import type { Span } from './types.ts';

export function organisationSubject(text: string, lang: string, say: RegExp | null, s: Span, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (isSourceForm(name)) return true;
  if (lang === 'ru' && RU_ADJECTIVE_FIRST.test(name.split(/\s+/u)[0] ?? '')) return true;
  // "Computer Emergency Response Team (MyCERT) has warned": a body's acronym in brackets after it; "Khuzestan Steel
  // erklärte": a word companies are named with closing it.
  // The acronym must abbreviate the run itself: a person's affiliation may stand in brackets too ("Jane Holloway (MIT)").
  const acronym = /^\s*[(（]\s*(\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*)\s*[)）]/u.exec(text.slice(end, end + 20))?.[1];
  const initials = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (acronym && initials.length >= 2 && acronym.replace(/[^\p{Lu}]/gu, '').includes(initials)) return true;
  if (COMPANY_TAIL_END.test(name)) return true;
  const w = orgSubjectFor(lang);
  if (!w) return false;
  const rest = text.slice(end, s.end);
  const plural = w.pluralVerbs ? execFrom(w.pluralVerbs, rest) : null;
  if (plural && /^[\s\u00a0]*$/u.test(rest.slice(0, plural.index))) return true;
  // Only what follows the verb refers back to the subject: "X, one of its authors, said" names a person.
  const verb = say ? execFrom(say, rest) : null;
  if (!verb) return false;
  const after = rest.slice(verb.index + verb[0].length);
  const org = w.orgRefs ? execFrom(w.orgRefs, after) : null;
  if (!org) return false;
  const person = w.personRefs ? execFrom(w.personRefs, after) : null;
  return !person || person.index > org.index;
}
