/**
 * Possessive determiners that make the name after them a thing someone owns ("its Known Exploited
 * Vulnerabilities catalog", "su catálogo X", "seinen Katalog X", "свой каталог X"), and markers
 * after a name that do the same ("danh mục X của mình", "其X目录"): a catalogue, a product or a
 * programme, neither the subject that acts nor whom it addresses. `OWNER_BEFORE` stand at most a
 * common noun before the name; `OWNER_AFTER` right after it. Read by claims/parties.ts (ownedName).
 */
import { cuesPerLanguage } from '../index.ts';

export const OWNER_BEFORE: Record<string, string[]> = {
  en: ['its', 'their'],
  fr: ['son', 'sa', 'ses', 'leur', 'leurs'],
  es: ['su', 'sus'],
  de: ['seine[nmrs]?', 'ihre[nmrs]?'],
  ru: ['сво(?:й|его|ему|ём|ем|им|ей|ю|я|и|их|ими)'],
  zh: ['其'],
};

export const OWNER_AFTER: Record<string, string[]> = {
  vi: ['của mình', 'của họ'],
};

export const ownerBeforeFor = cuesPerLanguage(OWNER_BEFORE);
export const ownerAfterFor = cuesPerLanguage(OWNER_AFTER);
