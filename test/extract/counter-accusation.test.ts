/**
 * A counter-accusation: the accused denies and turns on its accuser in the same breath. The denial
 * is about the operation it was accused of; the accusation it makes back is about the accuser's
 * own acts, not that operation (it would otherwise count as a second accusation of the operation
 * on the contested list). Sentences written for this test, in three languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[lang: string, body: string]> = [
  ['en', 'Canada accused the hacking group Volt Typhoon, which it linked to China, of breaching its power grid.\nChina denied this and said Canada is itself the biggest source of cyberattacks.'],
  ['vi', 'Canada cáo buộc nhóm tin tặc Volt Typhoon có liên hệ với Trung Quốc xâm nhập lưới điện.\nTrung Quốc đã bác bỏ điều này và cho rằng Canada mới là nguồn gốc của các cuộc tấn công mạng.'],
  ['zh', '加拿大指责与中国有关的黑客组织Volt Typhoon入侵其电网。\n中方否认此事，并表示加拿大才是网络攻击的最大源头。'],
];

for (const [lang, body] of CASES) {
  test(`${lang}: the denial is about the operation, the accusation back at the accuser is not`, () => {
    const cs = claimsOf(body, lang);
    const denial = cs.find((c) => c.claimant === 'CN' && c.stance === 'denies');
    assert.ok(denial, show(cs));
    assert.deepEqual(denial.about, ['Volt Typhoon'], show(cs));
    const back = cs.find((c) => c.claimant === 'CN' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'CA');
    if (back) assert.deepEqual(back.about, [], `the counter-accusation: ${JSON.stringify(back)}`);
    assert.ok(!cs.some((c) => c.claimant === 'CN' && c.stance !== 'denies' && c.about.includes('Volt Typhoon')), show(cs));
  });
}
