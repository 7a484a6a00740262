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
  /** STIX industry-sector-ov values this sector covers, spelled as the vocabulary spells them. */
  stix: string[];
  terms: Partial<Record<Lang, string[]>>;
  /**
   * People of the sector ("officials", "ambassadors", "lawmakers"): they name the sector only as the
   * victims of an act, since they are far more often the ones who speak.
   */
  members?: Partial<Record<Lang, string[]>>;
  /**
   * Adjectives that name the sector only before a sector noun, alone or in a list ("financial,
   * energy and government sectors"): bare "financial gain" or "military intelligence" does not.
   */
  adjectives?: Partial<Record<Lang, string[]>>;
}

export const SECTORS: SectorSpec[] = [
  {
    slug: 'telecommunications',
    name: 'Telecommunications',
    stix: ['telecommunications', 'communications'],
    terms: {
      en: ['telecommunications', 'telecom', 'telecoms', 'telco', 'telcos', 'telecommunications companies', 'telecom companies', 'telecom operators', 'telecommunications providers', 'telecom providers', 'telecommunications networks', 'mobile operators', 'mobile network operators', 'mobile carriers', 'wireless carriers', 'internet service providers', 'internet providers', 'ISPs', 'communications', 'communications networks', 'submarine cables', 'undersea cables', 'subsea cables', 'submarine cable', 'undersea cable', 'satellite network', 'satellite networks', 'satellite internet', 'satellite communications', 'communications providers', 'telephone networks', 'phone networks', 'broadband providers'],
      vi: ['viễn thông', 'nhà mạng', 'ngành viễn thông', 'công ty viễn thông', 'nhà cung cấp dịch vụ viễn thông', 'mạng viễn thông', 'hạ tầng viễn thông', 'nhà mạng di động', 'thông tin liên lạc', 'nhà cung cấp dịch vụ Internet', 'nhà cung cấp Internet', 'cáp quang biển', 'cáp ngầm', 'cáp quang dưới biển', 'mạng vệ tinh', 'internet vệ tinh', 'mạng điện thoại', 'nhà cung cấp viễn thông'],
      zh: ['电信', '通信', '运营商', '电信运营商', '电信公司', '通信运营商', '电信行业', '通讯', '電信', '電訊', '移动运营商', '互联网服务提供商', '通信网络', '海底光缆', '海底电缆', '海缆', '卫星网络', '卫星通信', '電信業者', '電信公司', '通訊網路', '電信商', '电信网络'],
      ru: ['телекоммуникации', 'телекоммуникаций', 'телекоммуникационные компании', 'телекоммуникационных компаний', ...ruAdjHard('телекоммуникационн'), 'телеком', 'операторы связи', 'операторов связи', 'операторам связи', 'оператор связи', 'отрасль связи', 'телеком-операторы', 'телеком-операторов', 'интернет-провайдеры', 'интернет-провайдеров', 'мобильные операторы', 'мобильных операторов', 'сотовые операторы', 'сотовых операторов', 'подводные кабели', 'подводных кабелей', 'спутниковой связи', 'спутниковая связь', 'спутниковый интернет', 'спутникового интернета', 'телекомы', 'телекомов', 'сети связи', 'сетей связи', 'спутниковая сеть', 'спутниковую сеть', 'спутниковой сети'],
      fr: ['télécommunications', 'télécoms', 'télécom', 'opérateurs télécoms', 'opérateurs de télécommunications', 'opérateurs mobiles', 'fournisseurs d’accès à internet', "fournisseurs d'accès à internet", 'câbles sous-marins', 'câble sous-marin', 'réseau satellitaire', 'internet par satellite', 'communications par satellite', 'réseaux téléphoniques', 'opérateurs de téléphonie', 'réseau de communication', 'réseaux de communication'],
      de: ['Telekommunikation', 'Telekommunikationsunternehmen', 'Telekommunikationsanbieter', 'Telekom-Anbieter', 'Netzbetreiber', 'Mobilfunkanbieter', 'Internetanbieter', 'Unterseekabel', 'Telefonnetze', 'Kommunikationsnetze', 'Telefonnetz'],
      es: ['telecomunicaciones', 'operadores de telecomunicaciones', 'empresas de telecomunicaciones', 'teleco', 'operadores móviles', 'proveedores de internet', 'cables submarinos', 'comunicación por satélite', 'comunicaciones por satélite', 'redes telefónicas', 'operadoras de telecomunicaciones', 'proveedores de Internet'],
    },
    adjectives: { en: ['satellite'] },
  },
  {
    slug: 'government',
    name: 'Government',
    stix: ['government', 'government-national', 'government-regional', 'government-local', 'government-public-services', 'emergency-services'],
    terms: {
      en: ['government', 'governments', 'government agencies', 'government agency', 'government entities', 'government networks', 'government departments', 'federal agencies', 'ministries', 'public sector', 'public administration', 'public services', 'state agencies', 'diplomatic missions', 'diplomatic entities', 'diplomats', 'embassies', 'foreign ministries', 'local government', 'local governments', 'municipalities', 'city councils', 'parliament', 'parliaments', 'Parliament', 'Congress', 'legislature', 'legislatures', 'Bundestag', 'House of Representatives', 'Senate', 'lower house', 'upper house', 'public authorities', 'state governments', 'federal civilian agencies', 'government websites', 'government sites', 'government portals', 'government services', 'public institutions', 'state institutions', 'government institutions', 'government bodies', 'government offices'],
      vi: ['chính phủ', 'cơ quan chính phủ', 'cơ quan nhà nước', 'các bộ', 'bộ ngành', 'khu vực công', 'dịch vụ công', 'cơ quan ngoại giao', 'đại sứ quán', 'chính quyền địa phương', 'Quốc hội', 'quốc hội', 'nghị viện', 'Nghị viện', 'Hạ viện', 'Thượng viện', 'chính quyền', 'chính quyền thành phố', 'cơ quan công quyền', 'trang web chính phủ', 'cổng thông tin chính phủ', 'cơ quan chính quyền'],
      zh: ['政府', '政府机构', '政府部门', '国家机关', '外交部门', '公共部门', '政府機構', '国会', '议会', '國會', '議會', '众议院', '参议院', '部委', '地方政府', '公共服务', '政府网站', '政府單位', '政府部門', '公部門', '政府机关', '政府機關', '外交机构', '驻外机构', '外交機構', '外務省'],
      ru: ['правительство', 'правительства', 'правительственные', 'правительственных', 'правительственные учреждения', 'правительственных учреждений', 'госорганы', 'госорганов', 'государственные органы', 'государственных органов', 'госсектор', 'министерства', 'министерств', 'ведомства', 'ведомств', 'госучреждения', 'дипломатические представительства', 'госуслуги', 'Конгресс', 'Конгресса', 'Конгрессе', 'Палата представителей', 'Палаты представителей', 'парламент', 'парламента', 'Бундестаг', 'Бундестага', 'муниципалитеты', 'нижняя палата', 'нижней палаты', 'верхняя палата', 'верхней палаты', 'Сенат', 'Сената', 'госучреждений', 'госучреждениям', 'государственные учреждения', 'государственных учреждений', 'органы власти', 'органов власти', 'ведомственные порталы', 'ведомственных порталов', 'госсайты', 'правительственные сайты', 'правительственных сайтов', 'дипмиссии', 'дипмиссий', 'государственный сектор', 'государственного сектора', 'государственные организации', 'государственных организаций', 'госорганизации', 'госорганизаций'],
      fr: ['gouvernement', 'gouvernements', 'gouvernementales', 'gouvernementaux', 'administrations', 'administration publique', 'ministères', 'secteur public', 'services publics', 'agences gouvernementales', 'ambassades', 'collectivités', 'collectivités locales', 'municipalités', 'mairies', 'Parlement', 'parlement', 'Assemblée nationale', 'Sénat', 'Congrès', 'Bundestag', 'Chambre des représentants', 'chambre basse', 'autorités publiques', 'pouvoirs publics', 'institutions publiques', 'organisations gouvernementales', 'services gouvernementaux', 'institutions gouvernementales', 'organismes publics', 'administrations publiques', 'sites gouvernementaux', 'administration fédérale', 'administrations fédérales'],
      de: ['Regierung', 'Regierungen', 'Behörden', 'Regierungsbehörden', 'Ministerien', 'öffentliche Verwaltung', 'öffentlicher Sektor', 'Botschaften', 'Bundesbehörden', 'Bundestag', 'Parlament', 'Kommunen', 'Kommunalverwaltungen', 'Repräsentantenhaus', 'staatliche Stellen', 'staatlichen Stellen', 'staatliche Einrichtungen', 'staatlichen Einrichtungen', 'öffentliche Einrichtungen', 'öffentlichen Einrichtungen', 'Bundesverwaltung', 'Landesregierungen'],
      es: ['gobierno', 'gobiernos', 'agencias gubernamentales', 'organismos gubernamentales', 'ministerios', 'sector público', 'administración pública', 'administraciones públicas', 'administraciones locales', 'servicios públicos', 'embajadas', 'Congreso', 'Parlamento', 'Senado', 'Cámara de Representantes', 'municipios', 'ayuntamientos', 'instituciones públicas', 'instituciones del Estado', 'instituciones gubernamentales', 'servicios gubernamentales', 'autoridades públicas', 'organismos públicos', 'entidades públicas', 'sitios gubernamentales', 'gubernamentales', 'gubernamental'],
    },
    members: {
      en: ['officials', 'government officials', 'senior officials', 'ambassador', 'ambassadors', 'lawmakers', 'legislators', 'congressional staff', 'congressional staffers', 'staffers', 'ministers', 'senators', 'members of parliament', 'MPs', 'civil servants'],
      vi: ['quan chức', 'quan chức chính phủ', 'đại sứ', 'nhà ngoại giao', 'nghị sĩ', 'nhà lập pháp', 'công chức', 'bộ trưởng'],
      zh: ['官员', '政府官员', '大使', '外交官', '议员', '国会议员', '公务员'],
      ru: ['чиновники', 'чиновников', 'чиновникам', 'дипломаты', 'дипломатов', 'посол', 'посла', 'послов', 'депутаты', 'депутатов', 'госслужащие', 'госслужащих', 'парламентарии', 'парламентариев', 'министры', 'министров', 'сенаторов', 'конгрессменов'],
      fr: ['responsables', 'hauts fonctionnaires', 'fonctionnaires', 'diplomates', 'ambassadeur', 'ambassadeurs', 'élus', 'parlementaires', 'députés', 'sénateurs', 'ministres'],
      de: ['Beamte', 'Beamten', 'Diplomaten', 'Botschafter', 'Abgeordnete', 'Abgeordneten', 'Minister'],
    },
  },
  {
    slug: 'finance',
    name: 'Finance',
    stix: ['financial-services', 'insurance'],
    // English/French bare "financial"/"financier" is left out: "financial gain" is a motive, not a target.
    terms: {
      en: ['finance', 'financial sector', 'financial services', 'financial institutions', 'financial firms', 'financial organizations', 'banks', 'bank', 'banking', 'banking sector', 'fintech', 'cryptocurrency exchanges', 'crypto exchanges', 'insurers', 'central bank', 'payment systems', 'crypto exchange', 'cryptocurrency exchange', 'stock exchange', 'stock exchanges', 'payment services', 'mobile payments', 'mobile payment'],
      vi: ['tài chính', 'ngân hàng', 'ngành tài chính', 'lĩnh vực tài chính', 'tổ chức tài chính', 'định chế tài chính', 'ngành ngân hàng', 'sàn giao dịch tiền mã hóa', 'công ty tài chính', 'hệ thống thanh toán', 'sàn giao dịch', 'sàn tiền số', 'sàn tiền mã hóa', 'sàn giao dịch tiền điện tử'],
      zh: ['金融', '银行', '金融机构', '金融业', '金融行业', '银行业', '加密货币交易所', '銀行', '金融機構', '支付系统', '加密貨幣交易所', '交易所', '金融系统', '金融系統', '证券交易所', '證券交易所', '支付系統'],
      ru: ['финансовые', 'финансовых', 'финансовый сектор', 'финансового сектора', 'финансовые учреждения', 'финансовых учреждений', 'финансовые организации', 'финансовых организаций', 'финансовые компании', 'банки', 'банков', 'банкам', 'банк', 'банковский сектор', 'банковского сектора', ...ruAdj('банковск'), 'финтех', 'криптобиржи', 'криптобирж', 'платёжные системы', 'платежные системы', 'криптобиржа', 'криптобиржу', 'криптобиржей', 'финансовые системы', 'финансовых систем', 'биржа', 'биржи', 'биржу', 'платежных систем', 'платёжных систем'],
      fr: ['finance', 'secteur financier', 'institutions financières', 'établissements financiers', 'banques', 'banque', 'bancaire', 'bancaires', 'secteur bancaire', 'assureurs', 'plateformes d’échange de cryptomonnaies', 'plateforme d’échange de cryptomonnaies', "plateforme d'échange de cryptomonnaies", 'paiement mobile', 'paiements numériques', 'services de paiement', 'assureur'],
      de: ['Finanzsektor', 'Finanzwesen', 'Finanzinstitute', 'Finanzdienstleister', 'Banken', 'Bank', 'Bankensektor', 'Versicherungen', 'Geldinstitute', 'Börse', 'Kryptobörse'],
      es: ['finanzas', 'sector financiero', 'entidades financieras', 'instituciones financieras', 'bancos', 'banca', 'bancario', 'aseguradoras', 'plataforma de criptomonedas', 'plataformas de criptomonedas', 'aseguradora', 'banco', 'pagos electrónicos', 'pagos móviles'],
    },
    adjectives: { en: ['financial'], fr: ['financier', 'financiers', 'financière', 'financières'] },
  },
  {
    slug: 'transportation',
    name: 'Transportation',
    stix: ['transportation', 'aerospace', 'automotive'],
    terms: {
      en: ['transportation', 'transport', 'logistics', 'shipping', 'maritime', 'ports', 'airports', 'airlines', 'aviation', 'railways', 'rail', 'railway', 'shipping companies', 'public transit', 'trains', 'railroads', 'railroad', 'rail operator', 'railway operator', 'railway company', 'shipping giant', 'shipping firm', 'logistics company', 'logistics companies', 'logistics firms', 'transport companies', 'airport', 'airline', 'subway', 'metro system'],
      vi: ['giao thông', 'giao thông vận tải', 'vận tải', 'hậu cần', 'logistics', 'hàng hải', 'cảng biển', 'sân bay', 'hàng không', 'đường sắt', 'hãng hàng không', 'tàu hỏa', 'hãng vận tải', 'hãng tàu', 'công ty vận tải', 'công ty logistics'],
      zh: ['交通', '运输', '交通运输', '物流', '航运', '港口', '机场', '航空', '铁路', '交通運輸', '航空公司', '鐵路', '機場', '航運', '海運', '物流公司', '鐵道', '地铁', '高铁', '航空公司', '運輸'],
      ru: ['транспорт', 'транспорта', 'транспортный сектор', ...ruAdjHard('транспортн'), 'логистика', 'логистики', 'аэропорты', 'аэропортов', 'авиакомпании', 'авиакомпаний', 'железные дороги', 'железных дорог', 'порты', 'портов', 'морские порты', 'железная дорога', 'железной дороги', 'железную дорогу', 'железной дороге', 'перевозчик', 'перевозчика', 'перевозчиков', 'поездов', 'аэропорт', 'аэропорта', 'логистические компании', 'логистических компаний', 'авиакомпания', 'авиакомпанию'],
      fr: ['transports', 'transport', 'logistique', 'maritime', 'ports', 'aéroports', 'compagnies aériennes', 'aviation', 'ferroviaire', 'chemins de fer', 'compagnie ferroviaire', 'société ferroviaire', 'chemin de fer', 'armateur', 'armateurs', 'compagnie aérienne', 'aéroport', 'transporteur', 'transporteurs', 'trains'],
      de: ['Verkehr', 'Transport', 'Logistik', 'Schifffahrt', 'Häfen', 'Flughäfen', 'Fluggesellschaften', 'Luftfahrt', 'Bahn', 'Eisenbahn', 'Eisenbahnen', 'Staatsbahn', 'Bahnen', 'Bahnverkehr', 'Züge', 'Reederei', 'Reedereien', 'Logistiker', 'Paketdienst', 'Paketdienste'],
      es: ['transporte', 'transportes', 'logística', 'puertos', 'aeropuertos', 'aerolíneas', 'aviación', 'ferrocarriles', 'ferrocarril', 'ferroviario', 'ferroviaria', 'ferroviarios', 'marítimo', 'naviera', 'navieras', 'aeropuerto', 'aerolínea', 'trenes', 'empresa ferroviaria', 'transportistas', 'empresas de transporte'],
    },
  },
  {
    slug: 'energy',
    name: 'Energy',
    stix: ['energy', 'utilities', 'nuclear'],
    // Bare "nuclear" is left out: "nuclear programme/weapons" is not the energy sector.
    terms: {
      en: ['energy', 'energy sector', 'energy companies', 'power grid', 'power grids', 'electric grid', 'electricity', 'electric utilities', 'utilities', 'power plants', 'power stations', 'oil and gas', 'pipelines', 'nuclear power', 'nuclear plants', 'nuclear power plants', 'nuclear facilities', 'power sector', 'power outages', 'blackouts', 'wind turbines', 'wind farms', 'power companies', 'electricity grid', 'power utility', 'power utilities', 'petrol stations', 'gas stations', 'fuel stations', 'fuel distribution', 'power supply', 'substations', 'electrical substations', 'oil company', 'oil companies', 'energy company', 'energy firm', 'energy firms', 'refinery', 'refineries', 'power outage', 'power cuts', 'wind turbine', 'utility company', 'electricity company'],
      vi: ['năng lượng', 'ngành năng lượng', 'điện lực', 'lưới điện', 'nhà máy điện', 'dầu khí', 'đường ống dẫn', 'nhà máy điện hạt nhân', 'cơ sở hạt nhân', 'cung cấp điện', 'mất điện', 'trạm biến áp', 'nhà máy lọc dầu', 'trạm xăng', 'công ty điện lực', 'nguồn điện'],
      zh: ['能源', '电力', '电网', '电力系统', '发电厂', '油气', '石油', '天然气', '核电', '核电站', '能源行业', '電力', '变电站', '變電站', '加油站', '炼油厂', '煉油廠', '停电', '停電', '电力公司', '電力公司', '能源公司', '供电', '供電', '能源設施', '能源设施'],
      ru: ['энергетика', 'энергетики', 'энергетике', 'энергетический сектор', ...ruAdj('энергетическ'), 'электроэнергетика', 'электроэнергетики', 'энергосистема', 'энергосистемы', 'энергосистему', 'энергосистеме', 'энергосистемой', 'энергосистем', 'энергосети', 'электростанции', 'электростанций', 'АЭС', 'нефтегазовый сектор', 'нефтегазовые компании', 'трубопроводы', 'электроподстанций', 'подстанций', 'подстанции', 'энергокомпании', 'энергокомпаний', 'АЗС', 'НПЗ', 'нефтеперерабатывающих заводов', 'электроснабжение', 'электроснабжения', 'энергоснабжение', 'энергоснабжения', 'нефтяные компании', 'нефтяных компаний'],
      fr: ['énergie', 'énergétique', 'énergétiques', 'secteur énergétique', 'réseau électrique', 'électricité', 'centrales', 'pétrole et gaz', 'centrales nucléaires', 'installations nucléaires', 'coupures de courant', 'coupure de courant', 'réseaux électriques', 'centrales électriques', 'éoliennes', 'stations-service', 'énergéticien', 'énergéticiens', 'compagnie d’électricité', "compagnie d'électricité", 'sous-stations', 'raffineries', 'fournisseur d’électricité', "fournisseur d'électricité", 'distribution d’électricité', "distribution d'électricité", 'approvisionnement en électricité'],
      de: ['Energie', 'Energiesektor', 'Energieversorger', 'Stromnetz', 'Strom', 'Kraftwerke', 'Öl und Gas', 'Pipelines', 'Atomkraftwerke', 'Kraftwerken', 'Umspannwerke', 'Umspannwerken', 'Raffinerien', 'Tankstellen', 'Atomanlage', 'Atomanlagen', 'Urananreicherungsanlage'],
      es: ['energía', 'sector energético', 'red eléctrica', 'electricidad', 'centrales eléctricas', 'petróleo y gas', 'energético', 'centrales nucleares', 'gasolineras', 'subestaciones', 'compañía eléctrica', 'compañías eléctricas', 'eléctricas', 'refinerías', 'suministro eléctrico', 'apagón', 'apagones', 'energéticas', 'empresas energéticas', 'empresa energética'],
    },
    adjectives: { en: ['oil', 'natural gas', 'gas', 'petroleum'], fr: ['énergétique', 'énergétiques', 'pétrolier', 'pétroliers', 'gazier', 'gaziers'], es: ['energético', 'energéticos', 'petrolero', 'petroleros'] },
  },
  {
    slug: 'defense',
    name: 'Defense',
    stix: ['defense'],
    // Bare "military" is left out: a military intelligence service is an actor, not a targeted sector.
    terms: {
      en: ['defense', 'defence', 'defense sector', 'defence sector', 'defense industrial base', 'defence industrial base', 'defense contractors', 'defence contractors', 'defense contractor', 'defence contractor', 'military contractors', 'arms manufacturers', 'armed forces', 'defense industry', 'defence industry', 'military networks', 'ministry of defence', 'ministry of defense', 'Ministry of Defence', 'Ministry of Defense', 'defence ministry', 'defense ministry', 'Defence Ministry', 'Defense Ministry', 'military infrastructure', 'military facilities', 'defense firms', 'defence firms', 'defense companies', 'defence companies', 'arms makers', 'weapons manufacturers'],
      vi: ['quốc phòng', 'công nghiệp quốc phòng', 'nhà thầu quốc phòng', 'doanh nghiệp quốc phòng', 'nhà thầu quân sự', 'mạng quân sự', 'lực lượng vũ trang', 'Bộ Quốc phòng'],
      zh: ['国防', '国防工业', '军工', '军工企业', '国防承包商', '军事网络', '武装部队', '国防部', '國防', '防衛省', '防卫省', '國防部', '國防工業', '軍工', '军工企业'],
      ru: ['оборона', 'обороны', 'оборонный сектор', ...ruAdjHard('оборонн'), 'оборонная промышленность', 'ОПК', 'оборонно-промышленный комплекс', 'оборонно-промышленного комплекса', 'оборонные предприятия', 'оборонных предприятий', 'вооруженные силы', 'вооружённые силы', 'вооруженных сил', 'вооружённых сил', 'Минобороны', 'министерство обороны', 'Министерство обороны'],
      fr: ['défense', 'secteur de la défense', 'industrie de défense', 'industrie de l’armement', "industrie de l'armement", 'forces armées', 'réseaux militaires', 'ministère des Armées', 'ministère de la Défense', 'infrastructures militaires', 'entreprises de défense', 'industriels de la défense', 'industrie militaire'],
      de: ['Verteidigung', 'Verteidigungssektor', 'Rüstungsindustrie', 'Rüstungsunternehmen', 'Rüstungskonzerne', 'Streitkräfte', 'Bundeswehr', 'Verteidigungsministerium'],
      es: ['defensa', 'sector de defensa', 'industria de defensa', 'contratistas de defensa', 'fuerzas armadas', 'ministerio de defensa', 'Ministerio de Defensa', 'empresas de defensa', 'industria militar', 'industria armamentística'],
    },
    // Soldiers name the sector only as the act's victims ("spyware on soldiers' phones"), as officials do government.
    members: {
      en: ['soldiers', 'military personnel', 'servicemen', 'service members', 'servicemembers'],
      vi: ['binh sĩ', 'quân nhân', 'binh lính'],
      zh: ['军人', '軍人', '士兵', '官兵', '军方人员', '軍方人員'],
      ru: ['военнослужащие', 'военнослужащих', 'военнослужащим', 'солдаты', 'солдат'],
      fr: ['soldats', 'personnel militaire'],
      de: ['Soldaten', 'Soldatinnen und Soldaten'],
      es: ['soldados', 'militares', 'personal militar'],
    },
    adjectives: { en: ['military'], fr: ['militaire', 'militaires'] },
  },
  {
    slug: 'healthcare',
    name: 'Healthcare',
    stix: ['healthcare', 'pharmaceuticals'],
    terms: {
      en: ['healthcare', 'health care', 'health sector', 'hospitals', 'hospital', 'medical', 'pharmaceutical', 'pharmaceuticals', 'vaccine research', 'health systems', 'clinics', 'drugmaker', 'drugmakers', 'pharmaceutical companies', 'health records', 'medical records', 'patient data', 'patient records', 'health insurer', 'health insurance', 'medical center', 'medical centre', 'medical centers', 'pharmaceutical firm', 'pharmaceutical company', 'drug company', 'drug companies', 'hospital systems'],
      vi: ['y tế', 'ngành y tế', 'bệnh viện', 'dược phẩm', 'chăm sóc sức khỏe', 'cơ sở y tế', 'hồ sơ y tế', 'hồ sơ bệnh án', 'công ty dược', 'hãng dược'],
      zh: ['医疗', '医院', '卫生', '医疗机构', '制药', '医药', '醫療', '醫院', '医疗数据', '病历', '病歷', '制药公司', '製藥公司', '藥廠', '药企', '醫療機構', '医院系统'],
      ru: ['здравоохранение', 'здравоохранения', 'больницы', 'больниц', 'медицинские учреждения', 'медицинских учреждений', 'фармацевтические компании', 'фармацевтика', 'клиники', 'больница', 'больницу', 'медицинские данные', 'медицинских данных', 'фармацевтическая компания', 'фармацевтической компании', 'фармацевтических компаний', 'медицинские центры', 'медицинских центров', 'медучреждения', 'медучреждений', 'медицинская страховая компания'],
      fr: ['santé', 'secteur de la santé', 'hôpitaux', 'hôpital', 'établissements de santé', 'médical', 'pharmaceutique', 'pharmaceutiques', 'assureur santé', 'données de santé', 'dossiers médicaux', 'laboratoire pharmaceutique', 'laboratoires pharmaceutiques', 'cliniques', 'centres hospitaliers', 'centre hospitalier'],
      de: ['Gesundheitswesen', 'Gesundheitssektor', 'Krankenhäuser', 'Kliniken', 'Pharmaunternehmen', 'Pharma', 'Krankenhaus', 'Klinik', 'Gesundheitsdaten', 'Patientendaten', 'Krankenversicherer'],
      es: ['salud', 'sanidad', 'sector sanitario', 'hospitales', 'farmacéuticas', 'farmacéutico', 'farmacéutica', 'hospital', 'clínicas', 'historiales médicos', 'datos médicos', 'datos de salud', 'aseguradora de salud', 'centros de salud', 'centro médico', 'centros sanitarios', 'centros médicos'],
    },
  },
  {
    slug: 'technology',
    name: 'Technology',
    stix: ['technology'],
    // Bare 技术, software/软件/phần mềm/logiciels and informatique are left out: "technique", "malicious
    // software", "attaque informatique" name the means of an attack, not a targeted sector.
    terms: {
      en: ['technology', 'tech', 'tech companies', 'tech firms', 'technology companies', 'technology firms', 'IT', 'IT sector', 'IT companies', 'IT service providers', 'software companies', 'software vendors', 'cloud providers', 'cloud service providers', 'managed service providers', 'MSPs', 'semiconductors', 'information technology', 'software supply chain', 'software makers', 'software developers', 'internet companies', 'software company', 'software maker', 'software vendor', 'tech company', 'tech firm', 'technology company', 'technology firm', 'IT company', 'IT provider', 'cloud provider', 'software developer', 'tech giant', 'tech giants'],
      vi: ['ngành công nghệ', 'lĩnh vực công nghệ', 'công nghệ thông tin', 'CNTT', 'công ty công nghệ', 'doanh nghiệp công nghệ', 'tập đoàn công nghệ', 'công ty phần mềm', 'nhà cung cấp phần mềm', 'bán dẫn', 'điện toán đám mây', 'hãng công nghệ', 'công ty phần mềm ví'],
      zh: ['科技', '信息技术', '科技公司', '科技企业', '互联网公司', '软件公司', '软件企业', '软件供应链', '半导体', '云服务', '云服务提供商', 'IT行业', '科技業', '軟體公司', '高科技', '科技企業', '資訊科技', '科技業者'],
      ru: ['технологические компании', 'технологических компаний', 'технологический сектор', 'IT-компании', 'IT-компаний', 'ИТ-компании', 'ИТ-компаний', 'ИТ-сектор', 'IT-корпорации', 'IT-корпораций', 'разработчиков программного обеспечения', 'разработчики программного обеспечения', 'полупроводники', 'облачные провайдеры', 'высокотехнологичной продукции', 'высокотехнологичных компаний', 'высокотехнологичные компании', 'IT-компания', 'ИТ-компания', 'IT-компанию', 'технологическая компания', 'технологической компании', 'технологических компаний', 'разработчик программного обеспечения'],
      fr: ['technologie', 'entreprises technologiques', 'entreprises du numérique', 'secteur numérique', 'secteur informatique', 'entreprises informatiques', 'sociétés informatiques', 'éditeurs de logiciels', 'éditeur de logiciels', 'entreprises de l’Internet', "entreprises de l'Internet", 'géants de l’Internet', "géants de l'Internet", 'semi-conducteurs', 'tech', 'entreprise technologique', 'éditeur de logiciel', 'géant technologique', 'géants technologiques'],
      de: ['Technologie', 'Technologieunternehmen', 'IT-Branche', 'IT-Dienstleister', 'Softwarehersteller', 'Halbleiter', 'Tech-Konzerne', 'Hightech', 'Softwarekonzern', 'Technologiekonzern'],
      es: ['tecnología', 'tecnológicas', 'empresas tecnológicas', 'empresas de software', 'semiconductores', 'empresa tecnológica', 'tecnológica', 'empresas de tecnología', 'empresa de tecnología', 'proveedores de software', 'empresa de software', 'gigante tecnológico'],
    },
  },
  {
    slug: 'education',
    name: 'Education',
    stix: ['education'],
    // Think tanks and research institutes are research/policy bodies, not education; they are left out
    // (analysts code a research institute by its field, if at all).
    terms: {
      en: ['education', 'education sector', 'universities', 'university', 'academia', 'academic', 'academic institutions', 'educational institutions', 'educational institution', 'educational institutes', 'schools', 'colleges'],
      vi: ['giáo dục', 'ngành giáo dục', 'trường đại học', 'đại học', 'học thuật', 'trường học', 'cơ sở giáo dục'],
      zh: ['教育', '高校', '大学', '学校', '高等院校', '教育機構', '学术', '學術', '教育机构'],
      ru: ['образование', 'образования', 'университеты', 'университетов', 'вузы', 'вузов', 'образовательные учреждения', 'образовательных учреждений', 'образовательным учреждениям', 'учебные заведения', 'учебных заведений', 'школы', 'школ'],
      fr: ['éducation', 'enseignement', 'universités', 'université', 'établissements scolaires', "établissements d'enseignement", 'milieu universitaire', 'écoles', 'établissements d’enseignement'],
      de: ['Bildung', 'Bildungswesen', 'Universitäten', 'Hochschulen', 'Bildungseinrichtungen', 'Schulen'],
      es: ['educación', 'universidades', 'universidad', 'centros educativos', 'instituciones educativas', 'académico', 'escuelas'],
    },
  },
  {
    slug: 'media',
    name: 'Media',
    stix: ['entertainment'],
    // Bare 记者 is left out: Chinese news names its own reporter in nearly every story. Singular outlets
    // ("the newspaper said") are the source of a report, so only plurals are listed in English.
    // Bare "presse"/"prensa" are left out: "conférence de presse", "rueda de prensa", "nota de prensa".
    terms: {
      en: ['media', 'news media', 'media outlets', 'news outlets', 'media companies', 'journalists', 'news organizations', 'news organisations', 'newspapers', 'broadcasters', 'TV channels', 'television channels', 'TV stations', 'television stations', 'news agencies', 'news websites', 'entertainment'],
      vi: ['truyền thông', 'báo chí', 'nhà báo', 'cơ quan báo chí', 'cơ quan truyền thông', 'đài truyền hình', 'kênh truyền hình', 'hãng thông tấn', 'tờ báo', 'trang tin', 'giải trí'],
      zh: ['媒体', '新闻媒体', '新闻机构', '媒体机构', '电视台', '通讯社', '报社', '报纸', '新闻网站', '广播电台', '娱乐', '媒體'],
      ru: ['СМИ', 'средства массовой информации', 'медиа', 'журналисты', 'журналистов', 'издания', 'телеканалы', 'телеканалов', 'телеканал', 'газеты', 'информагентства', 'информационные агентства', 'новостные сайты', 'редакции', 'развлечения'],
      fr: ['médias', 'journalistes', 'rédactions', 'chaînes de télévision', 'chaîne de télévision', 'journaux', 'agences de presse', 'diffuseurs', 'divertissement'],
      de: ['Medien', 'Presse', 'Journalisten', 'Nachrichtenagenturen', 'Rundfunk', 'Sender', 'Fernsehsender', 'Zeitungen'],
      es: ['medios', 'medios de comunicación', 'periodistas', 'televisión', 'cadenas de televisión', 'periódicos', 'agencias de noticias'],
    },
  },
  {
    slug: 'water',
    name: 'Water',
    stix: ['water'],
    terms: {
      en: ['water', 'water sector', 'water utilities', 'water utility', 'water systems', 'water treatment', 'wastewater', 'water and wastewater', 'water facilities', 'water supply', 'water authority', 'water authorities', 'water plant', 'water plants', 'water treatment plants', 'pumping station', 'pumping stations', 'booster station', 'water operators', 'water facility'],
      vi: ['nước sạch', 'cấp nước', 'ngành nước', 'nhà máy nước', 'xử lý nước', 'hệ thống cấp nước', 'thủy lợi', 'nhà máy xử lý nước', 'công ty cấp nước', 'trạm bơm'],
      zh: ['水务', '供水', '水利', '污水处理', '水处理', '供水系统', '水務', '水厂', '自来水', '自來水', '水廠', '供水設施', '供水设施'],
      ru: ['водоснабжение', 'водоснабжения', 'водоканал', 'водоканалы', 'водоочистные сооружения', 'водное хозяйство', 'очистные сооружения', 'водоканалов', 'водоочистных сооружений', 'систем водоснабжения', 'системы водоснабжения', 'операторов водоснабжения', 'водопровод', 'водопровода'],
      fr: ['eau potable', 'secteur de l’eau', "secteur de l'eau", 'distribution d’eau', "distribution d'eau", 'traitement des eaux', 'assainissement', 'stations d’eau', "stations d'eau", 'station d’eau', "station d'eau", 'opérateur d’eau', "opérateur d'eau", 'opérateurs d’eau', "opérateurs d'eau", 'réseaux d’eau', "réseaux d'eau", 'réservoir d’eau', "réservoir d'eau", 'stations d’épuration', "stations d'épuration", 'traitement de l’eau', "traitement de l'eau"],
      de: ['Wasserversorgung', 'Wasserversorger', 'Wasserwerke', 'Wasserwerk', 'Abwasser', 'Wasserwirtschaft', 'Wasserbetriebe', 'Wasseraufbereitung', 'Wasseraufbereitungsanlagen', 'Kläranlagen', 'Kläranlage', 'Trinkwasser', 'Wasserwerken', 'Pumpstation', 'Pumpstationen'],
      es: ['agua potable', 'suministro de agua', 'tratamiento de aguas', 'aguas residuales', 'tratamiento de agua', 'plantas de tratamiento', 'operadores de agua', 'sistemas de agua', 'depósitos de agua', 'tanque de agua', 'potabilizadoras', 'depuradoras', 'distribución de agua', 'instalaciones de agua', 'autoridad del agua', 'servicios de agua', 'empresas de agua', 'abastecimiento de agua', 'potabilizadora', 'estación de bombeo', 'estaciones de bombeo'],
    },
  },
  {
    slug: 'manufacturing',
    name: 'Manufacturing',
    stix: ['manufacturing', 'chemical'],
    // Bare "industrial"/"industriels"/制造/sản xuất are left out: "industrial scale", "industriels" (business people), 制造 (to cause).
    terms: {
      en: ['manufacturing', 'manufacturers', 'industrial sector', 'industrial companies', 'industrial firms', 'factories', 'industrial control systems', 'ICS', 'OT', 'chemical', 'chemical plants', 'steel plant', 'steel mill', 'steelmaker', 'industrial plants', 'industrial facilities', 'consumer goods'],
      vi: ['ngành sản xuất', 'doanh nghiệp sản xuất', 'nhà sản xuất', 'công nghiệp', 'nhà máy', 'hệ thống điều khiển công nghiệp', 'hóa chất', 'lĩnh vực sản xuất'],
      zh: ['制造业', '工业', '工厂', '工业控制系统', '工控', '化工', '製造業', '制造企业', '钢铁厂', '鋼鐵廠', '製造商', '制造商', '工廠'],
      ru: ['промышленность', 'промышленности', 'производственные предприятия', 'производственных предприятий', 'заводы', 'заводов', 'АСУ ТП', 'промышленные предприятия', 'промышленных предприятий', 'химическая промышленность', 'завод', 'заводе', 'завода', 'металлургический комбинат', 'металлургического комбината'],
      fr: ['industrie', 'secteur industriel', 'entreprises industrielles', 'sites industriels', 'manufacturier', 'usines', 'systèmes de contrôle industriels', 'chimie', 'sidérurgique', 'site industriel'],
      de: ['Industrie', 'Fertigung', 'Hersteller', 'Fabriken', 'Industriesteuerungen', 'Chemie', 'Fabrik', 'Stahlwerk', 'Konsumgüterkonzern', 'Industrieanlagen', 'Industrieunternehmen'],
      es: ['manufactura', 'industria', 'fabricantes', 'fábricas', 'sistemas de control industrial', 'química', 'fábrica', 'planta industrial', 'plantas industriales', 'acerías', 'siderúrgica'],
    },
    adjectives: { en: ['industrial'], fr: ['industriel', 'industriels', 'industrielle', 'industrielles'] },
  },
  {
    slug: 'elections',
    name: 'Elections',
    // Outside industry-sector-ov: CISA counts election infrastructure as a subsector of Government
    // Facilities, so STIX consumers see `government`; x_opstrack_sector keeps "elections".
    stix: ['government'],
    // Bare "campaigns" is left out: in cyber news it is a hacking campaign.
    terms: {
      en: ['elections', 'election', 'election infrastructure', 'electoral', 'voting', 'voter registration', 'election officials', 'election campaigns', 'election campaign', 'political campaigns', 'presidential campaign', 'electoral commission', 'polling stations', 'vote counting', 'electoral systems'],
      vi: ['bầu cử', 'cuộc bầu cử', 'hệ thống bầu cử', 'cử tri', 'ủy ban bầu cử'],
      zh: ['选举', '大选', '选举系统', '选民', '投票', '選舉'],
      ru: ['выборы', 'выборов', 'выборах', 'избирательная система', 'избирательные комиссии', 'избирательных комиссий', 'голосование', 'избиратели'],
      fr: ['élections', 'élection', 'électoral', 'électorale', 'électoraux', 'scrutin', 'campagnes électorales'],
      de: ['Wahlen', 'Wahl', 'Wahlsysteme', 'Wahlbehörden', 'Wahlkampf', 'Wahlinfrastruktur', 'Wahlkommission', 'Wahlleitung', 'Parlamentswahl', 'Präsidentschaftswahl', 'Präsidentenwahl', 'Wahltag'],
      es: ['elecciones', 'elección', 'electoral', 'comicios', 'votación', 'sistemas electorales', 'infraestructura electoral', 'Comisión Electoral'],
    },
  },
  {
    slug: 'critical-infrastructure',
    name: 'Critical infrastructure',
    stix: ['infrastructure'],
    // Bare "infrastructure" is left out: attackers' servers are "infrastructure" too.
    terms: {
      en: ['critical infrastructure', 'critical infrastructures', 'critical national infrastructure', 'CNI', 'critical infrastructure sectors', 'critical infrastructure organizations', 'critical infrastructure operators', 'vital infrastructure', 'essential services'],
      vi: ['hạ tầng then chốt', 'cơ sở hạ tầng quan trọng', 'hạ tầng quan trọng', 'hạ tầng trọng yếu', 'cơ sở hạ tầng thiết yếu', 'hạ tầng thiết yếu', 'hạ tầng cơ sở trọng yếu', 'cơ sở hạ tầng trọng yếu', 'cơ sở hạ tầng then chốt', 'hạ tầng thiết yếu quốc gia'],
      zh: ['关键基础设施', '关键信息基础设施', '重要基础设施', '关键基础设施运营者', '關鍵基礎設施', '關鍵資訊基礎設施', '關鍵基礎建設', '重要基礎設施', '關鍵基礎設施運營'],
      ru: ['критическая инфраструктура', 'критической инфраструктуры', 'критическую инфраструктуру', 'критической инфраструктуре', 'объекты критической инфраструктуры', 'объектов критической инфраструктуры', 'КИИ', 'объекты КИИ', 'критическая информационная инфраструктура', 'критической информационной инфраструктуры', 'критически важная инфраструктура', 'критически важной инфраструктуры', 'критически важные объекты', 'критически важных объектов', 'инфраструктурных объектов', 'инфраструктурные объекты', 'объектов инфраструктуры', 'объекты инфраструктуры', 'ключевой инфраструктуры', 'ключевая инфраструктура', 'ключевую инфраструктуру'],
      fr: ['infrastructures critiques', 'infrastructure critique', 'infrastructures vitales', 'infrastructures essentielles', 'opérateurs d’importance vitale', "opérateurs d'importance vitale", 'OIV', 'opérateurs de services essentiels'],
      de: ['kritische Infrastruktur', 'kritische Infrastrukturen', 'kritischen Infrastrukturen', 'kritischer Infrastruktur', 'KRITIS', 'KRITIS-Betreiber', 'kritischen Infrastruktur', 'Einrichtungen der kritischen Infrastruktur'],
      es: ['infraestructura crítica', 'infraestructuras críticas', 'infraestructuras esenciales', 'infraestructuras vitales', 'infraestructura vital', 'infraestructuras estratégicas'],
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
  { slug: 'infrastructure-dams', name: 'Dams', stix: ['dams'], terms: { en: ['dams'], vi: ['đập thủy điện'], zh: ['水坝', '大坝'], ru: ['плотины'], fr: ['barrages'], de: ['Staudämme'], es: ['presas'] } },
  { slug: 'mining', name: 'Mining', stix: ['mining'], terms: { en: ['mining'], vi: ['khai khoáng'], zh: ['采矿'], ru: ['горнодобывающая отрасль'], fr: ['mines', 'secteur minier'], de: ['Bergbau'], es: ['minería'] } },
  { slug: 'non-profit', name: 'Non-profit', stix: ['non-profit'], terms: { en: ['non-profit', 'NGOs', 'nonprofits', 'civil society'], vi: ['tổ chức phi chính phủ', 'xã hội dân sự'], zh: ['非政府组织', '公民社会'], ru: ['НКО', 'некоммерческие организации', 'гражданское общество'], fr: ['ONG', 'société civile'], de: ['NGOs', 'Zivilgesellschaft'], es: ['ONG', 'sociedad civil'] } },
  { slug: 'retail', name: 'Retail', stix: ['retail'], terms: { en: ['retail', 'retailers'], vi: ['bán lẻ'], zh: ['零售'], ru: ['ритейл', 'розничная торговля'], fr: ['distribution', 'commerce de détail'], de: ['Einzelhandel'], es: ['comercio minorista'] } },
];

export function buildSectors(): KnownEntity[] {
  return [...SECTORS, ...OTHER_STIX_SECTORS].map((s) => {
    const add = aliasCollector(s.name);
    if (s.slug !== s.name.toLowerCase()) add({ name: s.slug, form: 'code' });
    for (const [lang, terms] of Object.entries(s.terms)) for (const t of terms ?? []) add({ name: t, lang, source: 'OpsTrack', form: 'term' });
    for (const [lang, terms] of Object.entries(s.members ?? {})) for (const t of terms ?? []) add({ name: t, lang, source: 'OpsTrack', form: 'member' });
    for (const [lang, terms] of Object.entries(s.adjectives ?? {})) for (const t of terms ?? []) add({ name: t, lang, source: 'OpsTrack', form: 'adjective' });
    return {
      id: sectorEntityId(s.slug),
      type: 'identity',
      kind: 'sector',
      name: s.name,
      sector: s.slug,
      aliases: add.done(),
      description: s.stix.length ? `STIX industry-sector-ov: ${s.stix.join(', ')}` : 'Not in STIX industry-sector-ov (OpsTrack sector).',
    } satisfies KnownEntity;
  });
}

const sectorIds = new Map<string, string>();

/** The id of the built-in sector entity for a slug (the same on every install; each slug hashed once). */
export function sectorEntityId(slug: string): string {
  let id = sectorIds.get(slug);
  if (id === undefined) sectorIds.set(slug, (id = knowledgeId('identity', 'sector', slug)));
  return id;
}

/** STIX industry-sector-ov values for a sector slug (for identity.sectors). */
export function stixSectorsOf(slug: string): string[] {
  return [...SECTORS, ...OTHER_STIX_SECTORS].find((s) => s.slug === slug)?.stix ?? [];
}
