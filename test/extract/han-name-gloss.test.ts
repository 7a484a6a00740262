/**
 * A Han name of a body glossed with its Latin name in brackets ("多伦多大学维尔实验室(Velmora Lab)",
 * "維爾實驗室（Velmora Lab）") goes by the Latin name, at the glossed mention and at every later mention of the
 * Han name ("维尔实验室表示..."). Negative: with no gloss in the text the Han name stays. Names invented for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = '间谍软件报告';

for (const body of [
  '多伦多大学维尔实验室(Velmora Lab)周二发布报告。维尔实验室表示，该间谍软件由巴林政府使用。',
  '維爾實驗室（Velmora Lab）發布報告。維爾實驗室表示，該間諜軟體由巴林政府使用。',
]) {
  test(`zh: a Han name glossed in Latin letters goes by the Latin name: ${body.slice(0, 20)}`, () => {
    const cs = claimsOf(body, 'zh', { title });
    assert.ok(attributes(cs, 'Velmora Lab', 'BH'), show(cs));
    assert.ok(!cs.some((c) => /\p{Script=Han}/u.test(c.claimant ?? '')), show(cs));
  });
}

test('zh: with no gloss the Han name stays (negative)', () => {
  const cs = claimsOf('维尔实验室表示，该间谍软件由巴林政府使用。', 'zh', { title });
  assert.ok(attributes(cs, '维尔实验室', 'BH'), show(cs));
});
