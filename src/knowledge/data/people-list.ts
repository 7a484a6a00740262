/**
 * Officials who speak for states in cyber disputes, under the names the press of each language
 * gives them: Vietnamese writes Chinese names in Sino-Vietnamese ("Lâm Kiếm" for Lin Jian), Russian
 * in Cyrillic, French and English in pinyin or their own spelling. Extraction uses the list to give
 * a person found in any language the name the others use.
 */
export interface KnownPersonSpec {
  name: string;
  /** ISO 3166-1 alpha-2 of the state they speak for. */
  c: string;
  names: Partial<Record<'vi' | 'zh' | 'zh-Hant' | 'ru' | 'fr' | 'de' | 'es' | 'en', string[]>>;
}

export const PEOPLE: KnownPersonSpec[] = [
  { name: 'Mao Ning', c: 'CN', names: { vi: ['Mao Ninh'], zh: ['毛宁'], ru: ['Мао Нин'] } },
  { name: 'Lin Jian', c: 'CN', names: { vi: ['Lâm Kiếm'], zh: ['林剑'], ru: ['Линь Цзянь'] } },
  { name: 'Wang Wenbin', c: 'CN', names: { vi: ['Uông Văn Bân'], zh: ['汪文斌'], ru: ['Ван Вэньбинь'] } },
  { name: 'Guo Jiakun', c: 'CN', names: { vi: ['Quách Gia Côn'], zh: ['郭嘉昆'], ru: ['Го Цзякунь'] } },
  { name: 'Zhao Lijian', c: 'CN', names: { vi: ['Triệu Lập Kiên'], zh: ['赵立坚'], ru: ['Чжао Лицзянь'] } },
  { name: 'Hua Chunying', c: 'CN', names: { vi: ['Hoa Xuân Oánh'], zh: ['华春莹'], ru: ['Хуа Чуньин'] } },
  { name: 'Geng Shuang', c: 'CN', names: { vi: ['Cảnh Sảng'], zh: ['耿爽'], ru: ['Гэн Шуан'] } },
  { name: 'Wang Yi', c: 'CN', names: { vi: ['Vương Nghị'], zh: ['王毅'], ru: ['Ван И'] } },
  { name: 'Xi Jinping', c: 'CN', names: { vi: ['Tập Cận Bình'], zh: ['习近平'], ru: ['Си Цзиньпин'] } },
  { name: 'Wang Lei', c: 'CN', names: { vi: ['Vương Lỗi'], zh: ['王磊'], ru: ['Ван Лэй'] } },
  { name: 'Liu Pengyu', c: 'CN', names: { vi: ['Lưu Bằng Vũ'], zh: ['刘鹏宇'], ru: ['Лю Пэнъюй'] } },
  { name: 'Maria Zakharova', c: 'RU', names: { vi: ['Maria Zakharova'], zh: ['扎哈罗娃', '玛丽亚·扎哈罗娃'], ru: ['Мария Захарова', 'Захарова'], fr: ['Maria Zakharova', 'Maria Zakharova'], de: ['Maria Sacharowa', 'Sacharowa'], es: ['María Zajárova', 'Zajárova'] } },
  { name: 'Dmitry Peskov', c: 'RU', names: { vi: ['Dmitry Peskov'], zh: ['佩斯科夫', '德米特里·佩斯科夫'], ru: ['Дмитрий Песков', 'Песков'], fr: ['Dmitri Peskov'], de: ['Dmitri Peskow', 'Peskow'], es: ['Dmitri Peskov', 'Dimitri Peskov'] } },
  { name: 'Sergei Lavrov', c: 'RU', names: { vi: ['Sergei Lavrov', 'Sergey Lavrov'], zh: ['拉夫罗夫'], ru: ['Сергей Лавров', 'Лавров'], fr: ['Sergueï Lavrov'], de: ['Sergej Lawrow', 'Lawrow'], es: ['Serguéi Lavrov'] } },
  { name: 'Vladimir Putin', c: 'RU', names: { vi: ['Vladimir Putin'], zh: ['普京'], ru: ['Владимир Путин', 'Путин'], fr: ['Vladimir Poutine'], de: ['Wladimir Putin'], es: ['Vladímir Putin'] } },
  { name: 'Anatoly Antonov', c: 'RU', names: { ru: ['Анатолий Антонов'], zh: ['安东诺夫'], fr: ['Anatoli Antonov'], de: ['Anatoli Antonow'], es: ['Anatoli Antónov', 'Anatoli Antonov'] } },
  { name: 'Ella Pamfilova', c: 'RU', names: { ru: ['Элла Памфилова', 'Памфилова'], de: ['Ella Pamfilowa'], es: ['Ella Pamfílova'] } },
  { name: 'Nikolai Bulaev', c: 'RU', names: { ru: ['Николай Булаев'] } },
  { name: 'Jake Sullivan', c: 'US', names: { zh: ['沙利文', '杰克·沙利文'], ru: ['Джейк Салливан'] } },
  { name: 'Antony Blinken', c: 'US', names: { zh: ['布林肯'], 'zh-Hant': ['布林肯'], ru: ['Энтони Блинкен', 'Блинкен'] } },
  { name: 'Christopher Wray', c: 'US', names: { ru: ['Кристофер Рэй', 'Кристофер Рей'], zh: ['克里斯托弗·雷', '雷伊'], 'zh-Hant': ['瑞伊', '克里斯多福·瑞伊'] } },
  { name: 'Matthew Miller', c: 'US', names: { ru: ['Мэттью Миллер'] } },
  { name: 'Jen Easterly', c: 'US', names: { zh: ['珍·伊斯特利', '伊斯特利'], 'zh-Hant': ['伊斯特利'], ru: ['Джен Истерли'] } },
  { name: 'Anne Neuberger', c: 'US', names: { zh: ['纽伯格', '安妮·纽伯格'], 'zh-Hant': ['紐伯格'], ru: ['Энн Нойбергер', 'Нойбергер', 'Энн Ньюбергер'] } },
  { name: 'Lisa Monaco', c: 'US', names: { ru: ['Лиза Монако'], zh: ['莫纳科'] } },
  { name: 'Merrick Garland', c: 'US', names: { ru: ['Меррик Гарланд'], zh: ['加兰'] } },
  { name: 'Joe Biden', c: 'US', names: { ru: ['Джо Байден', 'Байден'], zh: ['拜登'], vi: ['Joe Biden'] } },
  { name: 'Donald Trump', c: 'US', names: { ru: ['Дональд Трамп', 'Трамп'], zh: ['特朗普'], 'zh-Hant': ['川普'] } },
  { name: 'Kamala Harris', c: 'US', names: { ru: ['Камала Харрис'], zh: ['哈里斯'] } },
  { name: 'Mark Warner', c: 'US', names: { ru: ['Марк Уорнер'], zh: ['华纳'], 'zh-Hant': ['華納'] } },
  { name: 'Paul Nakasone', c: 'US', names: { ru: ['Пол Накасоне'], zh: ['中曾根'] } },
  { name: 'Liz Truss', c: 'GB', names: { ru: ['Лиз Трасс', 'Трасс'], zh: ['特拉斯'] } },
  { name: 'Dominic Raab', c: 'GB', names: { ru: ['Доминик Рааб'], zh: ['拉布'] } },
  { name: 'Jeremy Hunt', c: 'GB', names: { ru: ['Джереми Хант'], zh: ['亨特'] } },
  { name: 'Oliver Dowden', c: 'GB', names: { ru: ['Оливер Дауден'], zh: ['道登'] } },
  { name: 'Gavin Williamson', c: 'GB', names: { ru: ['Гэвин Уильямсон', 'Гэвин Уильямсона'] } },
  { name: 'Tariq Ahmad', c: 'GB', names: { ru: ['Тарик Ахмад'], en: ['Lord Ahmad'] } },
  { name: 'Josep Borrell', c: 'EU', names: { ru: ['Жозеп Боррель', 'Боррель'], zh: ['博雷利'], es: ['Josep Borrell'] } },
  { name: 'Kaja Kallas', c: 'EU', names: { ru: ['Кая Каллас'], zh: ['卡拉斯'] } },
  { name: 'Jens Stoltenberg', c: 'NATO', names: { ru: ['Йенс Столтенберг'], zh: ['斯托尔滕贝格'] } },
  { name: 'Volodymyr Zelensky', c: 'UA', names: { ru: ['Владимир Зеленский', 'Зеленский'], de: ['Wolodymyr Selenskyj', 'Selenskyj'], fr: ['Volodymyr Zelensky'], es: ['Volodímir Zelenski', 'Zelenski'], zh: ['泽连斯基'] } },
  { name: 'Victor Zhora', c: 'UA', names: { ru: ['Виктор Жора'], de: ['Wiktor Schora', 'Viktor Zhora'], fr: ['Viktor Zhora', 'Viktor Jora'], en: ['Viktor Zhora'] } },
  { name: 'Alexander Lukashenko', c: 'BY', names: { ru: ['Александр Лукашенко', 'Лукашенко'], fr: ['Alexandre Loukachenko'], de: ['Alexander Lukaschenko'], es: ['Alexandr Lukashenko'] } },
  { name: 'Yuliana Shemetovets', c: 'BY', names: { ru: ['Юлиана Шеметовец'], fr: ['Yuliana Chemetovets'] } },
  { name: 'Maia Sandu', c: 'MD', names: { ru: ['Майя Санду', 'Санду'] } },
  { name: 'Klaus Iohannis', c: 'RO', names: { ru: ['Клаус Йоханнис'] } },
  { name: 'Călin Georgescu', c: 'RO', names: { ru: ['Кэлин Джорджеску', 'Калин Джорджеску', 'Джорджеску'], en: ['Calin Georgescu'] } },
  { name: 'Mahmoud Ahmadinejad', c: 'IR', names: { de: ['Mahmud Ahmadinedschad'], fr: ['Mahmoud Ahmadinejad'], es: ['Mahmud Ahmadineyad'], ru: ['Махмуд Ахмадинежад'] } },
  { name: 'Nasser Kanaani', c: 'IR', names: { fr: ['Nasser Kanani', 'Nasser Kanaani'], es: ['Naser Kanani', 'Naser Kanaani'], ru: ['Насер Канани'], de: ['Nasser Kanaani'] } },
  { name: 'Edi Rama', c: 'AL', names: { ru: ['Эди Рама'] } },
  { name: 'Andrés Manuel López Obrador', c: 'MX', names: { en: ['López Obrador', 'AMLO'] } },
  { name: 'Judith Collins', c: 'NZ', names: { zh: ['柯林斯', '朱迪思·柯林斯'] } },
  { name: 'Winston Peters', c: 'NZ', names: { zh: ['彼得斯', '温斯顿·彼得斯'] } },
  { name: 'Yoshimasa Hayashi', c: 'JP', names: { zh: ['林芳正'], 'zh-Hant': ['林芳正'] } },
  { name: 'Jan Lipavský', c: 'CZ', names: { ru: ['Ян Липавский'], en: ['Jan Lipavsky'] } },
  { name: 'Krzysztof Gawkowski', c: 'PL', names: { ru: ['Кшиштоф Гавковский'] } },
];
