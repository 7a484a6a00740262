/**
 * Phrases in which a sector word names a thing every organisation has, not the sector: "social
 * media", "removable media", "internal communications", "its IT infrastructure", "mạng xã hội",
 * "社交媒体", "ИТ-инфраструктура". A sector mention inside one of them is no target. Read only by
 * targeted-sector salience.
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_GENERIC: Record<string, string[]> = {
  en: ['social media', '(?:removable|storage) media', '(?:internal|suspicious|encrypted|private|official) communications', 'IT (?:infrastructure|systems?|networks?|department|staff|teams?|equipment|environment)'],
  de: ['soziale\\p{L}* Medien', 'Wechseldatenträger', 'interne\\p{L}* Kommunikation', 'IT-(?:Infrastruktur|Systeme?|Abteilung)\\p{L}*'],
  fr: ['médias sociaux', 'supports amovibles', 'communications internes', 'infrastructures? informatiques?', 'systèmes? informatiques?'],
  es: ['medios sociales', 'medios extraíbles', 'comunicaciones internas', 'infraestructuras? (?:informáticas?|de TI)', 'sistemas? informáticos?'],
  ru: ['социальн\\p{L}* (?:медиа|сет\\p{L}*)', 'соцсет\\p{L}*', 'внутренн\\p{L}* (?:коммуникаци|связ)\\p{L}*', 'ИТ-инфраструктур\\p{L}*', 'IT-инфраструктур\\p{L}*'],
  vi: ['mạng xã hội', 'truyền thông xã hội', 'hạ tầng CNTT', 'hệ thống CNTT', 'hạ tầng công nghệ thông tin', 'liên lạc nội bộ'],
  zh: ['社交媒体', '社交媒體', '社群媒體', 'IT基础设施', 'IT基礎設施', '内部通信', '內部通訊'],
};

export const sectorGenericFor = cuesPerLanguage(SECTOR_GENERIC);
