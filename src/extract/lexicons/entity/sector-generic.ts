/**
 * Phrases in which a sector word names a thing every organisation has, not the sector: "social
 * media", "removable media", "internal communications", "its IT infrastructure", "mạng xã hội",
 * "社交媒体", "ИТ-инфраструктура"; or an event or office of the press, which names where a
 * statement was made or who made it, not a target ("a press conference", "point de presse",
 * "пресс-служба", "họp báo", "新闻发布会"); or a kind of data, record or malware that a sector word
 * qualifies, which names what was stolen or used, not who was hit ("bank account numbers",
 * "coordonnées bancaires", "банковских счетов", "tài khoản ngân hàng", "banking trojan"); or, in
 * English, a state left unnamed ("would not wait for a government to name the culprit", "have not
 * named a government") and the business of supplying one ("a government contractor"). A
 * sector mention inside one of them is no target. Read only by targeted-sector salience.
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_GENERIC: Record<string, string[]> = {
  en: ['social media', '(?:removable|storage) media', '(?:internal|suspicious|encrypted|private|official) communications', 'IT (?:infrastructure|systems?|networks?|department|staff|teams?|equipment|environment)', 'press (?:conferences?|briefings?|releases?|statements?|office|service)', 'news (?:conferences?|briefings?)', 'media (?:briefings?|wing|office|relations)', '(?:a|any|another|no) government', 'government contract(?:or)?s?', '(?:bank|banking) (?:accounts?|account numbers?|account details|details|cards?|credentials|information|records|statements|trojans?|malware)', 'financial (?:data|information|records|details|documents|accounts)', 'shipping (?:information|data|records|documents)'],
  de: ['soziale\\p{L}* Medien', 'Wechseldatenträger', 'interne\\p{L}* Kommunikation', 'IT-(?:Infrastruktur|Systeme?|Abteilung)\\p{L}*', 'Pressekonferenz\\p{L}*', 'Pressemitteilung\\p{L}*', 'Pressestelle\\p{L}*', 'Pressesprecher\\p{L}*', 'Pressebriefing\\p{L}*', 'Bankdaten', 'Kontodaten', 'Bankkont(?:o|en)\\p{L}*', 'Bankverbindung\\p{L}*', 'Banking-Trojaner\\p{L}*', 'Bankentrojaner\\p{L}*', 'Finanzdaten'],
  fr: ['médias sociaux', 'supports amovibles', 'communications internes', 'infrastructures? informatiques?', 'systèmes? informatiques?', 'conférences? de presse', 'points? de presse', 'communiqués? de presse', 'services? de presse', 'attachée?s? de presse', 'coordonnées bancaires', 'comptes? bancaires?', 'données (?:bancaires|financières)', 'cartes? bancaires?', 'chevaux de Troie bancaires', 'cheval de Troie bancaire', 'informations (?:bancaires|financières)', 'relevés bancaires'],
  es: ['medios sociales', 'medios extraíbles', 'comunicaciones internas', 'infraestructuras? (?:informáticas?|de TI)', 'sistemas? informáticos?', 'ruedas? de prensa', 'conferencias? de prensa', 'notas? de prensa', 'comunicados? de prensa', 'oficinas? de prensa', 'cuentas? bancarias?', 'datos (?:bancarios|financieros)', 'tarjetas? bancarias?', 'troyanos? bancarios?', 'información (?:bancaria|financiera)'],
  ru: ['социальн\\p{L}* (?:медиа|сет\\p{L}*)', 'соцсет\\p{L}*', 'внутренн\\p{L}* (?:коммуникаци|связ)\\p{L}*', 'ИТ-инфраструктур\\p{L}*', 'IT-инфраструктур\\p{L}*', 'пресс-конференци\\p{L}*', 'пресс-релиз\\p{L}*', 'пресс-служб\\p{L}*', 'брифинг\\p{L}* для (?:СМИ|журналист\\p{L}*)', 'банковск\\p{L}* (?:сч[её]т\\p{L}*|карт\\p{L}*|данн\\p{L}*|реквизит\\p{L}*|троян\\p{L}*)', 'финансов\\p{L}* (?:данн\\p{L}*|информаци\\p{L}*|документ\\p{L}*|отч[её]т\\p{L}*)'],
  vi: ['mạng xã hội', 'truyền thông xã hội', 'hạ tầng CNTT', 'hệ thống CNTT', 'hạ tầng công nghệ thông tin', 'liên lạc nội bộ', 'thông cáo báo chí', '(?:cuộc |buổi )?họp báo', 'thông cáo (?:gửi )?(?:các )?cơ quan báo chí', '(?:số )?tài khoản ngân hàng', 'thẻ ngân hàng', '(?:dữ liệu|thông tin|hồ sơ) tài chính', 'tài chính cá nhân', 'trojan ngân hàng'],
  zh: ['社交媒体', '社交媒體', '社群媒體', 'IT基础设施', 'IT基礎設施', '内部通信', '內部通訊', '新闻发布会', '新聞發布會', '记者会', '記者會', '新闻稿', '新聞稿', '媒体吹风会', '新闻办公室', '银行账户', '銀行帳戶', '银行账号', '銀行帳號', '银行卡', '銀行卡', '金融数据', '金融資料', '财务数据', '財務資料', '银行木马', '銀行木馬'],
};

export const sectorGenericFor = cuesPerLanguage(SECTOR_GENERIC);
