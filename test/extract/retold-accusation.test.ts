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
  ['zh', '英国政府指责中国支持的黑客组织APT31攻击英国议员。\n中国外交部发言人林剑说，英方罔顾事实，公开点名中方，并实施单边制裁，我们坚决反对。'],
  ['vi', 'Anh cáo buộc nhóm tin tặc APT31 do Trung Quốc hậu thuẫn tấn công các nghị sĩ.\nNgười phát ngôn Bộ Ngoại giao Trung Quốc Lâm Kiếm nói Anh lại một lần nữa cáo buộc Trung Quốc tấn công mạng và áp đặt trừng phạt đơn phương.'],
  ['en', 'Britain accused the China-backed group APT31 of hacking members of parliament.\nChinese foreign ministry spokesperson Lin Jian said Britain had once again accused China of cyberattacks and imposed unilateral sanctions.'],
  ['ru', 'Великобритания обвинила связанную с Китаем группировку APT31 во взломе депутатов.\nОфициальный представитель МИД КНР Линь Цзянь заявил, что Лондон снова обвиняет Китай в кибератаках и вводит односторонние санкции.'],
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
  const cs = claimsOf('Người phát ngôn Bộ Ngoại giao Trung Quốc Lâm Kiếm nói Anh lại một lần nữa cáo buộc Trung Quốc tấn công mạng qua nhóm APT31 và áp đặt trừng phạt đơn phương.', 'vi');
  assert.equal(accusations(cs, 'GB', 'CN').length, 1, show(cs));
});

test('vi: retold about another operation, the accusation is a claim of its own', () => {
  const cs = claimsOf('Anh cáo buộc nhóm tin tặc APT31 do Trung Quốc hậu thuẫn tấn công các nghị sĩ.\nNgười phát ngôn Bộ Ngoại giao Trung Quốc Lâm Kiếm nói Anh lại một lần nữa cáo buộc Trung Quốc tấn công mạng qua nhóm Volt Typhoon.', 'vi');
  assert.equal(accusations(cs, 'GB', 'CN').length, 2, show(cs));
});

for (const [lang, body] of [
  ['vi', 'Anh cáo buộc nhóm tin tặc APT31 do Trung Quốc hậu thuẫn tấn công các nghị sĩ.\nPhó Thủ tướng Anh Oliver Dowden nói Anh một lần nữa cáo buộc Trung Quốc tấn công Ủy ban Bầu cử qua nhóm APT31.'],
  ['zh', '英国政府指责中国支持的黑客组织APT31攻击英国议员。\n英国副首相道登说，英方再次指责中方通过APT31入侵选举委员会。'],
] as const) {
  test(`${lang}: the accuser telling its accusation again is no retelling by the accused`, () => {
    const cs = claimsOf(body, lang);
    assert.equal(accusations(cs, 'GB', 'CN').length, 2, show(cs));
  });
}
