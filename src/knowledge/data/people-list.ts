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
  names: Partial<Record<'vi' | 'zh' | 'ru' | 'fr' | 'de' | 'en', string[]>>;
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
  { name: 'Maria Zakharova', c: 'RU', names: { vi: ['Maria Zakharova'], zh: ['扎哈罗娃'], ru: ['Мария Захарова', 'Захарова'], fr: ['Maria Zakharova'] } },
  { name: 'Dmitry Peskov', c: 'RU', names: { vi: ['Dmitry Peskov'], zh: ['佩斯科夫'], ru: ['Дмитрий Песков', 'Песков'], fr: ['Dmitri Peskov'] } },
  { name: 'Sergei Lavrov', c: 'RU', names: { vi: ['Sergei Lavrov', 'Sergey Lavrov'], zh: ['拉夫罗夫'], ru: ['Сергей Лавров', 'Лавров'], fr: ['Sergueï Lavrov'] } },
  { name: 'Vladimir Putin', c: 'RU', names: { vi: ['Vladimir Putin'], zh: ['普京'], ru: ['Владимир Путин', 'Путин'], fr: ['Vladimir Poutine'] } },
  { name: 'Jake Sullivan', c: 'US', names: { zh: ['沙利文'], ru: ['Джейк Салливан'] } },
  { name: 'Antony Blinken', c: 'US', names: { zh: ['布林肯'], ru: ['Энтони Блинкен'] } },
  { name: 'Christopher Wray', c: 'US', names: { ru: ['Кристофер Рэй'] } },
  { name: 'Matthew Miller', c: 'US', names: { ru: ['Мэттью Миллер'] } },
];
