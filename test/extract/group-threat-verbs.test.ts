/**
 * A threat group threatening further attacks ("пригрозила атаковать", "đe dọa sẽ tấn công", "威胁将攻击",
 * "扬言攻击"): the group warns, and the state whose targets it names is the one warned (group-stance.ts
 * with the profiles' warning verbs). Negative case: a negated threat is no warning, and the state
 * threatened never makes the claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; threat: string; negated: string }> = [
  {
    lang: 'ru',
    threat: 'Хакерская группировка Stormcloud пригрозила атаковать другие марокканские цели.',
    negated: 'Хакерская группировка Stormcloud не пригрозила атаковать другие марокканские цели.',
  },
  {
    lang: 'vi',
    threat: 'Nhóm tin tặc Stormcloud đe dọa tấn công Maroc.',
    negated: 'Nhóm tin tặc Stormcloud không đe dọa tấn công Maroc.',
  },
  {
    lang: 'zh',
    threat: '黑客组织Stormcloud威胁将攻击更多摩洛哥目标。',
    negated: '黑客组织Stormcloud没有扬言攻击摩洛哥。',
  },
];

for (const c of CASES) {
  test(`${c.lang}: a group threatening further attacks warns the state it names`, () => {
    const cs = claimsOf(c.threat, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'Stormcloud' && x.stance === 'warns' && x.target === 'MA'), show(cs));
    assert.ok(!cs.some((x) => x.claimant === 'MA'), show(cs));
  });
  test(`${c.lang}: a negated threat is no warning (negative)`, () => {
    const cs = claimsOf(c.negated, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'Stormcloud' && x.stance === 'warns'), show(cs));
  });
}
