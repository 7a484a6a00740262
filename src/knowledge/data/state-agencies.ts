/**
 * State bodies that speak in cyber news beyond the usual few: national CERTs and cyber agencies,
 * intelligence and security services, police cyber units, regulators and foreign ministries. Each is
 * tied to its state (ISO alpha-2), with its official name, its usual short forms and the renderings the
 * profiles' languages write it in. Written by OpsTrack from the bodies' own public names.
 *
 * Short forms two states' bodies share ("NCA", "NCSA") are given to both: the state named nearby decides
 * which one speaks (shared-names.ts in the extractor); with neither named, the first-ranked one keeps it. Short forms
 * that are also common words or other well-known names (PST, CSA, SSA, RIA, BIS) are left out; so are
 * forms that contain the state's own name, which stay a bare name plus a mention of the state.
 */
import type { OrgSpec } from './group-list.ts';

export const STATE_AGENCIES: OrgSpec[] = [
  // Gulf and Middle East
  { key: 'sa-nca', name: 'National Cybersecurity Authority', c: 'SA', aliases: { und: ['NCA'], fr: ['Autorité nationale de cybersécurité'], es: ['Autoridad Nacional de Ciberseguridad'] } },
  { key: 'qa-ncsa', name: 'National Cyber Security Agency of Qatar', c: 'QA', aliases: { und: ['NCSA'] } },
  { key: 'ae-cert', name: 'aeCERT', c: 'AE', aliases: { en: ['UAE Cybersecurity Council', 'UAE Cyber Security Council'] } },
  { key: 'ir-pdo', name: 'Passive Defense Organization', c: 'IR', aliases: { en: ['Passive Defence Organization'], ru: ['Организация пассивной обороны', 'Организации пассивной обороны'], fr: ['Organisation de la défense passive'], es: ['Organización de Defensa Pasiva'] } },
  { key: 'il-idf', name: 'Israel Defense Forces', c: 'IL', aliases: { und: ['IDF'], ru: ['ЦАХАЛ'], fr: ['Tsahal'], zh: ['以军', '以色列国防军'], 'zh-Hant': ['以軍'] } },
  { key: 'il-shabak', name: 'Israel Security Agency', c: 'IL', aliases: { und: ['Shabak'], ru: ['ШАБАК', 'Шабак', 'Шин Бет'], fr: ['Shin Beth'], zh: ['辛贝特'] } },
  // South and Central Asia
  { key: 'pk-ispr', name: 'Inter-Services Public Relations', c: 'PK', aliases: { und: ['ISPR'] } },
  { key: 'pk-isi', name: 'Inter-Services Intelligence', c: 'PK', aliases: { und: ['ISI'], ru: ['Межведомственная разведка'] } },
  { key: 'pk-pta', name: 'Pakistan Telecommunication Authority', c: 'PK', aliases: { und: ['PTA'] } },
  { key: 'in-mea', name: 'Ministry of External Affairs', c: 'IN', aliases: { und: ['MEA'] } },
  { key: 'in-i4c', name: 'Indian Cyber Crime Coordination Centre', c: 'IN', aliases: { und: ['I4C'] } },
  { key: 'kz-knb', name: 'National Security Committee of Kazakhstan', c: 'KZ', aliases: { ru: ['КНБ', 'Комитет национальной безопасности', 'Комитета национальной безопасности'], und: ['KNB'] } },
  { key: 'kz-cert', name: 'KZ-CERT', c: 'KZ' },
  { key: 'kg-gknb', name: 'State Committee for National Security of Kyrgyzstan', c: 'KG', aliases: { ru: ['ГКНБ'], und: ['GKNB'] } },
  // East and Southeast Asia
  { key: 'kr-msit', name: 'Ministry of Science and ICT', c: 'KR', aliases: { und: ['MSIT'], ru: ['Министерство науки и ИКТ'] } },
  { key: 'kr-cert', name: 'KrCERT/CC', c: 'KR', aliases: { und: ['KrCERT'] } },
  { key: 'tw-moda', name: 'Ministry of Digital Affairs of Taiwan', c: 'TW', aliases: { und: ['moda'], 'zh-Hant': ['數位發展部', '數發部'], zh: ['数字发展部', '數位發展部'] } },
  { key: 'tw-ey', name: 'Executive Yuan', c: 'TW', aliases: { 'zh-Hant': ['行政院'], zh: ['行政院'] } },
  { key: 'hk-cert', name: 'HKCERT', c: 'HK', aliases: { en: ['Hong Kong Computer Emergency Response Team Coordination Centre'] } },
  { key: 'sg-csa', name: 'Cyber Security Agency of Singapore', c: 'SG', aliases: { und: ['SingCERT'] } },
  { key: 'th-ncsa', name: 'National Cyber Security Agency of Thailand', c: 'TH', aliases: { und: ['NCSA', 'ThaiCERT'] } },
  { key: 'my-nacsa', name: 'NACSA', c: 'MY', aliases: { en: ['National Cyber Security Agency of Malaysia'], ru: ['Национальное агентство кибербезопасности Малайзии'] } },
  { key: 'my-cybersecurity', name: 'CyberSecurity Malaysia', c: 'MY' },
  { key: 'ph-cicc', name: 'Cybercrime Investigation and Coordinating Center', c: 'PH', aliases: { und: ['CICC'] } },
  { key: 'vn-cyber-command', name: 'Vietnam Cyber Command', c: 'VN', aliases: { vi: ['Bộ Tư lệnh 86', 'Bộ Tư lệnh Tác chiến không gian mạng'], en: ['Command 86'] } },
  // Europe
  { key: 'no-nsm', name: 'Norwegian National Security Authority', c: 'NO', aliases: { und: ['NSM', 'Nasjonal sikkerhetsmyndighet'] } },
  { key: 'no-pst', name: 'Norwegian Police Security Service', c: 'NO', aliases: { und: ['Politiets sikkerhetstjeneste'] } },
  { key: 'no-etjenesten', name: 'Norwegian Intelligence Service', c: 'NO', aliases: { und: ['Etterretningstjenesten'] } },
  { key: 'dk-cfcs', name: 'Danish Centre for Cyber Security', c: 'DK', aliases: { und: ['CFCS', 'Center for Cybersikkerhed'] } },
  { key: 'dk-fe', name: 'Danish Defence Intelligence Service', c: 'DK', aliases: { und: ['Forsvarets Efterretningstjeneste'] } },
  { key: 'dk-pet', name: 'Danish Security and Intelligence Service', c: 'DK', aliases: { und: ['Politiets Efterretningstjeneste'] } },
  { key: 'se-fra', name: 'National Defence Radio Establishment', c: 'SE', aliases: { und: ['Försvarets radioanstalt'] } },
  { key: 'se-msb', name: 'Swedish Civil Contingencies Agency', c: 'SE', aliases: { und: ['Myndigheten för samhällsskydd och beredskap'] } },
  { key: 'se-cert', name: 'CERT-SE', c: 'SE' },
  { key: 'fi-ncsc', name: 'National Cyber Security Centre Finland', c: 'FI', aliases: { und: ['NCSC-FI', 'Kyberturvallisuuskeskus'] } },
  { key: 'ee-ria', name: 'Estonian Information System Authority', c: 'EE', aliases: { und: ['Riigi Infosüsteemi Amet'] } },
  { key: 'ee-kapo', name: 'Estonian Internal Security Service', c: 'EE', aliases: { und: ['KAPO', 'Kaitsepolitseiamet'] } },
  { key: 'lv-cert', name: 'CERT.LV', c: 'LV' },
  { key: 'lv-vdd', name: 'State Security Service of Latvia', c: 'LV', aliases: { und: ['VDD', 'Valsts drošības dienests'] } },
  { key: 'lt-vsd', name: 'State Security Department of Lithuania', c: 'LT', aliases: { und: ['VSD', 'Valstybės saugumo departamentas'] } },
  { key: 'pl-skw', name: 'Military Counterintelligence Service', c: 'PL', aliases: { und: ['SKW', 'Służba Kontrwywiadu Wojskowego'] } },
  { key: 'pl-abw', name: 'Internal Security Agency of Poland', c: 'PL', aliases: { und: ['Agencja Bezpieczeństwa Wewnętrznego'], ru: ['АВБ', 'Агентство внутренней безопасности'] } },
  { key: 'pl-mc', name: 'Ministry of Digital Affairs of Poland', c: 'PL', aliases: { und: ['Ministerstwo Cyfryzacji'] } },
  { key: 'cz-bis', name: 'Security Information Service', c: 'CZ', aliases: { und: ['Bezpečnostní informační služba'] } },
  { key: 'sk-cert', name: 'SK-CERT', c: 'SK', aliases: { und: ['Národný bezpečnostný úrad'] } },
  { key: 'hu-nbsz', name: 'Special Service for National Security', c: 'HU', aliases: { und: ['NBSZ', 'Nemzetbiztonsági Szakszolgálat'] } },
  { key: 'hu-ah', name: 'Constitution Protection Office', c: 'HU', aliases: { und: ['Alkotmányvédelmi Hivatal'] } },
  { key: 'si-cert', name: 'SI-CERT', c: 'SI' },
  { key: 'bg-dans', name: 'State Agency for National Security', c: 'BG', aliases: { und: ['DANS'], ru: ['ДАНС'] } },
  { key: 'md-sis', name: 'Intelligence and Security Service of Moldova', c: 'MD', aliases: { und: ['Serviciul de Informații și Securitate'] } },
  { key: 'al-akcesk', name: 'National Authority for Electronic Certification and Cyber Security', c: 'AL', aliases: { und: ['AKCESK'] } },
  // Its English name is also South Korea's service's: the state named nearby decides (shared-names.ts).
  { key: 'gr-eyp', name: 'National Intelligence Service of Greece', c: 'GR', aliases: { und: ['EYP', 'ΕΥΠ'], en: ['National Intelligence Service'], fr: ['Service national de renseignement', 'Service national du renseignement'], es: ['Servicio Nacional de Inteligencia'], ru: ['Национальная служба разведки', 'Национальной службы разведки'] } },
  { key: 'it-acn', name: 'National Cybersecurity Agency of Italy', c: 'IT', aliases: { und: ['Agenzia per la Cybersicurezza Nazionale', 'CSIRT Italia'] } },
  { key: 'it-postale', name: 'Italian Postal Police', c: 'IT', aliases: { und: ['Polizia Postale'] } },
  { key: 'pt-cncs', name: 'National Cybersecurity Centre of Portugal', c: 'PT', aliases: { und: ['CNCS', 'Centro Nacional de Cibersegurança'] } },
  { key: 'ie-garda', name: 'Garda Síochána', c: 'IE', aliases: { und: ['An Garda Síochána', 'Gardaí'] } },
  { key: 'nl-ncsc', name: 'Nationaal Cyber Security Centrum', c: 'NL', aliases: { und: ['NCSC-NL'] } },
  { key: 'at-dsn', name: 'Directorate State Protection and Intelligence Service', c: 'AT', aliases: { de: ['DSN', 'Direktion Staatsschutz und Nachrichtendienst'] } },
  { key: 'ch-ndb', name: 'Federal Intelligence Service of Switzerland', c: 'CH', aliases: { und: ['NDB'], de: ['Nachrichtendienst des Bundes'], fr: ['Service de renseignement de la Confédération', 'SRC'] } },
  { key: 'de-mad', name: 'Military Counterintelligence Service of Germany', c: 'DE', aliases: { de: ['Militärischer Abschirmdienst', 'Militärischen Abschirmdienst', 'Militärischen Abschirmdienstes'] } },
  { key: 'de-bnetza', name: 'Federal Network Agency', c: 'DE', aliases: { de: ['Bundesnetzagentur'] } },
  { key: 'de-cir', name: 'Cyber and Information Domain Service', c: 'DE', aliases: { de: ['Kommando Cyber- und Informationsraum'] } },
  // Americas
  { key: 'br-gsi', name: 'Institutional Security Office', c: 'BR', aliases: { und: ['GSI', 'Gabinete de Segurança Institucional'], es: ['Gabinete de Seguridad Institucional'] } },
  { key: 'br-abin', name: 'Brazilian Intelligence Agency', c: 'BR', aliases: { und: ['ABIN', 'Abin', 'Agência Brasileira de Inteligência'], es: ['Agencia Brasileña de Inteligencia'], fr: ['Agence brésilienne de renseignement'], ru: ['АБИН'] } },
  { key: 'br-itamaraty', name: 'Itamaraty', c: 'BR', aliases: { en: ['Brazilian Ministry of Foreign Affairs'] } },
  { key: 'mx-sre', name: 'Secretariat of Foreign Affairs', c: 'MX', aliases: { und: ['SRE'], es: ['Secretaría de Relaciones Exteriores'] } },
  { key: 'cl-pdi', name: 'Investigations Police of Chile', c: 'CL', aliases: { es: ['PDI', 'Policía de Investigaciones'] } },
  { key: 'cl-anci', name: 'National Cybersecurity Agency of Chile', c: 'CL', aliases: { es: ['ANCI'] } },
  { key: 'ar-side', name: 'Secretariat of State Intelligence', c: 'AR', aliases: { es: ['Secretaría de Inteligencia del Estado', 'Agencia Federal de Inteligencia', 'AFI', 'SIDE'] } },
  { key: 'pe-dini', name: 'National Intelligence Directorate of Peru', c: 'PE', aliases: { es: ['DINI', 'Dirección Nacional de Inteligencia'] } },
  { key: 've-sebin', name: 'Bolivarian National Intelligence Service', c: 'VE', aliases: { und: ['SEBIN', 'Sebin'], es: ['Servicio Bolivariano de Inteligencia Nacional'] } },
  { key: 'co-colcert', name: 'colCERT', c: 'CO' },
  { key: 'ca-csis', name: 'Canadian Security Intelligence Service', c: 'CA', aliases: { fr: ['SCRS', 'Service canadien du renseignement de sécurité'] } },
  { key: 'us-secret-service', name: 'US Secret Service', c: 'US', aliases: { und: ['USSS'], en: ['Secret Service'] } },
  { key: 'us-fcc', name: 'Federal Communications Commission', c: 'US', aliases: { und: ['FCC'] } },
  // Oceania
  { key: 'au-asio', name: 'Australian Security Intelligence Organisation', c: 'AU', aliases: { und: ['ASIO'] } },
  { key: 'au-afp', name: 'Australian Federal Police', c: 'AU' },
  { key: 'nz-cert', name: 'CERT NZ', c: 'NZ' },
  { key: 'nz-nzsis', name: 'New Zealand Security Intelligence Service', c: 'NZ', aliases: { und: ['NZSIS'] } },
  // Africa
  { key: 'ng-cert', name: 'ngCERT', c: 'NG', aliases: { und: ['NITDA'], en: ['National Information Technology Development Agency'] } },
  { key: 'za-saps', name: 'South African Police Service', c: 'ZA', aliases: { und: ['SAPS'] } },
  { key: 'ke-ca', name: 'Communications Authority of Kenya', c: 'KE', aliases: { en: ['National Kenya Computer Incident Response Team'] } },
  { key: 'ma-dgssi', name: 'General Directorate of Information Systems Security', c: 'MA', aliases: { und: ['DGSSI'], fr: ['Direction générale de la sécurité des systèmes d’information', "Direction générale de la sécurité des systèmes d'information"] } },
  { key: 'eg-cert', name: 'EG-CERT', c: 'EG' },
];
