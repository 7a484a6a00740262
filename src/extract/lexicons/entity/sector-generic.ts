/**
 * Phrases in which a sector word names a thing every organisation has, not the sector: "social
 * media", "removable media", "internal communications", "its IT infrastructure", "mạng xã hội",
 * "社交媒体", "ИТ-инфраструктура"; or an event or office of the press, which names where a
 * statement was made or who made it, not a target ("a press conference", "point de presse",
 * "пресс-служба", "họp báo", "新闻发布会"). A sector mention inside one of them is no target. Read
 * only by targeted-sector salience.
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_GENERIC: Record<string, string[]> = {
  en: ['social media', '(?:removable|storage) media', '(?:internal|suspicious|encrypted|private|official) communications', 'IT (?:infrastructure|systems?|networks?|department|staff|teams?|equipment|environment)', 'press (?:conferences?|briefings?|releases?|statements?|office|service)', 'news (?:conferences?|briefings?)', 'media (?:briefings?|wing|office|relations)'],
  de: ['soziale\\p{L}* Medien', 'Wechseldatenträger', 'interne\\p{L}* Kommunikation', 'IT-(?:Infrastruktur|Systeme?|Abteilung)\\p{L}*', 'Pressekonferenz\\p{L}*', 'Pressemitteilung\\p{L}*', 'Pressestelle\\p{L}*', 'Pressesprecher\\p{L}*', 'Pressebriefing\\p{L}*'],
  fr: ['médias sociaux', 'supports amovibles', 'communications internes', 'infrastructures? informatiques?', 'systèmes? informatiques?', 'conférences? de presse', 'points? de presse', 'communiqués? de presse', 'services? de presse', 'attachée?s? de presse'],
  es: ['medios sociales', 'medios extraíbles', 'comunicaciones internas', 'infraestructuras? (?:informáticas?|de TI)', 'sistemas? informáticos?', 'ruedas? de prensa', 'conferencias? de prensa', 'notas? de prensa', 'comunicados? de prensa', 'oficinas? de prensa'],
  ru: ['социальн\\p{L}* (?:медиа|сет\\p{L}*)', 'соцсет\\p{L}*', 'внутренн\\p{L}* (?:коммуникаци|связ)\\p{L}*', 'ИТ-инфраструктур\\p{L}*', 'IT-инфраструктур\\p{L}*', 'пресс-конференци\\p{L}*', 'пресс-релиз\\p{L}*', 'пресс-служб\\p{L}*', 'брифинг\\p{L}* для (?:СМИ|журналист\\p{L}*)'],
  vi: ['mạng xã hội', 'truyền thông xã hội', 'hạ tầng CNTT', 'hệ thống CNTT', 'hạ tầng công nghệ thông tin', 'liên lạc nội bộ', 'thông cáo báo chí', '(?:cuộc |buổi )?họp báo', 'thông cáo (?:gửi )?(?:các )?cơ quan báo chí'],
  zh: ['社交媒体', '社交媒體', '社群媒體', 'IT基础设施', 'IT基礎設施', '内部通信', '內部通訊', '新闻发布会', '新聞發布會', '记者会', '記者會', '新闻稿', '新聞稿', '媒体吹风会', '新闻办公室'],
};

export const sectorGenericFor = cuesPerLanguage(SECTOR_GENERIC);
