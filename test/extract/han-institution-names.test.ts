/**
 * Chinese text names agencies, centres, boards and offices the knowledge does not know by their own name and an
 * institutional head noun ("…信息安全中心", "…委員會", "…网络安全局", "…資訊安全署"). Such a run, opening its clause
 * and speaking, is an organisation and the claimant, in Simplified and Traditional script; a state opening it gives
 * its state. Negatives: a generic or determined run ("有关部门", "该中心", "网络安全中心"), a word ending in a head
 * character that names no body ("当局", "部门"), and a bare two-character ministry ("防务部"), which is the home
 * state's and names no body of its own. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [body, claimant, target] of [
  ['琅岩信息安全中心周二指出，这次入侵由朝鲜黑客组织发起。', '琅岩信息安全中心', 'KP'],
  ['琅岩資訊安全中心指出，這次入侵是北韓駭客組織所為。', '琅岩資訊安全中心', 'KP'],
  ['澄江电信监管委员会表示，伊朗黑客对多家运营商发动了攻击。', '澄江电信监管委员会', 'IR'],
  ['澄江電信監管委員會表示，伊朗駭客對多家業者發動了攻擊。', '澄江電信監管委員會', 'IR'],
  ['澄江資訊安全署稱，攻擊源自俄羅斯。', '澄江資訊安全署', 'RU'],
  ['琅岩数字防务局称，攻击源自俄罗斯。', '琅岩数字防务局', 'RU'],
  ['琅岩网络应急办公室表示，伊朗黑客发动了这次攻击。', '琅岩网络应急办公室', 'IR'],
  ['青石数字安全局表示，俄罗斯黑客发动了攻击。', '青石数字安全局', 'RU'],
  ['青石網路安全部表示，俄羅斯駭客發動了攻擊。', '青石網路安全部', 'RU'],
  ['琅岩市财政局表示，俄罗斯黑客发动了攻击。', '琅岩市财政局', 'RU'],
  ['越南信息安全中心表示，俄罗斯黑客组织发动了攻击。', 'VN', 'RU'],
] as const) {
  test(`zh: an institution named by a head noun speaks: ${body.slice(0, 20)}`, () => {
    const cs = claimsOf(body, 'zh', { title: 'Cyberattack' });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const [body, target] of [
  ['有关部门表示，伊朗黑客发动了这次攻击。', 'IR'],
  ['该中心表示，伊朗黑客发动了这次攻击。', 'IR'],
  ['网络安全中心表示，伊朗黑客发动了这次攻击。', 'IR'],
  ['技术保障部门表示，伊朗黑客发动了这次攻击。', 'IR'],
  ['技術保障部門表示，伊朗駭客發動了這次攻擊。', 'IR'],
  ['琅岩党当局称，伊朗黑客发动了这次攻击。', 'IR'],
  ['防务部表示，伊朗黑客发动了这次攻击。', 'IR'],
] as const) {
  test(`zh: no institution name in a generic or non-body run: ${body.slice(0, 20)}`, () => {
    const cs = claimsOf(body, 'zh', { title: 'Cyberattack' });
    assert.ok(!cs.some((c) => c.target === target && /[部门門局心]$/u.test(c.claimant ?? '')), show(cs));
  });
}
