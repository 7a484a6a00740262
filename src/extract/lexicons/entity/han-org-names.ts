/**
 * How Chinese text names a company, a lab or an institute the knowledge does not know: its own name, then a word for
 * its kind ("安恒信息公司", "长亭科技实验室", "北辰安全研究院"). The name is the run from its clause's opening to that
 * word, when the run speaks (a verb of speech, confirmation or denial right after it). What may not open or fill such
 * a run: a determiner or a pronoun that refers back ("该公司", "这家公司", "其实验室"), a generic descriptor alone
 * ("网络安全公司", "科技公司"), a coordination or a modifier marker ("A和B公司", "美国的公司"). Only the words names are
 * built from; no named organisation here.
 */

/**
 * Words for the kind of body that close its name; a legal form (`legal`) is dropped from the name, the others stay.
 * A government organ's head (`organ`: "部", "署", "局") after a field of two characters alone ("国防部", "內政部") is
 * how a text names its own state's ministry, not a name of its own: such a run names a body only when longer.
 */
export const HAN_ORG_KINDS: Array<{ word: string; legal?: boolean; organ?: boolean }> = [
  { word: '股份有限公司', legal: true }, { word: '有限责任公司', legal: true }, { word: '有限公司', legal: true }, { word: '公司', legal: true },
  { word: '集团', legal: true }, { word: '集團', legal: true },
  { word: '科技' }, { word: '实验室' }, { word: '實驗室' }, { word: '研究院' }, { word: '研究所' },
  // Institutional heads of agencies, centres, boards and offices ("星河网络安全局", "澄江資訊安全中心").
  { word: '中心' }, { word: '委员会' }, { word: '委員會' }, { word: '局', organ: true }, { word: '署', organ: true }, { word: '部', organ: true },
  { word: '办公室' }, { word: '辦公室' }, { word: '协会' }, { word: '協會' },
];

/**
 * Words that end in a kind word yet name no body ("当局" authorities, "部署" deploy, "总部" headquarters, "内部"
 * inside): a run ending in one of these closes no name. None may be the tail of a body's name ("全局" ends "安全局",
 * "全部" ends "安全部", "政局" ends "财政局").
 */
export const HAN_ORG_KIND_FALSE_ENDS: string[] = [
  '当局', '當局', '格局', '布局', '佈局', '结局', '結局', '大局', '骗局', '騙局', '时局', '時局', '赌局', '賭局',
  '部署', '签署', '簽署', '内部', '內部', '外部', '局部', '总部', '總部', '北部', '南部', '东部', '東部', '西部', '中部',
  '干部', '幹部', '本部', '头部', '頭部', '底部', '顶部', '頂部', '后部', '後部', '前部', '俱乐部', '俱樂部', '重心', '核心',
  '信心', '决心', '決心', '关心', '關心', '担心', '擔心', '野心', '用心', '小心', '中心地带', '中心地帶',
];

/**
 * Characters that carry a kind word on into a longer noun ("部门" department, "局长" director, "中心的"): a kind word
 * followed by one of these closes no name.
 */
export const HAN_ORG_KIND_TAILS = '门門长長员員队隊属屬级級';

/** Words that open a back-reference or a quantity, never a name ("该", "这家", "其", "一家", "多家", "某"). */
export const HAN_ORG_DETERMINERS: string[] = [
  '该', '該', '这', '這', '那', '此', '本', '其', '各', '每', '某', '一', '多', '两', '兩', '数', '數', '几', '幾', '另', '上述', '涉事', '有关', '有關', '相关', '相關',
  '我', '我们', '我們', '他们', '他們', '贵', '貴', '全', '大', '小', '新', '老', '外国', '外國', '国内', '國內', '境外', '国外', '國外',
];

/** Characters that tie or join words ("的", "和", "与", "及", "或", "、"): a run holding one is a phrase, no name. */
export const HAN_ORG_JOINERS = '的和与與及或、对對向在从從被由为為是将將已';

/**
 * Descriptors of a trade or a kind ("网络安全", "信息", "科技", "电信"): a run made of these alone says what kind of
 * body it is, not which one.
 */
export const HAN_ORG_GENERIC: string[] = [
  '网络安全', '網絡安全', '網路安全', '信息安全', '資訊安全', '网络', '網絡', '網路', '安全', '信息', '資訊', '科技', '技术', '技術',
  '软件', '軟件', '軟體', '电信', '電信', '通信', '通訊', '能源', '电力', '電力', '数据', '數據', '威胁情报', '威脅情報', '情报', '情報',
  '互联网', '互聯網', '计算机', '計算機', '杀毒', '殺毒', '防病毒', '咨询', '諮詢', '国际', '國際', '国有', '國有', '民营', '民營',
  '私营', '私營', '上市', '知名', '著名', '大型', '跨国', '跨國', '研究', '人工智能', '半导体', '半導體', '芯片', '电子', '電子',
  '航空', '航天', '石油', '钢铁', '鋼鐵', '银行', '銀行', '金融', '医疗', '醫療', '媒体', '媒體', '安全研究', '应急', '應急', '母', '子',
];
