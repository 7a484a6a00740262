import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HAN_VIET_TABLE, hanVietSyllableToPinyin, hanVietToPinyin } from '../../src/extract/han-viet.ts';
import { chineseNameToPinyin } from '../../src/extract/translit.ts';

test('converts spokespeople and leaders as written in Vietnamese news', () => {
  const cases: [string, string][] = [
    ['Lâm Kiếm', 'Lin Jian'], ['Mao Ninh', 'Mao Ning'], ['Uông Văn Bân', 'Wang Wenbin'],
    ['Quách Gia Côn', 'Guo Jiakun'], ['Tập Cận Bình', 'Xi Jinping'], ['Vương Nghị', 'Wang Yi'],
    ['Triệu Lập Kiên', 'Zhao Lijian'], ['Hoa Xuân Oánh', 'Hua Chunying'], ['Lý Cường', 'Li Qiang'],
    ['Tần Cương', 'Qin Gang'], ['Vương Lỗi', 'Wang Lei'], ['Lưu Bằng Vũ', 'Liu Pengyu'],
    ['Cảnh Sảng', 'Geng Shuang'], ['Lục Khảng', 'Lu Kang'], ['Hồ Cẩm Đào', 'Hu Jintao'],
    ['Ôn Gia Bảo', 'Wen Jiabao'], ['Đặng Tiểu Bình', 'Deng Xiaoping'], ['Mao Trạch Đông', 'Mao Zedong'],
    ['Chu Ân Lai', 'Zhou Enlai'], ['Dương Khiết Trì', 'Yang Jiechi'], ['Vương Hỗ Ninh', 'Wang Huning'],
    ['Đổng Quân', 'Dong Jun'], ['Ngụy Phượng Hòa', 'Wei Fenghe'], ['Hàn Chính', 'Han Zheng'],
    ['Thái Kỳ', 'Cai Qi'], ['Triệu Lạc Tế', 'Zhao Leji'], ['Lý Khắc Cường', 'Li Keqiang'],
    ['Phó Thông', 'Fu Cong'], ['Trương Quân', 'Zhang Jun'], ['Tạ Phong', 'Xie Feng'],
  ];
  for (const [vi, en] of cases) assert.equal(hanVietToPinyin(vi), en, vi);
});

// Independent check: the pinyin of the same names' Chinese characters, from pinyin-pro.
test('agrees with the pinyin of the Chinese characters for well-known names', () => {
  const cases: [string, string][] = [
    ['汪文斌', 'Uông Văn Bân'], ['郭嘉昆', 'Quách Gia Côn'], ['习近平', 'Tập Cận Bình'], ['赵立坚', 'Triệu Lập Kiên'],
    ['华春莹', 'Hoa Xuân Oánh'], ['刘鹏宇', 'Lưu Bằng Vũ'], ['杨洁篪', 'Dương Khiết Trì'], ['王沪宁', 'Vương Hỗ Ninh'],
    ['江泽民', 'Giang Trạch Dân'], ['胡春华', 'Hồ Xuân Hoa'], ['李尚福', 'Lý Thượng Phúc'], ['王文涛', 'Vương Văn Đào'],
    ['孙卫东', 'Tôn Vệ Đông'], ['丁薛祥', 'Đinh Tiết Tường'], ['黄坤明', 'Hoàng Khôn Minh'], ['袁家军', 'Viên Gia Quân'],
    ['李书磊', 'Lý Thư Lỗi'], ['陈文清', 'Trần Văn Thanh'], ['尹力', 'Doãn Lực'], ['李鸿忠', 'Lý Hồng Trung'],
    ['张国清', 'Trương Quốc Thanh'], ['马兴瑞', 'Mã Hưng Thụy'], ['何立峰', 'Hà Lập Phong'], ['吴谦', 'Ngô Khiêm'],
    ['张晓刚', 'Trương Hiểu Cương'], ['赵克志', 'Triệu Khắc Chí'], ['孟建柱', 'Mạnh Kiến Trụ'], ['周永康', 'Chu Vĩnh Khang'],
    ['薄熙来', 'Bạc Hy Lai'], ['孙政才', 'Tôn Chính Tài'], ['徐才厚', 'Từ Tài Hậu'], ['郭伯雄', 'Quách Bá Hùng'],
    ['许其亮', 'Hứa Kỳ Lượng'], ['李作成', 'Lý Tác Thành'], ['苗华', 'Miêu Hoa'], ['汪洋', 'Uông Dương'],
    ['栗战书', 'Lật Chiến Thư'], ['张德江', 'Trương Đức Giang'], ['刘云山', 'Lưu Vân Sơn'], ['王岐山', 'Vương Kỳ Sơn'],
    ['张高丽', 'Trương Cao Lệ'], ['刘鹤', 'Lưu Hạc'], ['刘延东', 'Lưu Diên Đông'], ['孙春兰', 'Tôn Xuân Lan'],
    ['马英九', 'Mã Anh Cửu'], ['赖清德', 'Lại Thanh Đức'], ['侯友宜', 'Hầu Hữu Nghi'], ['韩国瑜', 'Hàn Quốc Du'],
    ['董建华', 'Đổng Kiến Hoa'], ['梁振英', 'Lương Chấn Anh'], ['张业遂', 'Trương Nghiệp Toại'], ['崔天凯', 'Thôi Thiên Khải'],
    ['洪磊', 'Hồng Lỗi'], ['姜瑜', 'Khương Du'], ['刘少奇', 'Lưu Thiếu Kỳ'], ['华国锋', 'Hoa Quốc Phong'],
    ['胡耀邦', 'Hồ Diệu Bang'], ['赵紫阳', 'Triệu Tử Dương'], ['李鹏', 'Lý Bằng'], ['乔石', 'Kiều Thạch'],
    ['李瑞环', 'Lý Thụy Hoàn'], ['吴邦国', 'Ngô Bang Quốc'], ['贾庆林', 'Giả Khánh Lâm'], ['曾庆红', 'Tăng Khánh Hồng'],
    ['习仲勋', 'Tập Trọng Huân'], ['彭丽媛', 'Bành Lệ Viện'], ['王健林', 'Vương Kiện Lâm'], ['马云', 'Mã Vân'],
    ['任正非', 'Nhậm Chính Phi'], ['孟晚舟', 'Mạnh Vãn Chu'], ['雷军', 'Lôi Quân'], ['李彦宏', 'Lý Ngạn Hoành'],
    ['马化腾', 'Mã Hóa Đằng'], ['张一鸣', 'Trương Nhất Minh'], ['刘强东', 'Lưu Cường Đông'], ['戴秉国', 'Đới Bỉnh Quốc'],
    ['王光亚', 'Vương Quang Á'], ['梁光烈', 'Lương Quang Liệt'], ['常万全', 'Thường Vạn Toàn'], ['迟浩田', 'Trì Hạo Điền'],
    ['刘晓明', 'Lưu Hiểu Minh'], ['刘建超', 'Lưu Kiến Siêu'], ['熊波', 'Hùng Ba'], ['张浩然', 'Trương Hạo Nhiên'],
    ['钱川', 'Tiền Xuyên'], ['周帅', 'Chu Soái'], ['吴海波', 'Ngô Hải Ba'], ['姚明', 'Diêu Minh'],
    ['章子怡', 'Chương Tử Di'], ['巩俐', 'Củng Lợi'], ['周杰伦', 'Chu Kiệt Luân'], ['邓丽君', 'Đặng Lệ Quân'],
    ['莫言', 'Mạc Ngôn'], ['刘翔', 'Lưu Tường'], ['范冰冰', 'Phạm Băng Băng'], ['杨利伟', 'Dương Lợi Vĩ'],
    ['钟南山', 'Chung Nam Sơn'], ['赵薇', 'Triệu Vy'],
  ];
  const wrong = cases
    .map(([zh, vi]) => ({ vi, got: hanVietToPinyin(vi), want: chineseNameToPinyin(zh) }))
    .filter((c) => c.got !== c.want);
  assert.deepEqual(wrong, []);
});

test('returns null for an unknown syllable or a name outside 2-4 syllables', () => {
  assert.equal(hanVietToPinyin('Nguyễn Lâm'), null);
  assert.equal(hanVietToPinyin('Lâm Kiếm Smith'), null);
  assert.equal(hanVietToPinyin('Lâm'), null);
  assert.equal(hanVietToPinyin('Lâm Kiếm Văn Bân Minh'), null);
  assert.equal(hanVietToPinyin('   '), null);
  assert.equal(hanVietSyllableToPinyin('nguyễn'), null);
});

test('accepts old and new tone placement, i/y spelling, case and decomposed input', () => {
  assert.equal(hanVietToPinyin('Ngụy Phượng Hoà'), 'Wei Fenghe');
  assert.equal(hanVietToPinyin('Ngụy Phượng Hòa'), 'Wei Fenghe');
  assert.equal(hanVietSyllableToPinyin('thuỷ'), 'shui');
  assert.equal(hanVietSyllableToPinyin('thủy'), 'shui');
  assert.equal(hanVietSyllableToPinyin('đoá'), 'duo');
  assert.equal(hanVietSyllableToPinyin('THUỴ'), 'rui');
  assert.equal(hanVietToPinyin('Lí Khắc Cường'), 'Li Keqiang');
  assert.equal(hanVietToPinyin('Thái Kì'), 'Cai Qi');
  assert.equal(hanVietToPinyin('LÂM KIẾM'), 'Lin Jian');
  assert.equal(hanVietToPinyin('Uông Văn Bân'.normalize('NFD')), 'Wang Wenbin');
  // A different tone is a different syllable, not a placement variant.
  assert.equal(hanVietSyllableToPinyin('hoá'), 'hua');
  assert.equal(hanVietSyllableToPinyin('hoà'), 'he');
});

test('reads a two-syllable surname as one family name only when a given name follows', () => {
  assert.equal(hanVietToPinyin('Âu Dương Na Na'), 'Ouyang Nana');
  assert.equal(hanVietToPinyin('Tư Mã Ý'), 'Sima Yi');
  assert.equal(hanVietToPinyin('Gia Cát Lượng'), 'Zhuge Liang');
  assert.equal(hanVietToPinyin('Âu Dương'), 'Ou Yang');
});

test('the table holds lowercase NFC syllables mapped to toneless pinyin syllables', () => {
  const final = '(iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)';
  const syllable = new RegExp(`^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?${final}$`, 'u');
  const entries = Object.entries(HAN_VIET_TABLE);
  assert.ok(entries.length >= 450, `only ${entries.length} syllables`);
  for (const [vi, py] of entries) {
    assert.ok(/^[^\sA-Z]+$/u.test(vi) && vi === vi.normalize('NFC'), `key ${vi}`);
    assert.match(py, syllable, `${vi} -> ${py}`);
  }
});
