/**
 * Sino-Vietnamese (Hán-Việt) syllables to pinyin, for Chinese personal names.
 *
 * Vietnamese news writes Chinese people by the Hán-Việt reading of each character ("Uông Văn Bân" =
 * 汪文斌), while English-language sources and our labels use pinyin ("Wang Wenbin"). The mapping is
 * many-to-many; each syllable here maps to the reading most frequent in names (surnames first, then
 * given-name characters). Known losses are noted inline. Written from public knowledge of the readings.
 */

/** Keys: lowercase, NFC, either tone-mark placement (lookup is placement-insensitive). */
const TABLE: Record<string, string> = {
  // Surnames (roughly by frequency); many also occur in given names.
  'vương': 'wang', 'lý': 'li', 'trương': 'zhang', 'lưu': 'liu', 'trần': 'chen', 'dương': 'yang',
  'hoàng': 'huang', 'huỳnh': 'huang', 'triệu': 'zhao', 'ngô': 'wu',
  'chu': 'zhou', // 周 Zhou; 朱 Zhu (Chu Dung Cơ = Zhu Rongji) is lost.
  'từ': 'xu', 'tôn': 'sun', 'mã': 'ma', 'hồ': 'hu', 'quách': 'guo', 'hà': 'he', 'cao': 'gao', 'lâm': 'lin',
  'la': 'luo', 'trịnh': 'zheng', 'lương': 'liang', 'tạ': 'xie', 'tống': 'song', 'đường': 'tang', 'hứa': 'xu',
  'hàn': 'han', 'phùng': 'feng', 'đặng': 'deng', 'tào': 'cao', 'bành': 'peng', 'tăng': 'zeng',
  'tiêu': 'xiao', // 萧 Xiao; 焦 Jiao is lost.
  'điền': 'tian', 'đổng': 'dong', 'viên': 'yuan', 'phan': 'pan', 'vu': 'yu', 'tưởng': 'jiang',
  'thái': 'cai', // 蔡 Cai (Thái Kỳ); 泰/太 tai is lost.
  'dư': 'yu', 'đỗ': 'du', 'diệp': 'ye', 'trình': 'cheng', 'tô': 'su', 'ngụy': 'wei', 'lã': 'lu', 'lữ': 'lu',
  'đinh': 'ding', 'nhậm': 'ren', 'nhiệm': 'ren', 'thẩm': 'shen', 'diêu': 'yao', 'lư': 'lu', 'lô': 'lu',
  'khương': 'jiang', 'thôi': 'cui', 'chung': 'zhong', 'đàm': 'tan', 'lục': 'lu', 'uông': 'wang', 'phạm': 'fan',
  'kim': 'jin', 'thạch': 'shi', 'liêu': 'liao', 'giả': 'jia',
  'hạ': 'xia', // 夏 Xia; 贺 He (Hạ Quốc Cường = He Guoqiang) is lost.
  'vi': 'wei', 'phó': 'fu', 'phương': 'fang', 'bạch': 'bai', 'trâu': 'zou', 'mạnh': 'meng', 'hùng': 'xiong',
  'tần': 'qin', 'khâu': 'qiu', 'giang': 'jiang', 'doãn': 'yin', 'tiết': 'xue', 'diêm': 'yan', 'đoàn': 'duan',
  'lôi': 'lei', 'hầu': 'hou', 'long': 'long', 'sử': 'shi', 'đào': 'tao', 'lê': 'li', 'cố': 'gu', 'mao': 'mao',
  'hách': 'hao', 'hác': 'hao', 'cung': 'gong', 'thiệu': 'shao', 'vạn': 'wan', 'tiền': 'qian', 'nghiêm': 'yan',
  'võ': 'wu', 'đới': 'dai', 'đái': 'dai', 'mạc': 'mo', 'khổng': 'kong', 'hướng': 'xiang', 'thang': 'tang',
  'cảnh': 'geng', // 耿 Geng (Cảnh Sảng); 景 Jing is lost.
  'hoa': 'hua', 'quan': 'guan', 'hình': 'xing', 'bao': 'bao', 'bào': 'bao', 'tả': 'zuo', 'thân': 'shen',
  'mai': 'mei', 'nhan': 'yan', 'ông': 'weng', 'mẫn': 'min', 'lam': 'lan', 'nghê': 'ni',
  'cát': 'ji', // 吉 Ji (Trần Cát Ninh = Chen Jining); the surname 葛 Ge is lost.
  'du': 'yu', // 俞 Yu (Du Chính Thanh); 游 You is lost.
  'âu': 'ou', 'kiều': 'qiao', 'mễ': 'mi', 'quản': 'guan', 'kỷ': 'ji', 'cừu': 'qiu', 'lăng': 'ling',
  'bàng': 'pang', 'đậu': 'dou', 'ứng': 'ying', 'trác': 'zhuo', 'thường': 'chang', 'khang': 'kang', 'ngũ': 'wu',
  'nhạc': 'yue', 'chúc': 'zhu', 'tề': 'qi', 'ninh': 'ning', 'thi': 'shi', 'cổ': 'gu', 'đằng': 'teng',
  'mục': 'mu', 'chử': 'chu', 'tất': 'bi', 'cù': 'qu', 'phí': 'fei', 'bốc': 'bu', 'liễu': 'liu', 'sầm': 'cen',
  'hoắc': 'huo', 'an': 'an', 'lận': 'lin', 'giải': 'xie', 'đồng': 'tong', 'bạc': 'bo', 'lại': 'lai',
  'hạng': 'xiang', 'mộ': 'mu', 'vưu': 'you', 'thương': 'shang', 'sa': 'sha', 'kha': 'ke', 'khúc': 'qu',
  'nhiếp': 'nie', 'phòng': 'fang', 'phàn': 'fan', 'miêu': 'miao', 'ngu': 'yu', 'sài': 'chai', 'cốc': 'gu',
  'xa': 'che', 'khuất': 'qu', 'mông': 'meng', 'úc': 'yu', 'nhiêu': 'rao', 'biện': 'bian', 'thời': 'shi',
  'bùi': 'pei', 'trang': 'zhuang', 'bồ': 'pu', 'đồ': 'tu', 'tra': 'zha', 'địch': 'di', 'ngưu': 'niu',
  'ung': 'yong', 'lâu': 'lou', 'liên': 'lian', 'tân': 'xin', 'lệnh': 'ling', 'lật': 'li', 'cam': 'gan',
  'lộ': 'lu', 'ôn': 'wen', 'văn': 'wen', 'tập': 'xi', 'lỗ': 'lu', 'vệ': 'wei', 'chiêm': 'zhan',
  'hồng': 'hong', 'dịch': 'yi', 'thịnh': 'sheng', 'lạc': 'le', // 乐 Le (Triệu Lạc Tế); 骆/洛 Luo is lost.

  // Given-name syllables.
  'a': 'a', 'á': 'ya', 'anh': 'ying', 'ảnh': 'ying', 'ánh': 'ying', 'âm': 'yin', 'ân': 'en', 'ấn': 'yin',
  'ba': 'bo', // 波 Bo (Hùng Ba = Xiong Bo); 巴 Ba is lost.
  'bá': 'bo', 'bác': 'bo', 'bách': 'bai', 'bang': 'bang', 'bảo': 'bao', 'bắc': 'bei', 'bằng': 'peng',
  'băng': 'bing', 'bân': 'bin', 'bích': 'bi', 'biên': 'bian', 'biểu': 'biao', 'binh': 'bing', 'bính': 'bing',
  'bình': 'ping', 'bỉnh': 'bing', 'bội': 'pei', 'bồi': 'pei', 'bối': 'bei', 'bột': 'bo', 'bưu': 'biao',
  'ca': 'ge', 'các': 'ge', 'cách': 'ge', 'can': 'gan', 'cán': 'gan', 'càn': 'qian', 'canh': 'geng',
  'căn': 'gen', 'cầm': 'qin', 'cẩm': 'jin', 'cẩn': 'jin', 'cần': 'qin', 'cận': 'jin', 'cầu': 'qiu',
  'chấn': 'zhen', 'chân': 'zhen',
  'châu': 'zhou', // 洲/周 Zhou; 珠 Zhu is lost.
  'chi': 'zhi', 'chí': 'zhi', 'chiêu': 'zhao', 'chiếu': 'zhao', 'chiến': 'zhan', 'chiếm': 'zhan',
  'chính': 'zheng', 'chinh': 'zheng', 'chỉnh': 'zheng', 'chúng': 'zhong', 'chương': 'zhang', 'cơ': 'ji',
  'côn': 'kun', 'công': 'gong', 'củng': 'gong', 'cúc': 'ju', 'cư': 'ju', 'cử': 'ju', 'cự': 'ju',
  'cương': 'gang', 'cường': 'qiang', 'cửu': 'jiu',
  'danh': 'ming', 'dân': 'min', 'dần': 'yin', 'dao': 'yao', 'dật': 'yi', 'di': 'yi', 'dĩ': 'yi',
  'dĩnh': 'ying', 'diễm': 'yan', 'diên': 'yan', 'diễn': 'yan', 'diệu': 'yao', 'doanh': 'ying', 'duy': 'wei',
  'duyên': 'yuan', 'duyệt': 'yue', 'duệ': 'rui', 'dung': 'rong', 'dũng': 'yong', 'dụ': 'yu', 'dục': 'yu',
  'dược': 'yue', 'dực': 'yi',
  'đại': 'da', 'đan': 'dan', 'đạo': 'dao', 'đạt': 'da', 'đắc': 'de', 'đăng': 'deng', 'đạc': 'duo',
  'điềm': 'tian', 'điển': 'dian', 'điện': 'dian', 'đình': 'ting', 'đĩnh': 'ting', 'đỉnh': 'ding',
  'định': 'ding', 'đoan': 'duan', 'đóa': 'duo', 'đôn': 'dun', 'đông': 'dong', 'đống': 'dong', 'đức': 'de',
  'gia': 'jia', 'giai': 'jia', 'giác': 'jue', 'giám': 'jian', 'giản': 'jian', 'giao': 'jiao', 'giáp': 'jia',
  'giới': 'jie',
  'hạc': 'he', 'hải': 'hai', 'hàm': 'han', 'hán': 'han', 'hàng': 'hang', 'hạnh': 'xing',
  'hành': 'heng', // 衡 Heng; 行 Xing is lost.
  'hào': 'hao', 'hảo': 'hao', 'hạo': 'hao', 'hằng': 'heng', 'hâm': 'xin', 'hân': 'xin', 'hậu': 'hou',
  'hiên': 'xuan', 'hiến': 'xian', 'hiền': 'xian', 'hiển': 'xian',
  'hiệp': 'xia', // 侠 Xia (Trương Hựu Hiệp = Zhang Youxia); 协 Xie is lost.
  'hiểu': 'xiao', 'hiếu': 'xiao', 'hiệu': 'xiao', 'hinh': 'xin', 'hòa': 'he', 'hóa': 'hua', 'hỏa': 'huo',
  'hoài': 'huai', 'hoàn': 'huan', 'hoan': 'huan', 'hoán': 'huan', 'hoành': 'hong', 'hoằng': 'hong',
  'hoạch': 'hua', 'học': 'xue', 'hỗ': 'hu', 'hổ': 'hu', 'hội': 'hui', 'huệ': 'hui', 'huy': 'hui',
  'huân': 'xun', 'huấn': 'xun', 'húc': 'xu', 'huyên': 'xuan', 'huyền': 'xuan', 'huyễn': 'xuan',
  'hưng': 'xing', 'hương': 'xiang', 'hữu': 'you', 'hựu': 'you', 'hy': 'xi', 'hỷ': 'xi',
  'ích': 'yi',
  'khả': 'ke', 'khai': 'kai', 'khải': 'kai', 'khánh': 'qing', 'khảng': 'kang', 'kháng': 'kang', 'khắc': 'ke',
  'khâm': 'qin', 'khê': 'xi', 'khiêm': 'qian', 'khiết': 'jie', 'khoa': 'ke', 'khoan': 'kuan', 'khôi': 'kui',
  'khôn': 'kun', 'khởi': 'qi', 'khuê': 'kui', 'kiên': 'jian', 'kiện': 'jian', 'kiến': 'jian', 'kiếm': 'jian',
  'kiệt': 'jie', 'kính': 'jing', 'kinh': 'jing', 'kỳ': 'qi', 'kế': 'ji',
  'lai': 'lai', 'lan': 'lan', 'lang': 'lang', 'lãng': 'lang', 'lãnh': 'leng', 'lân': 'lin', 'lập': 'li',
  'lễ': 'li', 'lệ': 'li', 'lịch': 'li', 'liêm': 'lian', 'liệt': 'lie', 'linh': 'ling', 'lĩnh': 'ling',
  'lỗi': 'lei', 'lợi': 'li', 'lộc': 'lu', 'luân': 'lun', 'luật': 'lu', 'luyện': 'lian', 'lực': 'li',
  'lượng': 'liang', 'lỵ': 'li',
  'mạch': 'mai', 'mạn': 'man', 'mãn': 'man', 'manh': 'meng', 'mậu': 'mao', 'mặc': 'mo', 'minh': 'ming',
  'mỹ': 'mei', 'mộng': 'meng', 'mộc': 'mu',
  'na': 'na', 'nam': 'nan', 'năng': 'neng', 'nặc': 'nuo', 'nga': 'e', 'ngạn': 'yan', 'ngân': 'yin',
  'nghệ': 'yi', 'nghị': 'yi', 'nghĩa': 'yi', 'nghi': 'yi', 'nghiên': 'yan', 'nghiêu': 'yao', 'nghiệp': 'ye',
  'ngọc': 'yu', 'ngôn': 'yan', 'ngộ': 'wu', 'ngữ': 'yu', 'nguyên': 'yuan', 'nguyện': 'yuan',
  'nguyệt': 'yue', 'ngưng': 'ning', 'nham': 'yan', 'nhã': 'ya', 'nhạn': 'yan', 'nhân': 'ren', 'nhất': 'yi',
  'nhật': 'ri', 'nhiên': 'ran', 'nhiễm': 'ran', 'nhi': 'er', 'nhĩ': 'er', 'nhị': 'er', 'nho': 'ru',
  'như': 'ru', 'nhữ': 'ru', 'nhu': 'rou', 'nhuận': 'run', 'nhuệ': 'rui', 'nhụy': 'rui', 'nhược': 'ruo',
  'nhung': 'rong', 'ni': 'ni', 'niên': 'nian', 'niệm': 'nian', 'nông': 'nong',
  'oánh': 'ying', 'oanh': 'ying',
  'phái': 'pai', 'phàm': 'fan', 'phát': 'fa', 'phân': 'fen', 'phấn': 'fen', 'phẩm': 'pin', 'phi': 'fei',
  'phỉ': 'fei', 'phong': 'feng', 'phú': 'fu', 'phủ': 'fu', 'phúc': 'fu', 'phụng': 'feng', 'phượng': 'feng',
  'phổ': 'pu',
  'quả': 'guo', 'quán': 'guan', 'quang': 'guang', 'quảng': 'guang', 'quân': 'jun', 'quần': 'qun',
  'quế': 'gui', 'quốc': 'guo', 'quyên': 'juan', 'quyền': 'quan', 'quyết': 'jue',
  'quý': 'gui', // 贵 Gui; the surname 季 Ji is lost.
  'quỳnh': 'qiong',
  'san': 'shan', 'sảng': 'shuang', 'sâm': 'sen', 'sĩ': 'shi', 'siêu': 'chao', 'sinh': 'sheng', 'soái': 'shuai',
  'song': 'shuang', 'sơn': 'shan', 'sở': 'chu', 'sùng': 'chong', 'sương': 'shuang', 'sư': 'shi',
  'tá': 'zuo', 'tác': 'zuo', 'tài': 'cai', 'tại': 'zai', 'tam': 'san', 'tạo': 'zao', 'tắc': 'ze', 'tấn': 'jin',
  'tâm': 'xin', 'tây': 'xi', 'tế': 'ji', 'thản': 'tan', 'thanh': 'qing', 'thành': 'cheng', 'thánh': 'sheng',
  'thao': 'tao', 'thắng': 'sheng', 'thăng': 'sheng', 'thâm': 'shen', 'thần': 'chen', 'thận': 'shen',
  'thế': 'shi', 'thiên': 'tian', 'thiêm': 'tian', 'thiến': 'qian', 'thiện': 'shan', 'thiết': 'tie',
  'thiếu': 'shao', 'thiều': 'shao', 'thọ': 'shou', 'thông': 'cong', 'thống': 'tong', 'thu': 'qiu',
  'thuận': 'shun', 'thuấn': 'shun', 'thuần': 'chun', 'thục': 'shu', 'thụ': 'shu', 'thụy': 'rui',
  'thủy': 'shui', 'thúy': 'cui', 'thư': 'shu', 'thượng': 'shang', 'thực': 'shi', 'thạc': 'shuo',
  'tích': 'xi', 'tịch': 'xi', 'tiên': 'xian', 'tiến': 'jin', 'tiệp': 'jie', 'tiểu': 'xiao', 'tín': 'xin',
  'tinh': 'jing', // 晶/精 Jing; 星 Xing is lost.
  'tình': 'qing', 'tịnh': 'jing', 'tĩnh': 'jing', 'toàn': 'quan', 'toại': 'sui', 'tố': 'su', 'tổ': 'zu',
  'tồn': 'cun', 'tông': 'zong', 'trạch': 'ze', 'trạm': 'zhan', 'trân': 'zhen', 'trấn': 'zhen', 'trầm': 'chen',
  'tranh': 'zheng', 'tráng': 'zhuang', 'trí': 'zhi', 'trì': 'chi', 'trị': 'zhi', 'triết': 'zhe',
  'triển': 'zhan', 'triều': 'chao', 'triêu': 'zhao', 'trinh': 'zhen', 'trọng': 'zhong', 'trung': 'zhong',
  'trúc': 'zhu', 'trụ': 'zhu', 'trường': 'chang', 'tu': 'xiu', 'tú': 'xiu', 'tuân': 'zun', 'tuấn': 'jun',
  'tuệ': 'hui', 'túc': 'su', 'tụng': 'song', 'tuyên': 'xuan', 'tuyền': 'quan', 'tuyết': 'xue', 'tùng': 'song',
  'tư': 'si', 'tứ': 'si', 'tử': 'zi', 'tự': 'xu', 'tường': 'xiang', 'tương': 'xiang',
  'uy': 'wei', 'uyển': 'wan', 'uyên': 'yuan', 'ưu': 'you',
  'vãn': 'wan', 'vân': 'yun', 'vận': 'yun', 'vĩ': 'wei', 'vĩnh': 'yong', 'vinh': 'rong', 'vịnh': 'yong',
  'viện': 'yuan', 'viễn': 'yuan', 'viêm': 'yan', 'việt': 'yue', 'vọng': 'wang', 'vượng': 'wang',
  'vũ': 'yu', // 宇/羽/雨 Yu; the surname 武 Wu is "Võ" here.
  'xảo': 'qiao', 'xích': 'chi', 'xuân': 'chun', 'xuyên': 'chuan', 'xương': 'chang',
  'y': 'yi', 'yên': 'yan', 'yến': 'yan', 'ý': 'yi',
};

/** Two-syllable surnames, read as one word when the name has a given name after them. */
const COMPOUND_SURNAMES: Record<string, string> = {
  'âu dương': 'ouyang', 'tư mã': 'sima', 'gia cát': 'zhuge', 'thượng quan': 'shangguan', 'tư đồ': 'situ',
  'đông phương': 'dongfang', 'công tôn': 'gongsun', 'hạ hầu': 'xiahou', 'mộ dung': 'murong',
  'lệnh hồ': 'linghu', 'tư không': 'sikong',
};

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A spelling-independent key: letters without the tone mark, then the tone mark. Makes "hòa"/"hoà",
 * "thủy"/"thuỷ" and decomposed input equal, and folds a final y after a consonant to i ("lý"/"lí").
 */
function syllableKey(syllable: string): string {
  const decomposed = syllable.normalize('NFC').toLowerCase().normalize('NFD');
  const tone = decomposed.match(TONE_MARKS)?.[0] ?? '';
  const letters = decomposed.replace(TONE_MARKS, '').normalize('NFC').replace(/^([bcdđghklmnpqrstvx]+)y$/u, '$1i');
  return letters + tone;
}

function index(table: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [vi, py] of Object.entries(table)) {
    const key = vi.split(' ').map(syllableKey).join(' ');
    // Two spellings of one syllable in the table would silently shadow each other.
    if (out.has(key)) throw new Error(`han-viet: "${vi}" duplicates another entry's spelling`);
    out.set(key, py);
  }
  return out;
}

const SYLLABLES = index(TABLE);
const COMPOUNDS = index(COMPOUND_SURNAMES);

/** The table as written, for checks and tooling. */
export const HAN_VIET_TABLE: Readonly<Record<string, string>> = TABLE;

/** The pinyin (lowercase, toneless) for one Hán-Việt syllable, or null when it is not in the table. */
export function hanVietSyllableToPinyin(syllable: string): string | null {
  return SYLLABLES.get(syllableKey(syllable.trim())) ?? null;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The pinyin form of a Chinese name written in Sino-Vietnamese ("Lâm Kiếm" -> "Lin Jian",
 * "Uông Văn Bân" -> "Wang Wenbin"), or null when any syllable is not in the table or the name
 * is not 2-4 syllables. Family name first; given-name syllables joined into one word, capitalised.
 * A known two-syllable surname followed by a given name is one word ("Âu Dương Na Na" -> "Ouyang Nana").
 */
export function hanVietToPinyin(name: string): string | null {
  const words = name.normalize('NFC').trim().split(/[\s-]+/u).filter(Boolean);
  if (words.length < 2 || words.length > 4) return null;
  const pinyin: string[] = [];
  for (const w of words) {
    const p = SYLLABLES.get(syllableKey(w));
    if (p === undefined) return null;
    pinyin.push(p);
  }
  const [w0 = '', w1 = ''] = words;
  const compound = words.length >= 3 ? COMPOUNDS.get(`${syllableKey(w0)} ${syllableKey(w1)}`) : undefined;
  const family = compound ?? pinyin[0] ?? '';
  const given = pinyin.slice(compound ? 2 : 1).join('');
  return `${cap(family)} ${cap(given)}`;
}
