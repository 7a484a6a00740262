/**
 * Companies and public bodies that news names as the victims of state operations, each with the
 * sector it belongs to: "Salt Typhoon breached AT&T and Verizon" is the telecommunications sector
 * even though the word never appears. Only organisations that are typically targets are listed:
 * wire agencies (Reuters, AFP, TASS...), security vendors and platform companies are nearly always
 * the source of a story, never its victim, and stay out. Names that are also common words
 * ("Orange", "Three", "Sky") are listed only in their unambiguous long form.
 */
export interface CompanySpec {
  key: string;
  name: string;
  /** One of the sector slugs of sectors.ts. */
  sector: string;
  /** Other names, by language (`und` for names written the same everywhere). */
  aliases?: Partial<Record<'en' | 'vi' | 'zh' | 'ru' | 'fr' | 'de' | 'es' | 'und', string[]>>;
}

export const COMPANIES: CompanySpec[] = [
  // Telecommunications carriers.
  { key: 'att', name: 'AT&T', sector: 'telecommunications' },
  { key: 'verizon', name: 'Verizon', sector: 'telecommunications', aliases: { en: ['Verizon Communications'], zh: ['威瑞森'] } },
  { key: 'lumen', name: 'Lumen', sector: 'telecommunications', aliases: { und: ['Lumen Technologies'] } },
  { key: 't-mobile', name: 'T-Mobile', sector: 'telecommunications', aliases: { zh: ['T-Mobile美国'] } },
  { key: 'charter', name: 'Charter Communications', sector: 'telecommunications' },
  { key: 'windstream', name: 'Windstream', sector: 'telecommunications' },
  { key: 'consolidated', name: 'Consolidated Communications', sector: 'telecommunications' },
  { key: 'china-telecom', name: 'China Telecom', sector: 'telecommunications', aliases: { zh: ['中国电信'], vi: ['China Telecom'], ru: ['China Telecom'] } },
  { key: 'china-mobile', name: 'China Mobile', sector: 'telecommunications', aliases: { zh: ['中国移动'] } },
  { key: 'china-unicom', name: 'China Unicom', sector: 'telecommunications', aliases: { zh: ['中国联通'] } },
  { key: 'viettel', name: 'Viettel', sector: 'telecommunications', aliases: { vi: ['Tập đoàn Viễn thông Quân đội'] } },
  { key: 'vnpt', name: 'VNPT', sector: 'telecommunications', aliases: { vi: ['Tập đoàn Bưu chính Viễn thông Việt Nam'] } },
  { key: 'kyivstar', name: 'Kyivstar', sector: 'telecommunications', aliases: { ru: ['Киевстар'], vi: ['Kyivstar'] } },
  { key: 'ukrtelecom', name: 'Ukrtelecom', sector: 'telecommunications', aliases: { ru: ['Укртелеком'] } },
  { key: 'rostelecom', name: 'Rostelecom', sector: 'telecommunications', aliases: { ru: ['Ростелеком', 'Ростелекома'] } },
  { key: 'deutsche-telekom', name: 'Deutsche Telekom', sector: 'telecommunications' },
  { key: 'orange', name: 'Orange S.A.', sector: 'telecommunications', aliases: { fr: ['opérateur Orange'] } },
  { key: 'telstra', name: 'Telstra', sector: 'telecommunications' },
  { key: 'singtel', name: 'Singtel', sector: 'telecommunications' },
  { key: 'sk-telecom', name: 'SK Telecom', sector: 'telecommunications' },
  { key: 'bt', name: 'BT Group', sector: 'telecommunications', aliases: { en: ['British Telecom'] } },
  { key: 'vodafone', name: 'Vodafone', sector: 'telecommunications' },
  { key: 'belgacom', name: 'Belgacom', sector: 'telecommunications', aliases: { en: ['Proximus'] } },
  // Broadcasters and newspapers that were themselves attacked (news agencies are sources, see above).
  { key: 'tv5monde', name: 'TV5Monde', sector: 'media', aliases: { und: ['TV5 Monde', 'TV5MONDE', 'TV5'] } },
  { key: 'bbc', name: 'BBC', sector: 'media' },
  { key: 'cnn', name: 'CNN', sector: 'media' },
  { key: 'nyt', name: 'The New York Times', sector: 'media', aliases: { en: ['New York Times'], zh: ['纽约时报', '《纽约时报》'], ru: ['New York Times', 'Нью-Йорк таймс'], vi: ['New York Times', 'Thời báo New York'] } },
  { key: 'wapo', name: 'The Washington Post', sector: 'media', aliases: { en: ['Washington Post'], zh: ['华盛顿邮报', '《华盛顿邮报》'], vi: ['Washington Post', 'Bưu điện Washington'] } },
  { key: 'wsj', name: 'The Wall Street Journal', sector: 'media', aliases: { en: ['Wall Street Journal', 'WSJ'], zh: ['华尔街日报', '《华尔街日报》'] } },
  { key: 'al-jazeera', name: 'Al Jazeera', sector: 'media', aliases: { zh: ['半岛电视台'], ru: ['Аль-Джазира'] } },
  { key: 'sony-pictures', name: 'Sony Pictures', sector: 'media', aliases: { en: ['Sony Pictures Entertainment'] } },
  { key: 'news-corp', name: 'News Corp', sector: 'media' },
  // Energy, transport and finance victims of well-known operations.
  { key: 'colonial-pipeline', name: 'Colonial Pipeline', sector: 'energy' },
  { key: 'ukrenergo', name: 'Ukrenergo', sector: 'energy', aliases: { ru: ['Укрэнерго'] } },
  { key: 'saudi-aramco', name: 'Saudi Aramco', sector: 'energy', aliases: { en: ['Aramco'] } },
  { key: 'bangladesh-bank', name: 'Bangladesh Bank', sector: 'finance', aliases: { vi: ['Ngân hàng Trung ương Bangladesh'], zh: ['孟加拉国央行'] } },
  { key: 'swift', name: 'SWIFT', sector: 'finance' },
  { key: 'maersk', name: 'Maersk', sector: 'transportation', aliases: { en: ['A.P. Moller-Maersk'] } },
  // State railways named after their state: "Russian Railways" is the company, not Russia.
  { key: 'rzd', name: 'Russian Railways', sector: 'transportation', aliases: { und: ['RZD'], ru: ['РЖД', 'Российские железные дороги', 'Российских железных дорог'], de: ['Russische Eisenbahnen', 'Russischen Eisenbahnen', 'Russische Staatsbahn', 'Russischen Staatsbahn'], fr: ['Chemins de fer russes', 'chemins de fer russes'], vi: ['Đường sắt Nga', 'Công ty Đường sắt Nga'], zh: ['俄罗斯铁路公司', '俄铁'], es: ['Ferrocarriles Rusos', 'Ferrocarriles de Rusia'] } },
  { key: 'bch', name: 'Belarusian Railways', sector: 'transportation', aliases: { ru: ['Белорусская железная дорога', 'Белорусской железной дороги', 'БЖД'], de: ['Belarussische Eisenbahn', 'Belarussischen Eisenbahn', 'Belarussische Staatsbahn', 'Belarussischen Staatsbahn'], fr: ['Chemins de fer biélorusses', 'chemins de fer biélorusses'], es: ['Ferrocarriles Bielorrusos', 'Ferrocarril Bielorruso'], vi: ['Đường sắt Belarus'], zh: ['白俄罗斯铁路'] } },
  { key: 'uz', name: 'Ukrzaliznytsia', sector: 'transportation', aliases: { en: ['Ukrainian Railways'], ru: ['Укрзализныця', 'Укрзалізниця'], de: ['Ukrainische Eisenbahn', 'Ukrainischen Eisenbahn', 'Ukrainische Staatsbahn', 'Ukrainischen Staatsbahn'], fr: ['Chemins de fer ukrainiens', 'chemins de fer ukrainiens'], es: ['Ferrocarriles Ucranianos'], vi: ['Đường sắt Ukraine'], zh: ['乌克兰铁路'] } },
  { key: 'nhs', name: 'NHS', sector: 'healthcare', aliases: { en: ['National Health Service'] } },
  // Technology companies breached to reach their customers.
  { key: 'solarwinds', name: 'SolarWinds', sector: 'technology', aliases: { zh: ['太阳风'] } },
  // Universities a state is accused of breaking into.
  { key: 'nwpu', name: 'Northwestern Polytechnical University', sector: 'education', aliases: { zh: ['西北工业大学'], vi: ['Đại học Bách khoa Tây Bắc', 'Đại học Công nghiệp Tây Bắc'], fr: ['université polytechnique du Nord-Ouest'], ru: ['Северо-Западный политехнический университет'] } },
];
