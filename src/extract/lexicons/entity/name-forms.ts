/**
 * How foreign personal names are written in Chinese, and back. Chinese transcribes a Western name
 * part by part with standard character sequences (the Xinhua tables: 约翰 John, 史密斯 Smith), joined
 * by a middle dot; a name whose every part is known here is given its usual Latin form. Characters
 * that serve transcription and (almost) never a Chinese given name tell such a name apart from a
 * Chinese one when no dot marks it.
 */

/** Characters of transcription that Chinese given names do not use ("伊斯特利", "马科斯"). */
export const HAN_TRANSCRIPTION_ONLY = new Set([...'斯尔爾夫茨姆顿頓兹茲普维維洛瑟萨薩塞']);

/**
 * States whose officials Chinese writes with their own Chinese names (read in pinyin or Wade-Giles):
 * an official of any other state named in characters without a dot carries a transcribed foreign
 * name ("德国内政部长费泽"), which no pinyin reading gives back.
 */
export const HAN_NAME_STATES: ReadonlySet<string> = new Set(['CN', 'TW', 'HK', 'MO', 'SG']);

/** Common Western given names and surnames in their standard Chinese transcription (Simplified and Traditional). */
const PARTS: Record<string, string[]> = {
  // given names
  John: ['约翰', '約翰'], James: ['詹姆斯'], Robert: ['罗伯特', '羅伯特'], Michael: ['迈克尔', '邁克爾', '麦克', '麥克'],
  William: ['威廉'], David: ['大卫', '大衛', '戴维', '戴維'], Richard: ['理查德', '理查'], Joseph: ['约瑟夫', '約瑟夫'],
  Thomas: ['托马斯', '托馬斯', '湯瑪斯'], Charles: ['查尔斯', '查爾斯'], Christopher: ['克里斯托弗'], Daniel: ['丹尼尔', '丹尼爾'],
  Matthew: ['马修', '馬修'], Anthony: ['安东尼', '安東尼'], Mark: ['马克', '馬克'], Donald: ['唐纳德', '唐納德'],
  Steven: ['史蒂文', '史蒂芬'], Paul: ['保罗', '保羅'], Andrew: ['安德鲁', '安德魯'], Kenneth: ['肯尼斯'], Kevin: ['凯文', '凱文'],
  Brian: ['布赖恩', '布萊恩'], George: ['乔治', '喬治'], Edward: ['爱德华', '愛德華'], Ronald: ['罗纳德', '羅納德'],
  Timothy: ['蒂莫西'], Jason: ['杰森', '傑森'], Jeffrey: ['杰弗里', '傑弗里'], Ryan: ['瑞安'], Jacob: ['雅各布'],
  Nicholas: ['尼古拉斯'], Eric: ['埃里克'], Jonathan: ['乔纳森', '喬納森'], Stephen: ['斯蒂芬'], Scott: ['斯科特'],
  Benjamin: ['本杰明', '本傑明'], Samuel: ['塞缪尔', '塞繆爾'], Frank: ['弗兰克', '弗蘭克'], Gregory: ['格雷戈里'],
  Alexander: ['亚历山大', '亞歷山大'], Patrick: ['帕特里克'], Jack: ['杰克', '傑克'], Henry: ['亨利'], Peter: ['彼得'],
  Ian: ['伊恩'], Ivan: ['伊万', '伊萬'], Bradley: ['布拉德利'], Antony: ['安东尼', '安東尼'], Jake: ['杰克', '傑克'],
  Anne: ['安妮'], Mary: ['玛丽', '瑪麗'], Jennifer: ['詹妮弗', '珍妮弗'], Elizabeth: ['伊丽莎白', '伊麗莎白'], Susan: ['苏珊', '蘇珊'],
  Sarah: ['莎拉', '萨拉'], Lisa: ['丽莎', '麗莎'], Margaret: ['玛格丽特', '瑪格麗特'], Michelle: ['米歇尔', '米歇爾'],
  Laura: ['劳拉', '勞拉'], Helen: ['海伦', '海倫'], Anna: ['安娜'], Catherine: ['凯瑟琳', '凱瑟琳'], Victoria: ['维多利亚', '維多利亞'],
  Nancy: ['南希'], Karen: ['凯伦', '凱倫'], Emily: ['艾米丽', '艾米麗'],
  Judith: ['朱迪思'], Jessica: ['杰西卡', '傑西卡'], Rebecca: ['丽贝卡', '麗貝卡'], Linda: ['琳达', '琳達'], Barbara: ['芭芭拉'],
  Patricia: ['帕特里夏'], Amanda: ['阿曼达', '阿曼達'], Kate: ['凯特', '凱特'], Angela: ['安吉拉'], Rachel: ['雷切尔', '雷切爾'],
  Deborah: ['黛博拉'], Emma: ['艾玛', '艾瑪'], Winston: ['温斯顿', '溫斯頓'], Gavin: ['加文'], Keith: ['基思'], Dennis: ['丹尼斯'],
  Walter: ['沃尔特', '沃爾特'], Roger: ['罗杰', '羅傑'], Philip: ['菲利普'], Simon: ['西蒙'], Nathan: ['内森', '內森'],
  // surnames
  Smith: ['史密斯'], Johnson: ['约翰逊', '約翰遜'], Williams: ['威廉姆斯', '威廉斯'], Brown: ['布朗'], Jones: ['琼斯', '瓊斯'],
  Miller: ['米勒'], Davis: ['戴维斯', '戴維斯'], Wilson: ['威尔逊', '威爾遜'], Anderson: ['安德森'], Taylor: ['泰勒'],
  Jackson: ['杰克逊', '傑克遜'], White: ['怀特', '懷特'], Harris: ['哈里斯'], Thompson: ['汤普森', '湯普森'],
  Moore: ['摩尔', '摩爾'], Clark: ['克拉克'], Lewis: ['刘易斯', '劉易斯'], Robinson: ['罗宾逊', '羅賓遜'], Walker: ['沃克'],
  Allen: ['艾伦', '艾倫'], Green: ['格林'], Baker: ['贝克', '貝克'], Adams: ['亚当斯', '亞當斯'], Nelson: ['纳尔逊', '納爾遜'],
  Campbell: ['坎贝尔', '坎貝爾'], Mitchell: ['米切尔', '米切爾'], Roberts: ['罗伯茨', '羅伯茨'], Carter: ['卡特'],
  Evans: ['埃文斯'], Turner: ['特纳', '特納'], Parker: ['帕克'], Collins: ['柯林斯'], Edwards: ['爱德华兹', '愛德華茲'],
  Stewart: ['斯图尔特', '斯圖爾特'], Morris: ['莫里斯'], Murphy: ['墨菲'], Cook: ['库克', '庫克'], Rogers: ['罗杰斯', '羅傑斯'],
  Morgan: ['摩根'], Cooper: ['库珀', '庫珀'], Kelly: ['凯利', '凱利'], Howard: ['霍华德', '霍華德'], Watson: ['沃森'],
  Bennett: ['贝内特', '貝內特'], Sullivan: ['沙利文', '蘇利文'], Austin: ['奥斯汀', '奧斯汀'], Hughes: ['休斯'], Ward: ['沃德'],
  Peters: ['彼得斯'], Martin: ['马丁', '馬丁'], Wright: ['赖特', '萊特'], Hill: ['希尔', '希爾'], Hall: ['霍尔', '霍爾'], Wood: ['伍德'],
  Bell: ['贝尔', '貝爾'], Ford: ['福特'], Grant: ['格兰特', '格蘭特'], Hunt: ['亨特'], Kennedy: ['肯尼迪'], Stone: ['斯通'],
  Morrison: ['莫里森'], Wallace: ['华莱士', '華萊士'], Graham: ['格雷厄姆'], Murray: ['默里'], Fisher: ['费希尔', '費希爾'],
};

/** Chinese transcription -> Latin name part. */
export const HAN_NAME_PARTS: ReadonlyMap<string, string> = new Map(
  Object.entries(PARTS).flatMap(([latin, forms]) => forms.map((f) => [f, latin] as const)),
);

/**
 * How Ukraine's national romanization writes a Ukrainian name that a Russian text spells in Russian
 * letters. `always`: a Russian letter that stands for one Ukrainian letter written otherwise ("г" is
 * Ukrainian "г", h: "Ольга" Olha). `either`: a Russian letter that stands for two Ukrainian ones
 * ("и" for "і", i, or "и", y: "Стефанишина" Stefanishyna). Lowercase Cyrillic to Latin.
 */
export const UA_FROM_RU: { always: readonly [string, string][]; either: readonly [string, string][] } = {
  always: [['г', 'h']],
  either: [['и', 'y']],
};

/**
 * Russian personal names in the genitive ("слова министра Ивана Петрова", "по словам представителя
 * Жозепа Борреля"): a name in apposition to a role word takes the role word's case. Role words whose
 * genitive (singular) these endings mark, and how each name word's genitive ending goes back to the
 * nominative, longest ending first. A word that ends otherwise (indeclinable "Лиз", "Монако") stays.
 */
export const RU_GENITIVE_ROLE = /^(?:[\p{L}-]*(?:ря|ля|тра|ента|тора|ника|дента|сла|ора|ера|ата|ела|ка|рта|ста)|заместителя|представителя|руководителя|председателя)$/u;
/**
 * Source markers that put the name after them in the genitive ("по словам Ивана Петрова", "по мнению
 * Марии Ивановой", "со слов ..."): the name is given back in the nominative as after a role word in
 * the genitive.
 */
export const RU_GENITIVE_SOURCES = /(?:^|[\s,(«"])(?:по\s+(?:словам|мнению|данным|информации|оценке|оценкам|утверждению|заявлению)|со\s+слов)\s+$/iu;
export const RU_GENITIVE_NAME_ENDINGS: [string, string][] = [
  ['ского', 'ский'], ['цкого', 'цкий'], ['овой', 'ова'], ['евой', 'ева'], ['ёвой', 'ёва'], ['иной', 'ина'], ['ыной', 'ына'], ['ской', 'ская'],
  ['ого', 'ый'], ['его', 'ий'], ['ии', 'ия'], ['ия', 'ий'], ['ея', 'ей'], ['ая', 'ай'], ['оя', 'ой'],
  ['ова', 'ов'], ['ева', 'ев'], ['ёва', 'ёв'], ['ина', 'ин'], ['ына', 'ын'],
  ['гы', 'га'], ['ки', 'ка'], ['хи', 'ха'], ['жи', 'жа'], ['ши', 'ша'], ['чи', 'ча'], ['щи', 'ща'], ['ы', 'а'],
];

/**
 * How German, French and Spanish transcribe Russian, Ukrainian and Belarusian names, undone into the
 * English (BGN/PCGN-style) spelling: "Peskow" -> "Peskov", "Loukachenko" -> "Lukashenko",
 * "Zajárova" -> "Zakharova". `surname` is the shape of an East Slavic surname in the language's
 * transcription (the rules apply only to names whose last word has it); `rules` rewrite letter
 * groups in order (lowercase; a leading "^" anchors at the start of a word, a trailing "$" at its
 * end); `given` applies to the first word only.
 */
export interface SlavicTranscription {
  surname: string;
  rules: [string, string][];
  given?: [string, string][];
  /**
   * Letters the transcription writes alike for two Cyrillic letters, as rewrites of the English
   * surname giving the other reading (German "S" before a vowel is Russian "с" or "з": "Sacharowa"
   * Zakharova, "Sergejew" Sergeyev); each reading becomes an alias.
   */
  variants?: [string, string][];
}

export const SLAVIC_TRANSCRIPTIONS: Record<string, SlavicTranscription> = {
  de: {
    surname: '(?:ow|ew|owa|ewa|in|ina|ski|skij|skyj|skaja|enko|itsch|owitsch|ewitsch|uk|tschuk|ez|jan)',
    rules: [['schtsch', 'shch'], ['tsch', 'ch'], ['sch', 'sh'], ['ch', 'kh'], ['z', 'ts'], ['w', 'v'], ['ij$', 'y'], ['yj$', 'y'], ['j', 'y'], ['ss', 's']],
    given: [['([bcdfgklmnprstv])i$', '$1y']],
    variants: [['^s(?=[aeiou])', 'z']],
  },
  fr: {
    surname: '(?:ov|ev|iev|ova|eva|(?:l|k|n|z|ch)ine|ina|ski|sky|skaïa|enko|itch|ovitch|evitch|ets|ouk|tchouk)',
    rules: [['chtch', 'shch'], ['tch', 'ch'], ['ch', 'sh'], ['ou', 'u'], ['^i(?=[aeuo])', 'y'], ['j', 'zh'], ['gue', 'ge'], ['gui', 'gi'], ['ï', 'y'], ['ss', 's'], ['ine$', 'in']],
    given: [['([bcdfgklmnprstv])i$', '$1y']],
  },
  es: {
    surname: '(?:ov|ev|ova|eva|in|ina|ski|enko|ich|ovich|evich|uk|chuk)',
    rules: [['j', 'kh'], ['gu(?=[eé])', 'g'], ['gu(?=[ií])', 'g']],
    given: [['([bcdfgklmnprstv])i$', '$1y']],
  },
};

/**
 * Time words that may follow a Chinese role word where a name would ("发言人周一表示", "总统上周宣布",
 * "部长当天回应"): the day of the week, the week, the day itself. 周 is a surname too, so the run
 * after a role is read as a name only when it is none of these.
 */
export const HAN_TIME_WORDS: readonly string[] = [
  ...['一', '二', '三', '四', '五', '六', '日', '天', '末'].flatMap((d) => [`周${d}`, `週${d}`, `星期${d}`, `礼拜${d}`, `禮拜${d}`]),
  '上周', '上週', '本周', '本週', '下周', '下週', '上月', '本月', '当天', '當天', '当日', '當日', '同日', '次日', '日前', '近日', '早前', '稍早', '随后', '隨後', '昨日', '今日', '去年', '今年', '明年', '上午', '下午', '晚间', '晚間', '早些时候',
];

/**
 * How Russian writes Western (English, Romance, German, Arabic...) personal names, undone into their
 * usual English spelling, beside the plain transliteration ("Гэвин Уилкинсон" -> "Gavin Wilkinson",
 * "Тереза Фокс" -> "Teresa Fox"). `slavic` is the shape of an East Slavic surname (such names keep the
 * plain transliteration only); `given` are common given names whose English spelling no letter rule
 * gives ("Кристофер" Christopher, "Энн" Anne); `rules` rewrite letter groups of lowercase Cyrillic,
 * left to right, the first that matches at a position winning (a leading "^" anchors at the start of a
 * word, "$" at its end, "V"/"C" stand for a vowel/consonant letter, read but not rewritten when in
 * a look-around); letters no rule covers are transliterated plainly.
 */
export interface WesternTranscription {
  slavic: string;
  given: Record<string, string>;
  rules: [string, string][];
  /**
   * Russian spellings that stand for two English ones, as rewrites of the lowercase Cyrillic word
   * giving the other reading ("V"/"C" as in `rules`): a final "ль" after a vowel is one l (French
   * Мишель Michel) or a double one (Catalan Боррель Borrell); "а" in a closed syllable is an English
   * "a" or "u" (Харт Hart, Трамп Trump); "ой" before a consonant is "oy" or a German "eu"
   * (Ройс Royce, Нойман Neumann). Each reading becomes an alias.
   */
  variants: [string, string][];
  /**
   * Latin letters of the English spelling that the Russian one writes alike, as rewrites of each
   * lowercase English word already found (after `variants`): a word-initial "к" before a back vowel,
   * "л" or "р" is an English "c" as often as a "k" (Кларк Clark, Клеверли Cleverly). Each becomes an alias.
   */
  latinVariants: [string, string][];
}

export const RU_WESTERN: WesternTranscription = {
  slavic: '(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ова|ева|ёва|ина|ына|ская|цкая|ая|ый|ий|ко|ук|юк|ич|ец)',
  given: {
    джон: 'John', джеймс: 'James', джейк: 'Jake', джек: 'Jack', джо: 'Joe', джозеф: 'Joseph', джордж: 'George', джен: 'Jen',
    дженнифер: 'Jennifer', джефф: 'Jeff', джеффри: 'Jeffrey', джереми: 'Jeremy', кристофер: 'Christopher', кристин: 'Christine',
    майкл: 'Michael', мэттью: 'Matthew', энтони: 'Anthony', эндрю: 'Andrew', стивен: 'Stephen', энн: 'Anne', мэри: 'Mary',
    кэтрин: 'Catherine', дэвид: 'David', ричард: 'Richard', уильям: 'William', томас: 'Thomas', чарльз: 'Charles', пол: 'Paul',
    питер: 'Peter', скотт: 'Scott', тарик: 'Tariq', мухаммед: 'Muhammad', мохаммед: 'Mohammed', жан: 'Jean', жак: 'Jacques',
    эммануэль: 'Emmanuel', франсуа: 'François', филипп: 'Philippe', николя: 'Nicolas', нэнси: 'Nancy', хиллари: 'Hillary',
    кейт: 'Kate', шарль: 'Charles', шон: 'Sean', сара: 'Sarah', хелен: 'Helen', маргарет: 'Margaret', элизабет: 'Elizabeth',
  },
  rules: [
    // English "j" and the French/Catalan "j" at the start of a name: "Дж", "Жо..."
    ['дж', 'j'], ['^ж(?=V)', 'j'],
    // "Уи", "Уо", "Уэ" at the start: William, Walter, West.
    ['^уи', 'wi'], ['^уо', 'wa'], ['^уэ', 'we'],
    // a soft "ль" before an iotated vowel is an English double l: Уильям William, Вильерс Villiers (a final
    // "ль" stays one l: French Мишель Michel is as common as Catalan -ell).
    ['льи', 'lli'], ['лья', 'llia'], ['лье', 'llie'], ['лью', 'lliu'],
    // "э" after a consonant is an English "a": Рэй Ray, Гэвин Gavin, Кэмерон Cameron.
    ['(?<=C)э', 'a'],
    // "х" is an English or Arabic "h" (Харрис Harris, Хасан Hasan); "кс" is "x" (Алекс Alex).
    ['х', 'h'], ['кс', 'x'],
    // an "з" between vowels is the voiced "s" of most Western spellings: Лиза Lisa, Тереза Teresa.
    ['(?<=V)з(?=V)', 's'],
    ['ья', 'ia'], ['ье', 'ie'], ['ью', 'iu'], ['ьо', 'io'],
  ],
  variants: [['(?<=V)ль$', 'лл'], ['(?<=C)а(?=C(?:C|$))', 'у'], ['ой(?=C)', 'еу'], ['(?<=C)и$', 'ы']],
  latinVariants: [['^k(?=[aoulr])', 'c']],
};

/**
 * Letter groups by which a language writes the English "j" (/dʒ/) of a foreign name, undone into the
 * English spelling: German "dsch" ("Dschamal" Jamal), French "dj" ("Djamal" Jamal); Russian "дж" is
 * in RU_WESTERN. Only groups that native names of the language do not use.
 */
export const FOREIGN_J: Record<string, [string, string][]> = {
  de: [['Dsch', 'J'], ['dsch', 'j']],
  fr: [['Dj', 'J'], ['dj', 'j']],
};

/**
 * Spellings of Chinese family names that Taiwan and Hong Kong use for their people besides pinyin and
 * Wade-Giles: Hong Kong writes Cantonese (陳 Chan, 黃 Wong, 張 Cheung, 鄧 Tang), and both keep older
 * conventional forms (李 Lee, 顧 Koo). Keys in Traditional and Simplified characters.
 */
const SURNAME_SPELLINGS: [string, string[]][] = [
  ['陳陈', ['Chan']], ['林', ['Lam']], ['黃黄', ['Wong']], ['張张', ['Cheung']], ['李', ['Lee']], ['王', ['Wong']],
  ['吳吴', ['Ng', 'Woo']], ['劉刘', ['Lau']], ['蔡', ['Choi']], ['楊杨', ['Yeung']], ['許许', ['Hui']], ['謝谢', ['Tse']],
  ['郭', ['Kwok']], ['邱', ['Yau', 'Khoo']], ['曾', ['Tsang']], ['徐', ['Tsui']], ['周', ['Chow', 'Chau']], ['葉叶', ['Yip']],
  ['蘇苏', ['So']], ['莊庄', ['Chong']], ['呂吕', ['Lui']], ['江', ['Kong']], ['蕭萧', ['Siu']], ['羅罗', ['Law']],
  ['高', ['Ko']], ['潘', ['Poon']], ['簡简', ['Kan']], ['胡', ['Wu']], ['彭', ['Pang']], ['鄧邓', ['Tang']], ['馮冯', ['Fung']],
  ['梁', ['Leung']], ['沈', ['Sham', 'Shum']], ['盧卢', ['Lo']], ['譚谭', ['Tam']], ['唐', ['Tong']], ['湯汤', ['Tong']],
  ['袁', ['Yuen']], ['姚', ['Yiu']], ['麥麦', ['Mak']], ['孔', ['Hung']], ['顧顾', ['Koo']], ['辜', ['Koo']], ['石', ['Shek']],
  ['崔', ['Chui']], ['韓韩', ['Hon']], ['施', ['Sze']], ['卓', ['Cheuk']], ['關关', ['Kwan']], ['甘', ['Kam']], ['邵', ['Shiu']],
  ['霍', ['Fok']], ['黎', ['Lai']], ['錢钱', ['Chin']], ['杜', ['To']], ['方', ['Fong']], ['侯', ['Hau']], ['魏', ['Ngai']],
  ['嚴严', ['Yim']], ['鄒邹', ['Chau']], ['韋韦', ['Wai']], ['翁', ['Yung']], ['溫温', ['Wan']], ['姜', ['Keung']], ['廖', ['Liu']],
];
export const HAN_REGIONAL_SURNAMES: ReadonlyMap<string, readonly string[]> = new Map(
  SURNAME_SPELLINGS.flatMap(([chars, spellings]) => [...chars].map((c) => [c, spellings] as const)),
);

/**
 * Characters of everyday words in their Traditional and Simplified forms (國/国, 說/说, 這/这): a text
 * that writes more of the first is written in Traditional characters, as Taiwan and Hong Kong write.
 */
export const HAN_TRADITIONAL_PAIRS: readonly [string, string][] = [
  ['國', '国'], ['說', '说'], ['們', '们'], ['這', '这'], ['發', '发'], ['會', '会'], ['對', '对'], ['時', '时'], ['為', '为'], ['與', '与'],
  ['個', '个'], ['來', '来'], ['過', '过'], ['開', '开'], ['關', '关'], ['門', '门'], ['長', '长'], ['區', '区'], ['電', '电'], ['經', '经'],
  ['網', '网'], ['擊', '击'], ['資', '资'], ['認', '认'], ['動', '动'], ['將', '将'], ['統', '统'], ['機', '机'], ['總', '总'], ['報', '报'],
  ['務', '务'], ['應', '应'], ['實', '实'], ['體', '体'], ['稱', '称'], ['進', '进'], ['問', '问'], ['間', '间'], ['華', '华'], ['灣', '湾'],
];

/**
 * Common given names by language, to tell a given name from a family name where both may open a
 * two-word name (a Spanish speaker bracket holds two family names, or a given name and one).
 */
export const COMMON_GIVEN_NAMES: Record<string, ReadonlySet<string>> = {
  es: new Set([
    'José', 'María', 'Carmen', 'Juan', 'Antonio', 'Francisco', 'Manuel', 'Pedro', 'Pablo', 'Fernando', 'Carlos', 'Luis', 'Miguel',
    'Javier', 'Jorge', 'Alberto', 'Ana', 'Isabel', 'Teresa', 'Pilar', 'Margarita', 'Dolores', 'Santiago', 'Alfonso', 'Ángel',
    'Rafael', 'Félix', 'Diego', 'Yolanda', 'Irene', 'Cristina', 'Elena', 'Begoña', 'Marta', 'Raquel', 'Mercedes', 'Josep', 'Jordi',
    'Oriol', 'Íñigo', 'Gabriel', 'Óscar', 'Alejandro', 'Andrés', 'Ignacio', 'Enrique', 'Ramón', 'Joaquín', 'Jaime', 'Ernesto',
    'Héctor', 'Sergio', 'Víctor', 'Gonzalo', 'Eduardo', 'Fátima', 'Montserrat', 'Rocío', 'Luisa', 'Sara', 'Laura', 'Lucía',
    'Beatriz', 'Susana', 'Rosa', 'Silvia', 'Nuria', 'Soledad', 'Concepción', 'Inmaculada', 'Esperanza', 'Alicia', 'Clara',
    'Magdalena', 'Diana', 'Reyes', 'Adriana', 'Patricia', 'Mónica', 'Julia', 'Paula', 'Marina', 'Gloria', 'Ángela', 'Eva',
    'Daniel', 'David', 'Álvaro', 'Rubén', 'Roberto', 'Ricardo', 'Tomás', 'Martín', 'Agustín', 'Emilio', 'Julio', 'Salvador',
    'Vicente', 'Xavier', 'Marc', 'Albert', 'Aitor', 'Mikel', 'Iñaki', 'Cayetana', 'Macarena', 'Nadia', 'Teodoro',
  ]),
};

/**
 * Endings of common nouns that no surname of the language has (after at least three letters of
 * stem): a capitalised word ending so after a role word is a body or an abstract noun in its
 * case ("глава Киберагентства", "Präsident Verwaltung"), not the role holder's family name.
 */
export const COMMON_NOUN_ENDINGS: Record<string, readonly string[]> = {
  ru: ['ние', 'ния', 'нию', 'нием', 'нии', 'ство', 'ства', 'ству', 'ством', 'стве', 'ция', 'ции', 'цию', 'цией', 'ость', 'ости', 'остью',
    // The genitive of an adjective opening a body's name ("исследователь Глобального центра", "глава Национальной службы").
    'ального', 'альной'],
  de: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'ismus', 'tät'],
};

/**
 * Lowercase words that stand inside a personal name between its capitalised words ("Ursula von der
 * Leyen", "Andrés de la Fuente", "Abdul Rahman bin Tariq", "Marie dos Santos"). `graf` is a German
 * title kept inside the name. An article may follow one of them ("von der", "de la", "van den") but
 * opens none on its own: "Beamte der Bundespolizei" is a noun and its body.
 */
export const NAME_PARTICLES: readonly string[] = ['de', 'van', 'von', 'bin', 'al', 'da', 'du', 'Graf', 'graf', 'ibn', 'del', 'y', 'dos'];
export const NAME_PARTICLE_ARTICLES: readonly string[] = ['der', 'den', 'la', 'las', 'los', 'le'];

/** Lowercase prefixes a hyphen joins to a capitalised name word ("al-Mansouri", "el-Amin", "ash-Shami"). */
export const NAME_PREFIXES: readonly string[] = ['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ud', 'ul'];

/**
 * Common Chinese family names (Simplified and Traditional): the first character of a Chinese name in
 * characters. A run after a role word that opens with none of them is no name ("专家组成员").
 */
export const HAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪萧赖卓骆',
  // Traditional forms
  ...'張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻龍陶賀顧龔錢嚴湯樊顏龐聶魯歐蘭甯紀畢單塗駱藍遊鮑饒車項連蘆竇衛賴莊喬羅劉戴蔣餘倪',
]);

/**
 * States whose people are called by the given name, the first word of the name, not by a family name:
 * Thai and Indonesian usage ("Somchai Rattanakul" ... "Somchai said"), Icelandic patronymics.
 */
export const GIVEN_NAME_STATES: ReadonlySet<string> = new Set(['TH', 'ID', 'IS']);

/**
 * Korean family names as the Latin press writes them (Revised Romanization and the usual older
 * spellings): a Korean name in Latin letters puts the family name first ("Park Min-jae"), so the
 * text calls the person by it alone later. Chinese family names in pinyin and Wade-Giles follow from
 * HAN_FAMILY_NAMES (people.ts).
 */
export const KOREAN_FAMILY_NAMES: readonly string[] = [
  'Kim', 'Gim', 'Lee', 'Yi', 'Rhee', 'Park', 'Pak', 'Bak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun',
  'Jang', 'Chang', 'Lim', 'Im', 'Han', 'Oh', 'Seo', 'Suh', 'Shin', 'Sin', 'Kwon', 'Gwon', 'Hwang', 'Ahn', 'An', 'Song', 'Yoo', 'Yu', 'Ryu',
  'Hong', 'Jeon', 'Jun', 'Chun', 'Ko', 'Go', 'Moon', 'Mun', 'Yang', 'Son', 'Sohn', 'Bae', 'Baek', 'Paik', 'Heo', 'Huh', 'Nam', 'Noh', 'Roh',
  'Ha', 'Kwak', 'Gwak', 'Sung', 'Seong', 'Cha', 'Joo', 'Ju', 'Woo', 'U', 'Min', 'Jin', 'Ji', 'Um', 'Eom', 'Chae', 'Won', 'Bang', 'Gong',
  'Hyun', 'Hyeon', 'Yeo', 'Chu', 'Byun', 'Byeon', 'Do', 'Seol', 'Pyo', 'Maeng', 'Tak', 'Wi', 'Ok', 'Yeom', 'Gil', 'Ma', 'Na',
];

/**
 * Characters that end a body's name ("商务部", "公安局", "委员会") and never a Chinese personal name:
 * a run before a role word that ends in one is the body the role belongs to.
 */
export const HAN_BODY_FINALS: ReadonlySet<string> = new Set([...'部局院府馆館处處办辦署厅廳会會委司所组組室省市县縣国國队隊社台网網报報']);
