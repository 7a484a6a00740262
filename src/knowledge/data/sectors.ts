/**
 * Sectors as STIX `identity` objects (identity_class `class`): the 14 sectors OpsTrack reports on,
 * each mapped to STIX industry-sector-ov values, plus the remaining industry-sector-ov entries.
 * Terms are what news writes in each language, including plural, inflected and compound forms.
 */
import { knowledgeId } from '../ids.ts';
import type { KnownEntity } from '../types.ts';
import { aliasCollector } from './countries.ts';
import { ruAdjHard, ruAdj } from './inflect.ts';

type Lang = 'en' | 'vi' | 'zh' | 'ru' | 'fr' | 'de' | 'es';
export interface SectorSpec {
  slug: string;
  name: string;
  /** STIX industry-sector-ov values this sector covers. */
  stix: string[];
  terms: Partial<Record<Lang, string[]>>;
}

export const SECTORS: SectorSpec[] = [
  {
    slug: 'telecommunications',
    name: 'Telecommunications',
    stix: ['telecommunications', 'communications'],
    terms: {
      en: ['telecommunications', 'telecom', 'telecoms', 'telco', 'telcos', 'telecommunications companies', 'telecom companies', 'telecom operators', 'telecommunications providers', 'telecom providers', 'mobile operators', 'internet service providers', 'ISPs', 'communications'],
      vi: ['viễn thông', 'nhà mạng', 'ngành viễn thông', 'công ty viễn thông', 'nhà cung cấp dịch vụ viễn thông', 'mạng viễn thông', 'hạ tầng viễn thông', 'nhà mạng di động'],
      zh: ['电信', '通信', '运营商', '电信运营商', '电信公司', '通信运营商', '电信行业', '通讯', '電信', '電訊'],
      ru: ['телекоммуникации', 'телекоммуникаций', 'телекоммуникационные компании', 'телекоммуникационных компаний', ...ruAdjHard('телекоммуникационн'), 'телеком', 'операторы связи', 'операторов связи', 'операторам связи', 'оператор связи', 'отрасль связи', 'телеком-операторы', 'телеком-операторов', 'интернет-провайдеры'],
      fr: ['télécommunications', 'télécoms', 'télécom', 'opérateurs télécoms', 'opérateurs de télécommunications', 'fournisseurs d’accès à internet', "fournisseurs d'accès à internet"],
      de: ['Telekommunikation', 'Telekommunikationsunternehmen', 'Telekommunikationsanbieter', 'Telekom-Anbieter', 'Netzbetreiber', 'Mobilfunkanbieter'],
      es: ['telecomunicaciones', 'operadores de telecomunicaciones', 'empresas de telecomunicaciones', 'teleco'],
    },
  },
  {
    slug: 'government',
    name: 'Government',
    stix: ['government', 'government-national', 'government-regional', 'government-local', 'government-public-services', 'government-emergency-services'],
    terms: {
      en: ['government', 'governments', 'government agencies', 'government agency', 'government entities', 'government networks', 'federal agencies', 'ministries', 'public sector', 'public administration', 'state agencies', 'diplomatic', 'diplomats', 'embassies', 'foreign ministries', 'local government', 'municipalities'],
      vi: ['chính phủ', 'cơ quan chính phủ', 'cơ quan nhà nước', 'các bộ', 'bộ ngành', 'khu vực công', 'cơ quan ngoại giao', 'đại sứ quán', 'chính quyền địa phương'],
      zh: ['政府', '政府机构', '政府部门', '国家机关', '外交部门', '公共部门', '政府機構'],
      ru: ['правительство', 'правительства', 'правительственные', 'правительственных', 'правительственные учреждения', 'правительственных учреждений', 'госорганы', 'госорганов', 'государственные органы', 'государственных органов', 'госсектор', 'министерства', 'министерств', 'ведомства', 'ведомств', 'госучреждения', 'дипломатические представительства'],
      fr: ['gouvernement', 'gouvernements', 'gouvernementales', 'gouvernementaux', 'administrations', 'administration publique', 'ministères', 'secteur public', 'agences gouvernementales', 'ambassades', 'collectivités'],
      de: ['Regierung', 'Regierungen', 'Behörden', 'Regierungsbehörden', 'Ministerien', 'öffentliche Verwaltung', 'öffentlicher Sektor', 'Botschaften', 'Bundesbehörden'],
      es: ['gobierno', 'gobiernos', 'agencias gubernamentales', 'organismos gubernamentales', 'ministerios', 'sector público', 'administración pública', 'embajadas'],
    },
  },
  {
    slug: 'finance',
    name: 'Finance',
    stix: ['financial-services', 'insurance'],
    terms: {
      en: ['finance', 'financial', 'financial sector', 'financial services', 'financial institutions', 'banks', 'bank', 'banking', 'banking sector', 'fintech', 'cryptocurrency exchanges', 'crypto exchanges', 'insurers', 'central bank'],
      vi: ['tài chính', 'ngân hàng', 'ngành tài chính', 'lĩnh vực tài chính', 'tổ chức tài chính', 'định chế tài chính', 'ngành ngân hàng', 'sàn giao dịch tiền mã hóa', 'tiền điện tử'],
      zh: ['金融', '银行', '金融机构', '金融业', '金融行业', '银行业', '加密货币交易所', '銀行', '金融機構'],
      ru: [...ruAdjHard('финансов'), 'финансовый сектор', 'финансовые учреждения', 'финансовых учреждений', 'финансовые организации', 'банки', 'банков', 'банкам', 'банк', 'банковский сектор', 'банковского сектора', ...ruAdj('банковск'), 'финтех', 'криптобиржи'],
      fr: ['finance', 'financier', 'financière', 'financiers', 'financières', 'secteur financier', 'institutions financières', 'banques', 'banque', 'banquier', 'bancaire', 'bancaires', 'secteur bancaire', 'assureurs'],
      de: ['Finanzsektor', 'Finanzwesen', 'Finanzinstitute', 'Finanzdienstleister', 'Banken', 'Bank', 'Bankensektor', 'Versicherungen'],
      es: ['finanzas', 'financiero', 'financiera', 'financieros', 'sector financiero', 'entidades financieras', 'instituciones financieras', 'bancos', 'banca', 'bancario', 'aseguradoras'],
    },
  },
  {
    slug: 'transportation',
    name: 'Transportation',
    stix: ['transportation', 'aerospace', 'automotive'],
    terms: {
      en: ['transportation', 'transport', 'logistics', 'shipping', 'maritime', 'ports', 'airports', 'airlines', 'aviation', 'railways', 'rail', 'railway'],
      vi: ['giao thông', 'giao thông vận tải', 'vận tải', 'hậu cần', 'logistics', 'hàng hải', 'cảng biển', 'sân bay', 'hàng không', 'đường sắt'],
      zh: ['交通', '运输', '交通运输', '物流', '航运', '港口', '机场', '航空', '铁路', '交通運輸'],
      ru: ['транспорт', 'транспорта', 'транспортный сектор', ...ruAdjHard('транспортн'), 'логистика', 'логистики', 'аэропорты', 'аэропортов', 'авиакомпании', 'железные дороги', 'порты', 'морские порты'],
      fr: ['transports', 'transport', 'logistique', 'maritime', 'ports', 'aéroports', 'compagnies aériennes', 'aviation', 'ferroviaire', 'chemins de fer'],
      de: ['Verkehr', 'Transport', 'Logistik', 'Schifffahrt', 'Häfen', 'Flughäfen', 'Fluggesellschaften', 'Luftfahrt', 'Bahn', 'Eisenbahn'],
      es: ['transporte', 'transportes', 'logística', 'puertos', 'aeropuertos', 'aerolíneas', 'aviación', 'ferrocarriles', 'marítimo'],
    },
  },
  {
    slug: 'energy',
    name: 'Energy',
    stix: ['energy', 'utilities', 'infrastructure-nuclear'],
    terms: {
      en: ['energy', 'energy sector', 'power grid', 'electric grid', 'electricity', 'electric utilities', 'utilities', 'power plants', 'oil and gas', 'pipelines', 'nuclear', 'power sector'],
      vi: ['năng lượng', 'ngành năng lượng', 'điện lực', 'lưới điện', 'nhà máy điện', 'dầu khí', 'đường ống', 'hạt nhân'],
      zh: ['能源', '电力', '电网', '电力系统', '发电厂', '油气', '石油', '天然气', '核电', '能源行业', '電力'],
      ru: ['энергетика', 'энергетики', 'энергетике', 'энергетический сектор', ...ruAdj('энергетическ'), 'электроэнергетика', 'энергосистема', 'энергосети', 'электростанции', 'нефтегазовый сектор', 'нефтегазовые компании', 'трубопроводы'],
      fr: ['énergie', 'énergétique', 'énergétiques', 'secteur énergétique', 'réseau électrique', 'électricité', 'centrales', 'pétrole et gaz', 'nucléaire'],
      de: ['Energie', 'Energiesektor', 'Energieversorger', 'Stromnetz', 'Strom', 'Kraftwerke', 'Öl und Gas', 'Pipelines'],
      es: ['energía', 'sector energético', 'red eléctrica', 'electricidad', 'centrales eléctricas', 'petróleo y gas', 'energético'],
    },
  },
  {
    slug: 'defense',
    name: 'Defense',
    stix: ['defense'],
    terms: {
      en: ['defense', 'defence', 'defense sector', 'defence sector', 'defense industrial base', 'defense contractors', 'defence contractors', 'military', 'armed forces', 'defense industry'],
      vi: ['quốc phòng', 'quân sự', 'quân đội', 'công nghiệp quốc phòng', 'nhà thầu quốc phòng'],
      zh: ['国防', '军事', '军队', '国防工业', '军工', '国防承包商', '國防', '軍事'],
      ru: ['оборона', 'обороны', 'оборонный сектор', ...ruAdjHard('оборонн'), 'оборонная промышленность', 'ОПК', 'военные', 'вооруженные силы', 'вооружённые силы', 'военных'],
      fr: ['défense', 'secteur de la défense', 'industrie de défense', 'militaire', 'militaires', 'armées', 'forces armées'],
      de: ['Verteidigung', 'Verteidigungssektor', 'Rüstungsindustrie', 'Rüstungsunternehmen', 'Militär', 'Streitkräfte', 'Bundeswehr'],
      es: ['defensa', 'sector de defensa', 'industria de defensa', 'militar', 'militares', 'fuerzas armadas'],
    },
  },
  {
    slug: 'healthcare',
    name: 'Healthcare',
    stix: ['healthcare', 'pharmaceuticals'],
    terms: {
      en: ['healthcare', 'health care', 'health sector', 'hospitals', 'hospital', 'medical', 'pharmaceutical', 'pharmaceuticals', 'vaccine research'],
      vi: ['y tế', 'ngành y tế', 'bệnh viện', 'dược phẩm', 'chăm sóc sức khỏe'],
      zh: ['医疗', '医院', '卫生', '医疗机构', '制药', '医药', '醫療', '醫院'],
      ru: ['здравоохранение', 'здравоохранения', 'больницы', 'больниц', 'медицинские учреждения', 'медицинских учреждений', 'фармацевтические компании', 'фармацевтика'],
      fr: ['santé', 'secteur de la santé', 'hôpitaux', 'hôpital', 'médical', 'pharmaceutique', 'pharmaceutiques'],
      de: ['Gesundheitswesen', 'Gesundheitssektor', 'Krankenhäuser', 'Kliniken', 'Pharmaunternehmen', 'Pharma'],
      es: ['salud', 'sanidad', 'sector sanitario', 'hospitales', 'farmacéuticas', 'farmacéutico'],
    },
  },
  {
    slug: 'technology',
    name: 'Technology',
    stix: ['technology'],
    terms: {
      en: ['technology', 'tech', 'tech companies', 'technology companies', 'IT', 'IT sector', 'software', 'software companies', 'cloud providers', 'managed service providers', 'MSPs', 'semiconductors', 'information technology'],
      vi: ['công nghệ', 'công nghệ thông tin', 'CNTT', 'công ty công nghệ', 'phần mềm', 'bán dẫn', 'điện toán đám mây'],
      zh: ['科技', '技术', '信息技术', '科技公司', '软件', '半导体', '云服务', 'IT行业', '科技業'],
      ru: ['технологии', 'технологий', 'технологические компании', 'технологических компаний', 'ИТ', 'IT-компании', 'ИТ-компании', 'ИТ-сектор', 'софт', 'полупроводники', 'облачные провайдеры'],
      fr: ['technologie', 'technologies', 'entreprises technologiques', 'informatique', 'logiciels', 'semi-conducteurs', 'numérique', 'tech'],
      de: ['Technologie', 'Technologieunternehmen', 'IT-Branche', 'IT-Dienstleister', 'Software', 'Halbleiter', 'Tech-Konzerne'],
      es: ['tecnología', 'tecnológicas', 'empresas tecnológicas', 'informática', 'software', 'semiconductores'],
    },
  },
  {
    slug: 'education',
    name: 'Education',
    stix: ['education'],
    terms: {
      en: ['education', 'universities', 'university', 'academia', 'academic', 'research institutions', 'think tanks', 'schools'],
      vi: ['giáo dục', 'trường đại học', 'đại học', 'viện nghiên cứu', 'học thuật', 'trường học'],
      zh: ['教育', '高校', '大学', '科研机构', '研究机构', '学术', '智库', '學術'],
      ru: ['образование', 'образования', 'университеты', 'университетов', 'вузы', 'вузов', 'научные учреждения', 'научно-исследовательские институты', 'аналитические центры'],
      fr: ['éducation', 'enseignement', 'universités', 'université', 'recherche', 'milieu universitaire', 'think tanks', 'écoles'],
      de: ['Bildung', 'Bildungswesen', 'Universitäten', 'Hochschulen', 'Forschungseinrichtungen', 'Denkfabriken', 'Schulen'],
      es: ['educación', 'universidades', 'universidad', 'centros de investigación', 'académico', 'escuelas'],
    },
  },
  {
    slug: 'media',
    name: 'Media',
    stix: ['entertainment'],
    terms: {
      en: ['media', 'news media', 'journalists', 'news organizations', 'newspapers', 'broadcasters', 'entertainment'],
      vi: ['truyền thông', 'báo chí', 'nhà báo', 'cơ quan báo chí', 'đài truyền hình', 'giải trí'],
      zh: ['媒体', '新闻媒体', '记者', '新闻机构', '电视台', '娱乐', '媒體'],
      ru: ['СМИ', 'средства массовой информации', 'медиа', 'журналисты', 'журналистов', 'издания', 'телеканалы', 'развлечения'],
      fr: ['médias', 'presse', 'journalistes', 'rédactions', 'chaînes de télévision', 'divertissement'],
      de: ['Medien', 'Presse', 'Journalisten', 'Nachrichtenagenturen', 'Rundfunk', 'Sender'],
      es: ['medios', 'medios de comunicación', 'periodistas', 'prensa', 'televisión'],
    },
  },
  {
    slug: 'water',
    name: 'Water',
    stix: ['infrastructure-water'],
    terms: {
      en: ['water', 'water utilities', 'water utility', 'water systems', 'water treatment', 'wastewater', 'water and wastewater', 'water facilities', 'water supply'],
      vi: ['nước sạch', 'cấp nước', 'ngành nước', 'nhà máy nước', 'xử lý nước', 'hệ thống cấp nước'],
      zh: ['水务', '供水', '水利', '污水处理', '水处理', '供水系统', '水務'],
      ru: ['водоснабжение', 'водоснабжения', 'водоканал', 'водоканалы', 'водоочистные сооружения', 'водное хозяйство', 'очистные сооружения'],
      fr: ['eau', 'eau potable', 'distribution d’eau', "distribution d'eau", 'traitement des eaux', 'assainissement'],
      de: ['Wasserversorgung', 'Wasserversorger', 'Wasserwerke', 'Abwasser', 'Wasserwirtschaft'],
      es: ['agua', 'agua potable', 'suministro de agua', 'tratamiento de aguas', 'aguas residuales'],
    },
  },
  {
    slug: 'manufacturing',
    name: 'Manufacturing',
    stix: ['manufacturing', 'chemical'],
    terms: {
      en: ['manufacturing', 'manufacturers', 'industrial', 'factories', 'industrial control systems', 'ICS', 'OT', 'chemical'],
      vi: ['sản xuất', 'công nghiệp', 'nhà máy', 'hệ thống điều khiển công nghiệp', 'hóa chất'],
      zh: ['制造业', '制造', '工业', '工厂', '工业控制系统', '工控', '化工', '製造業'],
      ru: ['промышленность', 'промышленности', 'производство', 'производственные предприятия', 'заводы', 'заводов', 'АСУ ТП', 'промышленные предприятия', 'химическая промышленность'],
      fr: ['industrie', 'industriel', 'industriels', 'industrielles', 'manufacturier', 'usines', 'systèmes de contrôle industriels', 'chimie'],
      de: ['Industrie', 'Fertigung', 'Hersteller', 'Fabriken', 'Industriesteuerungen', 'Produktion', 'Chemie'],
      es: ['manufactura', 'industria', 'fabricantes', 'fábricas', 'sistemas de control industrial', 'química'],
    },
  },
  {
    slug: 'elections',
    name: 'Elections',
    stix: [],
    terms: {
      en: ['elections', 'election', 'election infrastructure', 'electoral', 'voting', 'voter registration', 'election officials', 'campaigns', 'electoral commission'],
      vi: ['bầu cử', 'cuộc bầu cử', 'hệ thống bầu cử', 'cử tri', 'ủy ban bầu cử'],
      zh: ['选举', '大选', '选举系统', '选民', '投票', '選舉'],
      ru: ['выборы', 'выборов', 'выборах', 'избирательная система', 'избирательные комиссии', 'избирательных комиссий', 'голосование', 'избиратели'],
      fr: ['élections', 'élection', 'électoral', 'électorale', 'électoraux', 'scrutin', 'campagnes électorales'],
      de: ['Wahlen', 'Wahl', 'Wahlsysteme', 'Wahlbehörden', 'Wahlkampf'],
      es: ['elecciones', 'elección', 'electoral', 'comicios', 'votación'],
    },
  },
  {
    slug: 'critical-infrastructure',
    name: 'Critical infrastructure',
    stix: ['infrastructure'],
    terms: {
      en: ['critical infrastructure', 'critical infrastructures', 'critical national infrastructure', 'CNI', 'infrastructure', 'critical infrastructure sectors', 'critical infrastructure organizations'],
      vi: ['hạ tầng then chốt', 'cơ sở hạ tầng quan trọng', 'hạ tầng quan trọng', 'hạ tầng trọng yếu', 'cơ sở hạ tầng trọng yếu', 'cơ sở hạ tầng thiết yếu', 'hạ tầng thiết yếu', 'cơ sở hạ tầng', 'hạ tầng'],
      zh: ['关键基础设施', '关键信息基础设施', '基础设施', '關鍵基礎設施'],
      ru: ['критическая инфраструктура', 'критической инфраструктуры', 'критическую инфраструктуру', 'критической инфраструктуре', 'объекты критической инфраструктуры', 'объектов критической инфраструктуры', 'КИИ', 'критическая информационная инфраструктура', 'инфраструктура', 'инфраструктуры'],
      fr: ['infrastructures critiques', 'infrastructure critique', 'infrastructures vitales', 'opérateurs d’importance vitale', "opérateurs d'importance vitale", 'OIV', 'infrastructures'],
      de: ['kritische Infrastruktur', 'kritische Infrastrukturen', 'kritischen Infrastrukturen', 'KRITIS', 'Infrastruktur'],
      es: ['infraestructura crítica', 'infraestructuras críticas', 'infraestructuras esenciales', 'infraestructura'],
    },
  },
];

/** The rest of STIX industry-sector-ov, each a sector of its own. */
export const OTHER_STIX_SECTORS: SectorSpec[] = [
  { slug: 'agriculture', name: 'Agriculture', stix: ['agriculture'], terms: { en: ['agriculture', 'farming'], vi: ['nông nghiệp'], zh: ['农业'], ru: ['сельское хозяйство'], fr: ['agriculture'], de: ['Landwirtschaft'], es: ['agricultura'] } },
  { slug: 'aerospace', name: 'Aerospace', stix: ['aerospace'], terms: { en: ['aerospace'], vi: ['hàng không vũ trụ'], zh: ['航空航天'], ru: ['аэрокосмическая отрасль'], fr: ['aérospatiale'], de: ['Luft- und Raumfahrt'], es: ['aeroespacial'] } },
  { slug: 'automotive', name: 'Automotive', stix: ['automotive'], terms: { en: ['automotive', 'carmakers'], vi: ['ô tô'], zh: ['汽车'], ru: ['автопром'], fr: ['automobile'], de: ['Automobilindustrie'], es: ['automoción'] } },
  { slug: 'chemical', name: 'Chemical', stix: ['chemical'], terms: { en: ['chemical industry'], vi: ['ngành hóa chất'], zh: ['化学工业'], ru: ['химическая отрасль'], fr: ['industrie chimique'], de: ['chemische Industrie'], es: ['industria química'] } },
  { slug: 'commercial', name: 'Commercial', stix: ['commercial'], terms: { en: ['commercial', 'private sector', 'businesses'], vi: ['doanh nghiệp', 'khu vực tư nhân'], zh: ['企业', '私营部门'], ru: ['частный сектор', 'компании'], fr: ['entreprises', 'secteur privé'], de: ['Unternehmen', 'Privatwirtschaft'], es: ['empresas', 'sector privado'] } },
  { slug: 'construction', name: 'Construction', stix: ['construction'], terms: { en: ['construction'], vi: ['xây dựng'], zh: ['建筑业'], ru: ['строительство'], fr: ['construction', 'BTP'], de: ['Bauwesen'], es: ['construcción'] } },
  { slug: 'hospitality-leisure', name: 'Hospitality and leisure', stix: ['hospitality-leisure'], terms: { en: ['hospitality', 'hotels', 'tourism'], vi: ['khách sạn', 'du lịch'], zh: ['酒店', '旅游业'], ru: ['гостиничный бизнес', 'туризм'], fr: ['hôtellerie', 'tourisme'], de: ['Hotellerie', 'Tourismus'], es: ['hostelería', 'turismo'] } },
  { slug: 'infrastructure-dams', name: 'Dams', stix: ['infrastructure-dams'], terms: { en: ['dams'], vi: ['đập thủy điện'], zh: ['水坝', '大坝'], ru: ['плотины'], fr: ['barrages'], de: ['Staudämme'], es: ['presas'] } },
  { slug: 'mining', name: 'Mining', stix: ['mining'], terms: { en: ['mining'], vi: ['khai khoáng'], zh: ['采矿'], ru: ['горнодобывающая отрасль'], fr: ['mines', 'secteur minier'], de: ['Bergbau'], es: ['minería'] } },
  { slug: 'non-profit', name: 'Non-profit', stix: ['non-profit'], terms: { en: ['non-profit', 'NGOs', 'nonprofits', 'civil society'], vi: ['tổ chức phi chính phủ', 'xã hội dân sự'], zh: ['非政府组织', '公民社会'], ru: ['НКО', 'некоммерческие организации', 'гражданское общество'], fr: ['ONG', 'société civile'], de: ['NGOs', 'Zivilgesellschaft'], es: ['ONG', 'sociedad civil'] } },
  { slug: 'retail', name: 'Retail', stix: ['retail'], terms: { en: ['retail', 'retailers'], vi: ['bán lẻ'], zh: ['零售'], ru: ['ритейл', 'розничная торговля'], fr: ['distribution', 'commerce de détail'], de: ['Einzelhandel'], es: ['comercio minorista'] } },
];

export function buildSectors(): KnownEntity[] {
  return [...SECTORS, ...OTHER_STIX_SECTORS].map((s) => {
    const add = aliasCollector(s.name);
    if (s.slug !== s.name.toLowerCase()) add({ name: s.slug, form: 'code' });
    for (const [lang, terms] of Object.entries(s.terms)) for (const t of terms ?? []) add({ name: t, lang, source: 'OpsTrack', form: 'term' });
    return {
      id: knowledgeId('identity', 'sector', s.slug),
      type: 'identity',
      kind: 'sector',
      name: s.name,
      sector: s.slug,
      aliases: add.done(),
      description: s.stix.length ? `STIX industry-sector-ov: ${s.stix.join(', ')}` : 'Not in STIX industry-sector-ov (OpsTrack sector).',
    } satisfies KnownEntity;
  });
}

/** STIX industry-sector-ov values for a sector slug (for identity.sectors). */
export function stixSectorsOf(slug: string): string[] {
  return [...SECTORS, ...OTHER_STIX_SECTORS].find((s) => s.slug === slug)?.stix ?? [];
}
