/**
 * Chinese reported speech: the circumfix frame "在X看来，…" (in X's view) makes X the speaker, not the
 * party after the frame (before, the marker took the holder in and the accused became the claimant);
 * verbs of exposing, asserting and inferring ("揭露", "直言", "断言/斷言", "推测/推斷", "直指") report
 * what follows like "披露" and "认为". Negatives: an exposure or an inference with no party accused.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = '电网遭网络攻击';

for (const [body, claimant, target] of [
  ['在日本政府看来，朝鲜黑客攻击了日本的电网。', 'JP', 'KP'],
  ['在日本看来，朝鲜黑客攻击了韩国的电网。', 'JP', 'KP'],
  ['在美國政府看來，北韓駭客攻擊了韓國的電網。', 'US', 'KP'],
  ['日本国家网络安全中心揭露，朝鲜黑客攻击了日本的电网。', 'JP', 'KP'],
  ['日本國家網路安全中心揭露北韓駭客攻擊了日本的電網。', 'JP', 'KP'],
  ['日本政府直言，朝鲜黑客攻击了日本的电网。', 'JP', 'KP'],
  ['日本政府斷言北韓駭客攻擊了日本的電網。', 'JP', 'KP'],
  ['日本政府推测朝鲜黑客攻击了日本的电网。', 'JP', 'KP'],
  ['日本政府直指朝鲜黑客攻击了日本的电网。', 'JP', 'KP'],
] as const) {
  test(`zh: the view frame and the verbs of exposing or inferring report: ${body.slice(0, 24)}`, () => {
    const cs = claimsOf(body, 'zh', { title: TITLE });
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!attributes(cs, target, claimant), show(cs));
  });
}

for (const body of [
  '日本记者揭露了政府隐瞒数据泄露的丑闻。',
  '专家推测，攻击者的目的可能是追踪官员的行程。',
  '在日本，朝鲜黑客攻击了电网，专家看来很担心。',
]) {
  test(`zh: no party accused, no attribution (negative): ${body.slice(0, 24)}`, () => {
    const cs = claimsOf(body, 'zh', { title: TITLE });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
