/**
 * A source saying a group is backed by a state in a passive whose agent stands before the participle
 * ("wird vom Iran unterstützt", "được Iran hậu thuẫn", "得到伊朗的支持") or after a passive verb
 * ("поддерживается Ираном"): the source attributes the group to that state, as with "backed by Iran",
 * "soutenu par l'Iran", "respaldado por Irán". Not a sponsor: a state backing a state ("Ukraine được Mỹ
 * hậu thuẫn", "die Ukraine wird von Deutschland unterstützt"), with no group in sight. Sentences invented
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const BACKED: Array<[lang: string, body: string]> = [
  ['de', 'UNC6183 griff drei Ministerien an. Laut Google wird die Gruppe vermutlich vom Iran unterstützt.'],
  ['de', 'Laut Google wird UNC6183 vom Iran unterstützt.'],
  ['vi', 'UNC6183 đã tấn công ba bộ. Theo Google, nhóm này được cho là được Iran hậu thuẫn.'],
  ['zh', 'UNC6183攻击了三个部委。据谷歌称，该组织据信得到伊朗的支持。'],
  ['ru', 'UNC6183 атаковала три министерства. По данным Google, группировка поддерживается Ираном.'],
  ['en', 'UNC6183 hit three ministries. The group is believed to be backed by Iran, according to Google.'],
  ['es', 'UNC6183 atacó tres ministerios. Según Google, se cree que el grupo está respaldado por Irán.'],
];

for (const [lang, body] of BACKED) {
  test(`${lang}: the state said to back the group is accused by the source`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'Google' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'IR' && c.about.includes('UNC6183')), show(cs));
  });
}

const STATES: Array<[lang: string, body: string]> = [
  ['vi', 'Theo Google, Ukraine được Mỹ hậu thuẫn.'],
  ['de', 'Die Ukraine wird von Deutschland unterstützt, sagte Google.'],
  ['zh', '据谷歌称，乌克兰得到美国的支持。'],
];

for (const [lang, body] of STATES) {
  test(`${lang}: a state backing a state, no group: no attribution`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
