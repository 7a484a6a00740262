/**
 * Traditional Chinese forms of cues the profile had only in simplified script: the denials "從未"
 * (never), "反駁" (rebuts), "所謂…其實…" (the so-called … is in fact …) and the speech verb "介紹".
 * Before, a Traditional "X稱，X從未對Y發動網路攻擊" read as X accusing Y, and "反駁Y的指控" as an
 * accusation of Y. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = '電網遭網路攻擊';

for (const body of [
  '北韓外務省稱，北韓從未對日本發動網路攻擊。',
  '北韓外務省反駁日本的指控。',
  '北韓外務省稱，所謂北韓駭客攻擊其實是日本自導自演。',
]) {
  test(`zh-Hant: a denial in Traditional script: ${body.slice(0, 24)}`, () => {
    const cs = claimsOf(body, 'zh', { title: TITLE });
    assert.ok(cs.some((c) => c.claimant === 'KP' && c.stance === 'denies'), show(cs));
    assert.ok(!attributes(cs, 'KP', 'JP'), show(cs));
  });
}

test('zh-Hant: 介紹 reports what follows', () => {
  const cs = claimsOf('日本政府介紹，北韓駭客攻擊了日本的電網。', 'zh', { title: TITLE });
  assert.ok(attributes(cs, 'JP', 'KP'), show(cs));
});

test('zh-Hant: an accusation in Traditional script stays one (negative)', () => {
  const cs = claimsOf('日本政府稱，北韓駭客多次對日本的電網發動網路攻擊。', 'zh', { title: TITLE });
  assert.ok(attributes(cs, 'JP', 'KP'), show(cs));
  assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
});
