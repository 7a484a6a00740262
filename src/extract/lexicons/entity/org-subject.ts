/**
 * What tells an organisation from a person when a capitalised run of words is the subject of a speech
 * verb and nothing else (no role, no honorific) says it is a person: the pronoun that later refers
 * back to it, the number of the verb it agrees with, and in Russian the adjectival form of its first
 * word. Regular-expression sources, compiled like the cue lexicons (whole words).
 */
import { compileCues } from '../index.ts';

export interface OrgSubjectProfile {
  /**
   * Possessives that refer back only to an organisation or to several ("its", "their", "leurs", "их").
   * Words that also refer to one person ("ihre", "sus", "son") are not listed, nor are subject
   * pronouns ("they", "ils"), which a speaker uses of the people they speak about.
   */
  orgRefs: string[];
  /** Pronouns and possessives that refer back only to a person ("he", "his", "er", "sein", "él"). */
  personRefs: string[];
  /**
   * Verb forms right after the subject that agree with a plural subject ("erklärten", "ont déclaré",
   * "informaron", "сообщили"): one person's name never takes them.
   */
  pluralVerbs: string[];
}

export const ORG_SUBJECT: Record<string, OrgSubjectProfile> = {
  en: {
    orgRefs: ['its', 'their'],
    personRefs: ['he', 'his', 'him', 'she', 'her', 'hers', 'himself', 'herself'],
    pluralVerbs: [],
  },
  de: {
    orgRefs: [],
    personRefs: ['er', 'sein', 'seine[mnrs]?', 'ihm'],
    pluralVerbs: ['\\p{Ll}+ten', 'sagen', 'haben', 'hätten', 'teilen'],
  },
  fr: {
    orgRefs: ['leurs'],
    personRefs: [],
    pluralVerbs: ['ont', 'auraient', 'avaient'],
  },
  es: {
    orgRefs: [],
    personRefs: ['él'],
    pluralVerbs: ['\\p{Ll}+(?:aron|ieron)', 'han', 'habían'],
  },
  ru: {
    orgRefs: ['их'],
    personRefs: [],
    pluralVerbs: ['\\p{Ll}+ли'],
  },
};

/**
 * Endings of a Russian adjective in the nominative ("Новая", "Кварцевые", "Северный"): a first word
 * so formed opens the name of a newspaper or a company, not a given name ("Дмитрий" ends otherwise).
 */
export const RU_ADJECTIVE_FIRST = /^\p{Lu}\p{Ll}+(?:ая|яя|ое|ее|ые|ие|ый)$/u;

export interface CompiledOrgSubject {
  orgRefs: RegExp | null;
  personRefs: RegExp | null;
  pluralVerbs: RegExp | null;
}

const compiled = new Map<string, CompiledOrgSubject | null>();

/** The language's words compiled once. */
export function orgSubjectFor(lang: string): CompiledOrgSubject | null {
  let c = compiled.get(lang);
  if (c === undefined) {
    const p = ORG_SUBJECT[lang];
    c = p ? { orgRefs: compileCues(p.orgRefs), personRefs: compileCues(p.personRefs), pluralVerbs: compileCues(p.pluralVerbs) } : null;
    compiled.set(lang, c);
  }
  return c;
}
