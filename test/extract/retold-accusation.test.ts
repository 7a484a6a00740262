/**
 * An accusation retold in the accused's own words: the accused state, answering, names what it
 * rejects ("Britain once again accused China ... and imposed sanctions"). When the text told the
 * accuser's accusation before, about the same operations, the retelling is that accusation, not a
 * second one; told for the first time, or about another operation, it stays a claim. Sentences
 * written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accusations = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === target);

const RETOLD: Array<[lang: string, body: string]> = [
  ['zh', '英国政府指责中国支持的黑客组织APT31攻击英国议员。\n中国外交部发言人何俊峰说，英方无视基本事实，公开点名中方，还宣布单方面制裁，中方对此坚决反对。'],
  ['vi', 'Anh cáo buộc nhóm tin tặc APT31 do Trung Quốc hậu thuẫn tấn công các nghị sĩ.\nPhát ngôn viên Bộ Ngoại giao Trung Quốc Hà Tuấn Phong nói Anh lại một lần nữa cáo buộc Trung Quốc tấn công mạng và áp đặt trừng phạt đơn phương.'],
  ['en', 'Britain accused the China-backed group APT31 of hacking members of parliament.\nChinese foreign ministry spokesperson He Junfeng said Britain had once again accused China of cyberattacks and imposed unilateral sanctions.'],
  ['ru', 'Великобритания обвинила связанную с Китаем группировку APT31 во взломе депутатов.\nОфициальный представитель МИД КНР Хэ Цзюньфэн заявил, что Лондон снова обвиняет Китай в кибератаках и вводит односторонние санкции.'],
];

for (const [lang, body] of RETOLD) {
  test(`${lang}: the accusation the accused retells is the one already told`, () => {
    const cs = claimsOf(body, lang);
    assert.equal(accusations(cs, 'GB', 'CN').length, 1, show(cs));
    // The retelling is no claim of the accused either.
    assert.equal(accusations(cs, 'CN', 'GB').length, 0, show(cs));
  });
}

test('vi: retold by the accused with nothing told before, the accusation is a claim', () => {
  const cs = claimsOf('Phát ngôn viên Bộ Ngoại giao Trung Quốc Hà Tuấn Phong nói Anh lại một lần nữa cáo buộc Trung Quốc tấn công mạng qua nhóm APT31 và áp đặt trừng phạt đơn phương.', 'vi');
  assert.equal(accusations(cs, 'GB', 'CN').length, 1, show(cs));
});

test('vi: retold about another operation, the accusation is a claim of its own', () => {
  const cs = claimsOf('Anh cáo buộc nhóm tin tặc APT31 do Trung Quốc hậu thuẫn tấn công các nghị sĩ.\nPhát ngôn viên Bộ Ngoại giao Trung Quốc Hà Tuấn Phong nói Anh lại một lần nữa cáo buộc Trung Quốc tấn công mạng qua nhóm Volt Typhoon.', 'vi');
  assert.equal(accusations(cs, 'GB', 'CN').length, 2, show(cs));
});

for (const [lang, body] of [
  ['vi', 'Anh cáo buộc nhóm tin tặc APT31 do Trung Quốc hậu thuẫn tấn công các nghị sĩ.\nPhó Thủ tướng Anh Edmund Harrow nói Anh một lần nữa cáo buộc Trung Quốc tấn công Cục Lưu trữ Quốc gia qua nhóm APT31.'],
  ['zh', '英国政府指责中国支持的黑客组织APT31攻击英国议员。\n英国副首相哈罗说，英方再次指责中方通过APT31入侵国家档案局。'],
] as const) {
  test(`${lang}: the accuser telling its accusation again is no retelling by the accused`, () => {
    const cs = claimsOf(body, lang);
    assert.equal(accusations(cs, 'GB', 'CN').length, 2, show(cs));
  });
}
