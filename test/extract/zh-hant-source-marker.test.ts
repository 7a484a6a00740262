/**
 * Traditional Chinese source markers: "據X報導，…" and "根據X說明，…" name the source of what follows,
 * like simplified "据" and "根据". Negatives: "據點" (a site) and "毫無根據" (groundless) mark no source.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = '交易所遭駭';

for (const [body, claimant, target] of [
  ['據韓聯社報導，北韓駭客組織Lazarus去年曾以惡意程式感染交易所的伺服器，竊取資料。', 'Yonhap', 'KP'],
  ['根據日本警察廳說明，北韓駭客組織Lazarus竊取了交易所的資料。', 'JP', 'KP'],
] as const) {
  test(`zh-Hant: a source marker names who tells it: ${body.slice(0, 24)}`, () => {
    const cs = claimsOf(body, 'zh', { title: TITLE });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const body of [
  '北韓駭客從防護較弱的海外據點進入交易所的核心網路。',
  '日本的說法毫無根據，北韓駭客並未攻擊交易所。',
]) {
  test(`zh-Hant: 據點 and 毫無根據 mark no source (negative): ${body.slice(0, 24)}`, () => {
    const cs = claimsOf(body, 'zh', { title: TITLE });
    assert.ok(!cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.claimant !== 'KP'), show(cs));
  });
}
