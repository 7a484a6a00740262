/** Date words by language (en, vi, zh, ru, fr, de, es); see types.ts. */
import type { DateWords } from './types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

export type { DateWords } from './types.ts';

export const DATE_WORDS: Readonly<Record<string, DateWords>> = { en, vi, zh, ru, fr, de, es };
