/**
 * Chinese comitative partners ("中方愿同日本一道…应对网络安全威胁", "与各国一起", "同…携手"): the party after
 * 同/与/和 and before 一道/一起/携手 sides with the speaker, so it neither speaks nor is called on (the zh
 * cooperation list gains the construction; 与…合作 was there). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const body of [
  '中方愿同日本一道，通过对话合作共同应对网络安全威胁。',
  '中方愿同包括日本在内的国际社会一道，在相互尊重的基础上共同应对网络安全威胁。',
  '中方愿与东盟各国携手，共同维护网络空间和平。',
]) {
  test(`zh: a partner with 同/与…一道 neither speaks nor is called on: ${body.slice(0, 16)}`, () => {
    const cs = claimsOf(body, 'zh');
    assert.ok(!cs.some((c) => c.claimant === 'JP' || c.target === 'JP'), show(cs));
  });
}

test('zh: an urging still calls on its addressee', () => {
  const cs = claimsOf('中方敦促日方停止炒作所谓网络威胁。', 'zh');
  assert.ok(cs.some((c) => c.claimant === 'CN' && c.stance === 'calls-for' && c.target === 'JP'), show(cs));
});
