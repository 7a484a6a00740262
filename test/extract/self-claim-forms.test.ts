/**
 * A group claiming its own attack in the forms Vietnamese and Chinese news use beyond "nhận trách
 * nhiệm" and "宣称对…负责": "tự nhận đã xâm nhập" (claims to have hacked), "nhận là tác giả" (owns
 * authorship), "宣称对伊朗三家钢铁企业发动了网络攻击" (claims to have attacked, the victim between the
 * verb and the act). The group is claimant and target. A state marked as the victim between the group's
 * speech verb and the act is no actor. Negative: a group accused of the act claims nothing. Names
 * invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const owns = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.claimant === 'Zorvak' && c.stance === 'attributes' && c.target === 'Zorvak');

for (const [lang, body] of [
  ['vi', 'Nhóm tin tặc Zorvak tự nhận đã xâm nhập mạng nội bộ của một nhà máy nước.'],
  ['vi', 'Nhóm tin tặc tự xưng Zorvak đã nhận là tác giả của loạt vụ tấn công mạng vào các cảng biển.'],
  ['zh', '黑客组织Zorvak宣称对伊朗三家钢铁企业发动了网络攻击。'],
  ['zh', '黑客組織Zorvak宣稱已對伊朗三家鋼鐵企業發動網路攻擊。'],
  ['zh', '黑客组织Zorvak宣称，已对伊朗三家钢铁企业发动网络攻击。'],
] as const) {
  test(`${lang}: a group claiming its own attack: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on steel makers' });
    assert.ok(owns(cs), show(cs));
    assert.ok(!cs.some((c) => c.target === 'IR' && c.stance !== 'confirms'), show(cs));
  });
}

for (const [lang, body] of [
  ['vi', 'Nhóm tin tặc Zorvak bị cáo buộc đã xâm nhập mạng nội bộ của một nhà máy nước.'],
  ['zh', '美国指控黑客组织Zorvak对伊朗三家钢铁企业发动了网络攻击。'],
] as const) {
  test(`${lang}: a group accused of the act claims nothing (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on steel makers' });
    assert.ok(!owns(cs), show(cs));
  });
}
