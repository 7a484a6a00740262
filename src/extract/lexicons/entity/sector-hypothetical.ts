/**
 * Words that make a clause tell what could happen, not what did ("could disrupt banks", "могло бы
 * привести к перебоям в работе банков", "có thể khiến ... cung cấp điện bị gián đoạn"): a sector
 * named after them in the same sentence is one that "could" be hit, which the labelling convention
 * leaves out. Read only by targeted-sector salience.
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_HYPOTHETICAL: Record<string, string[]> = {
  en: ['could(?! have)', 'would(?! have)', 'might(?! have)', 'if (?:successful|left unchecked)', 'will continue', '(?:is|are) (?:highly )?likely to'],
  de: ['könnte\\p{L}*', 'würde\\p{L}*', 'hätte\\p{L}*'],
  fr: ['pourrai\\p{L}*', 'pourrion\\p{L}*', 'risquerai\\p{L}*'],
  es: ['podría\\p{L}*', 'podrían', 'pudiera\\p{L}*'],
  ru: ['могло бы', 'могли бы привести', 'может привести', 'могут привести'],
  vi: ['có thể khiến', 'có thể gây', 'có thể dẫn', 'nếu bị'],
  zh: ['可能导致', '可能導致', '可能造成', '一旦', '如果'],
};

export const sectorHypotheticalFor = cuesPerLanguage(SECTOR_HYPOTHETICAL);
