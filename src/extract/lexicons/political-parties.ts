/**
 * Political parties whose members of parliament speak for them: a question or a call by an MP is
 * their party's (the corpus labels name the party by its usual English name, or by its own short
 * name where English uses that: "CDU", "PASOK", "ERC"). Each with the forms the profiles' languages
 * write it in, inflected forms included where the language declines names. Only forms that name the
 * party and nothing else: no bare adjective ("conservative", "socialiste") and no two-letter
 * abbreviation that other words share.
 */
import type { SourceSpec } from './sources.ts';

export interface PartySpec extends SourceSpec {
  /** Short forms a parliamentary record writes in the bracket after a member's name ("(Con)", "(Lab, Leeds)"), too short to mean the party elsewhere. */
  bracketed?: string[];
  /**
   * Words that make a member of parliament the party's when they qualify the member's role ("Democratic
   * senator", "la congresista demócrata", "сенатор-республиканец"), as patterns; only in an article that
   * names `state`, the one state whose parties these words stand for.
   */
  members?: string[];
  state?: string;
  /** The state whose party this is, when one of its written forms (`shared`) names a party of that kind in other states too. */
  home?: string;
  /**
   * Written forms that name a party of this kind in several states ("Labour", "Công đảng", "工党", "Parti travailliste"): the
   * article's states tell which party they are (`partyInContext`). The first party that lists a form among its aliases is the one it
   * names when the article names none of their homes.
   */
  shared?: string[];
}

const LABOUR_FORMS = ['Labour Party', 'Parti travailliste', 'Partido Laborista', 'Labour-Partei', 'Лейбористская партия', 'Лейбористской партии', 'лейбористской партии', '工党', '工黨', 'Công đảng'];

/** "the Liberals urged", "Liberals in parliament": the plural names the Liberal party of the state the article names. */
const LIBERAL_FORMS = ['Liberals'];

export const POLITICAL_PARTIES: PartySpec[] = [
  // United Kingdom
  { name: 'Labour Party', home: 'GB', shared: LABOUR_FORMS, aliases: ['Labour', 'UK Labour', 'British Labour', ...LABOUR_FORMS], bracketed: ['Lab', 'Lab/Co-op'] },
  { name: 'Conservative Party', aliases: ['Conservatives', 'Tory Party', 'Tories', 'Parti conservateur', 'Partido Conservador', 'Konservative Partei', 'Konservativen Partei', 'Консервативная партия', 'Консервативной партии', '保守党', 'Đảng Bảo thủ'], bracketed: ['Con', 'C'] },
  { name: 'Liberal Democrats', aliases: ['Lib Dems', 'Lib Dem', 'Libéraux-démocrates', 'Liberaldemokraten'], bracketed: ['LD'] },
  { name: 'Scottish National Party', aliases: ['SNP'] },
  // Canada
  { name: 'Conservative Party of Canada', aliases: ['Parti conservateur du Canada', 'Partido Conservador de Canadá'], bracketed: ['PCC', 'CPC'] },
  { name: 'Liberal Party of Canada', home: 'CA', shared: LIBERAL_FORMS, aliases: [...LIBERAL_FORMS, 'Parti libéral du Canada', 'Partido Liberal de Canadá', 'Liberale Partei Kanadas', 'Либеральная партия Канады', 'Либеральной партии Канады', '加拿大自由党', '加拿大自由黨', 'Đảng Tự do Canada'] },
  { name: 'Bloc Québécois', aliases: ['Bloc québécois'] },
  { name: 'New Democratic Party', aliases: ['NDP', 'NPD', 'Nouveau Parti démocratique'] },
  // Belgium
  { name: 'Ecolo', aliases: ['Ecolo-Groen', 'Écolo'] },
  { name: 'N-VA', aliases: ['Nieuw-Vlaamse Alliantie'] },
  // Germany
  { name: 'CDU/CSU', aliases: ['Union-Fraktion', 'Unionsfraktion', 'CDU/CSU-Fraktion', 'CDU/CSU-Bundestagsfraktion'] },
  { name: 'CDU', aliases: ['Christlich Demokratische Union', 'ХДС'] },
  { name: 'CSU' },
  { name: 'SPD', aliases: ['Sozialdemokratische Partei Deutschlands', 'СДПГ'] },
  { name: 'AfD', aliases: ['Alternative für Deutschland', 'АдГ'] },
  { name: 'FDP' },
  // Spain
  { name: 'ERC', aliases: ['Esquerra Republicana', 'Esquerra Republicana de Catalunya', 'Grupo Parlamentario Republicano', 'Grupo Republicano'] },
  { name: 'PSOE', aliases: ['Partido Socialista Obrero Español'] },
  { name: "People's Party", aliases: ['Partido Popular', 'Grupo Popular', 'Parti populaire espagnol'] },
  // Greece
  { name: 'PASOK', aliases: ['Pasok', 'Pasok-Kinal', 'PASOK-KINAL', 'ПАСОК'] },
  { name: 'New Democracy', aliases: ['Nouvelle Démocratie', 'Nea Dimokratia', 'Nueva Democracia'] },
  { name: 'Syriza', aliases: ['SYRIZA', 'СИРИЗА'] },
  // Russia
  { name: 'United Russia', aliases: ['Единая Россия', 'Единой России', 'Единую Россию', 'Единой Россией', '«Единая Россия»', '«Единой России»', 'Russie unie', 'Rusia Unida', 'Einiges Russland', 'Einigen Russlands', '统一俄罗斯党', 'Nước Nga Thống nhất'] },
  { name: 'LDPR', aliases: ['ЛДПР'] },
  { name: 'Communist Party of the Russian Federation', aliases: ['КПРФ'] },
  // South Korea
  { name: 'People Power Party', aliases: ['국민의힘', '国民力量党', '國民力量黨', '國民力量', 'Đảng Quyền lực Nhân dân', 'Parti du pouvoir au peuple'] },
  { name: 'Liberty Korea Party', aliases: ['자유한국당', 'Parti Liberté Corée', 'Partido Libertad Corea', 'Partei Freiheit Korea', 'Партия свободы Кореи', '自由韩国党', '自由韓國黨', 'Đảng Hàn Quốc Tự do'] },
  { name: 'Democratic Party of Korea', aliases: ['더불어민주당', '共同民主党', '共同民主黨', 'Đảng Dân chủ Hàn Quốc'] },
  // Indonesia
  { name: 'United Development Party', aliases: ['Partai Persatuan Pembangunan', 'đảng Phát triển Thống nhất', 'Đảng Phát triển Thống nhất'] },
  // Chile
  { name: 'Party for Democracy', aliases: ['Partido por la Democracia', 'PPD'] },
  // Colombia
  { name: 'Democratic Center', aliases: ['Centro Democrático', 'Centre démocratique', 'Демократический центр', 'Демократического центра', '民主中心党', '民主中心黨', 'đảng Trung tâm Dân chủ', 'Đảng Trung tâm Dân chủ'] },
  // Mexico
  { name: 'Morena', aliases: ['MORENA', 'Movimiento Regeneración Nacional'] },
  { name: 'National Action Party', aliases: ['Partido Acción Nacional'] },
  { name: 'Institutional Revolutionary Party', aliases: ['Partido Revolucionario Institucional'] },
  // United States
  { name: 'Democratic Party', state: 'US', members: ['Democratic', 'Democrat', 'dem[oó]crata', 'démocrate', '[Dd]emokratische[nr]?', 'Demokrat(?:in)?', 'демократ(?:ка)?', '[Дд]емократическ(?:ий|ого|ому|им|ая|ой)', 'đảng Dân chủ', '民主党籍?', '民主黨籍?'], aliases: ['Parti démocrate', 'Partido Demócrata', 'Demokratische Partei', 'Demokratischen Partei', 'Демократическая партия', 'Демократической партии', '美国民主党', '美國民主黨', 'Đảng Dân chủ Mỹ'] },
  { name: 'Republican Party', state: 'US', members: ['Republican', 'republican[oa]', 'républicaine?', '[Rr]epublikanische[nr]?', 'Republikaner(?:in)?', 'республиканец', 'республиканка', '[Рр]еспубликанск(?:ий|ого|ому|им|ая|ой)', 'đảng Cộng hòa', '共和党籍?', '共和黨籍?'], aliases: ['GOP', 'Parti républicain', 'Partido Republicano', 'Republikanische Partei', 'Republikanischen Partei', 'Республиканская партия', 'Республиканской партии', '美国共和党', '美國共和黨', 'Đảng Cộng hòa Mỹ'] },
  // France
  { name: 'En Marche', aliases: ['En Marche !', 'En Marche!', 'La République en marche', 'La République En Marche', 'LREM', 'Renaissance-Partei', '共和国前进党', '共和國前進黨', 'Đảng Nền Cộng hòa Tiến bước'] },
  { name: 'National Rally', aliases: ['Rassemblement national', 'Rassemblement National', 'Agrupación Nacional', 'Национальное объединение', 'Национального объединения', '国民联盟', '國民聯盟'] },
  { name: 'La France Insoumise', aliases: ['La France insoumise', 'LFI', 'Francia Insumisa'] },
  // Germany
  { name: 'Alliance 90/The Greens', aliases: ['Die Grünen', 'Grünen', 'Bündnis 90/Die Grünen', 'Grünen-Fraktion', 'Grüne-Fraktion'] },
  { name: 'Die Linke', aliases: ['Linkspartei', 'Linksfraktion', 'Linken-Fraktion', 'Linke', 'Linken', 'Partei Die Linke'] },
  // Israel
  { name: 'Likud', aliases: ['Likoud', 'Likud-Partei', 'Ликуд', 'Ликуда', '利库德集团', '利庫德集團', '利库德党', '利庫德黨', 'đảng Likud', 'Đảng Likud'] },
  { name: 'Blue and White', aliases: ['Kahol Lavan', 'Bleu et Blanc', 'Bleu-Blanc', 'Azul y Blanco', 'Blau-Weiß', 'Blau-Weiss', 'Синие-белые', '«Синие-белые»', '蓝白党', '藍白黨', '蓝白联盟', '藍白聯盟', 'Liên minh Xanh và Trắng', 'liên minh Xanh và Trắng', 'Liên minh Xanh - Trắng', 'Liên minh Xanh-Trắng'] },
  { name: 'Israeli Labor Party', home: 'IL', shared: LABOUR_FORMS, aliases: ['HaAvoda', 'Avoda', 'Parti travailliste israélien', 'Partido Laborista israelí', 'Israelische Arbeitspartei', 'Израильская партия труда', '以色列工党', '以色列工黨', 'Công đảng Israel'] },
  // Australia
  { name: 'Australian Labor Party', home: 'AU', shared: LABOUR_FORMS, aliases: ['Parti travailliste australien', 'Partido Laborista australiano', 'Australische Labor-Partei', 'Лейбористская партия Австралии', '澳大利亚工党', '澳大利亞工黨', 'Công đảng Úc'] },
  // Hungary
  { name: 'Fidesz', aliases: ['Fidesz-KDNP', 'Фидес', '青民盟', '青年民主主义者联盟', '青年民主主義者聯盟', 'đảng Fidesz', 'Đảng Fidesz'] },
  // Poland
  { name: 'Civic Coalition', aliases: ['Koalicja Obywatelska', 'Civic Platform', 'Platforma Obywatelska', 'Coalition civique', 'Coalición Cívica', 'Bürgerkoalition', 'Bürgerplattform', 'Гражданская коалиция', 'Гражданская платформа', '公民联盟', '公民聯盟', '公民纲领', '公民綱領', 'Liên minh Công dân', 'Cương lĩnh Công dân'] },
  // Georgia
  { name: 'Georgian Dream', aliases: ['Georgian Dream – Democratic Georgia', 'Rêve géorgien', 'Sueño Georgiano', 'Georgischer Traum', 'Georgischen Traum', 'Georgischen Traums', 'Грузинская мечта', 'Грузинской мечты', '«Грузинская мечта»', '«Грузинской мечты»', '格鲁吉亚梦想', '格魯吉亞夢想', 'Giấc mơ Gruzia', 'đảng Giấc mơ Gruzia'] },
  // Japan
  { name: 'Liberal Democratic Party', aliases: ['Liberal Democratic Party of Japan', 'Parti libéral-démocrate', 'Partido Liberal Democrático', 'Liberaldemokratische Partei', 'Либерально-демократическая партия Японии', '自民党', '自民黨', '自由民主党', '自由民主黨', 'Đảng Dân chủ Tự do'] },
  { name: 'Democratic Party of Japan', aliases: ['Parti démocrate du Japon', 'Partido Democrático de Japón', 'Demokratische Partei Japans', 'Демократическая партия Японии', '日本民主党', '日本民主黨', 'Đảng Dân chủ Nhật Bản'] },
  { name: 'Constitutional Democratic Party of Japan', aliases: ['立憲民主党', '立憲民主黨', '立宪民主党'] },
  // Taiwan
  { name: 'Kuomintang', aliases: ['KMT', '国民党', '國民黨', '中国国民党', '中國國民黨', 'Quốc dân Đảng', 'Гоминьдан', 'Гоминьдана'] },
  { name: 'Democratic Progressive Party', aliases: ['DPP', '民进党', '民進黨', 'Đảng Dân Tiến', 'Демократическая прогрессивная партия'] },
  // Thailand
  { name: 'Move Forward Party', aliases: ['Move Forward', 'Parti Move Forward', 'Partido Avanzar', 'đảng Tiến bước', 'Đảng Tiến bước', '前进党', '前進黨', 'Партия «Вперёд»'] },
  { name: 'Pheu Thai Party', aliases: ['Pheu Thai', 'Phuea Thai', '为泰党', '為泰黨', 'đảng Vì nước Thái', 'Đảng Pheu Thai', 'đảng Pheu Thai'] },
  // Indonesia
  { name: 'Golkar', aliases: ['Partai Golkar', 'Partai Golongan Karya', 'đảng Golkar', 'Đảng Golkar', '专业集团党', '專業集團黨'] },
  { name: 'Indonesian Democratic Party of Struggle', aliases: ['PDI-P', 'PDI Perjuangan', 'Partai Demokrasi Indonesia Perjuangan', '印尼民主斗争党', '印尼民主鬥爭黨', 'đảng Dân chủ Đấu tranh Indonesia'] },
  { name: 'Gerindra', aliases: ['Partai Gerindra', 'Great Indonesia Movement Party', 'đảng Gerindra', 'Đảng Gerindra'] },
];

/** The parties with member words, each with its words as one pattern (a whole word, not a part of one). */
export const PARTY_MEMBER_WORDS: ReadonlyArray<{ name: string; state: string; re: RegExp }> = POLITICAL_PARTIES.filter((x) => x.members && x.state).map((x) => ({
  name: x.name,
  state: x.state!,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${x.members!.join('|')})(?![\\p{L}\\p{N}])|(?:${x.members!.filter((f) => /\p{Script=Han}/u.test(f)).join('|') || '(?!)'})`, 'u'),
}));

/** The names of the known parties, for membership tests. */
export const PARTY_NAMES: ReadonlySet<string> = new Set(POLITICAL_PARTIES.map((x) => x.name));

const BRACKET_FORMS: ReadonlyMap<string, string> = new Map(
  POLITICAL_PARTIES.flatMap((x) => [x.name, ...(x.aliases ?? []), ...(x.bracketed ?? [])].map((f) => [f.toLowerCase(), x.name] as const)),
);

/** The party one comma-separated part of a bracket after a name writes ("Labour", "Con", "Ecolo-Groen"), if any. */
export function partyOfBracketPart(part: string): string | undefined {
  return BRACKET_FORMS.get(part.trim().replace(/^[«"“„]|[»"”“]$/gu, '').toLowerCase());
}

/** For each shared written form (lower case), the parties it may name, each with its home state. */
const SHARED_FORMS: ReadonlyMap<string, ReadonlyArray<{ name: string; home: string }>> = (() => {
  const out = new Map<string, Array<{ name: string; home: string }>>();
  for (const x of POLITICAL_PARTIES) if (x.home) for (const f of x.shared ?? []) {
    const k = f.toLowerCase();
    out.set(k, [...(out.get(k) ?? []), { name: x.name, home: x.home }]);
  }
  return out;
})();

/**
 * The party a shared written form names in an article ("Công đảng" in an article about Israel is its Labor Party): the one whose
 * home state the article names most often (`stateMentions`, mentions per state code); `name` when it names none of them.
 */
export function partyInContext(name: string, form: string, stateMentions: ReadonlyMap<string, number>): string {
  const candidates = SHARED_FORMS.get(form.toLowerCase());
  if (!candidates) return name;
  let best = name;
  let most = 0;
  for (const c of candidates) {
    const n = stateMentions.get(c.home) ?? 0;
    if (n > most) { best = c.name; most = n; }
  }
  return best;
}
