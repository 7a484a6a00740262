/**
 * Chinese text writes foreign vendors' names in Latin letters with no space before the Han words around
 * them ("据Mandiant称", "CrowdStrike表示", "ESET将……归因于"): the name ends where Han text starts, and a
 * Han character before it does not join it to a word. The vendor is the speaker and claimant, as with a
 * space ("Mandiant 表示"). The same holds for traditional characters. Not a name: an acronym of a
 * technology inside the sentence is no claimant ("利用VPN设备"). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const VENDORS: Array<[body: string, claimant: string, target: string]> = [
  ['据Mandiant称，UNC6183为中国效力。', 'Mandiant', 'CN'],
  ['Mandiant高度确信UNC6183代表中国行事。', 'Mandiant', 'CN'],
  ['CrowdStrike表示，APT41为中国效力。', 'CrowdStrike', 'CN'],
  ['ESET将该活动归因于UNC6183。', 'ESET', 'UNC6183'],
  ['ESET將該活動歸因於UNC6183。', 'ESET', 'UNC6183'],
  ['Mandiant 表示，UNC6183为中国效力。', 'Mandiant', 'CN'],
];

for (const [body, claimant, target] of VENDORS) {
  test(`zh: a Latin vendor name against Han text speaks (${body.slice(0, 12)})`, () => {
    const cs = claimsOf(body, 'zh');
    assert.ok(cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target), show(cs));
  });
}

test('zh: a technology acronym against Han text is no claimant', () => {
  const cs = claimsOf('美国指责俄罗斯利用VPN漏洞发动攻击。', 'zh');
  assert.ok(cs.some((c) => c.claimant === 'US' && c.target === 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'VPN'), show(cs));
});

test('en: a name inside a Latin word is still none ("eCitizen")', () => {
  const cs = claimsOf('The eCitizen portal was hit, Kenya said, blaming Anonymous Sudan.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'Citizen'), show(cs));
});
