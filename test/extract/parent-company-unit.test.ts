/**
 * A company named only to qualify a unit of its that follows ("Google's Mandiant", "Google-owned Mandiant",
 * "die Google-Tochter Mandiant", "谷歌旗下的Mandiant") is no party: the unit after it is the claimant, and it is
 * not the target of its own accusation. Negatives: a company's own staff or report ("Microsoft's researchers",
 * "Google's report") still make the company the claimant. Group names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyber espionage campaign against shipping firms' };

for (const [lang, body] of [
  ['en', "Google's Mandiant attributed the intrusions at the shipping firms to APT41."],
  ['en', 'Google-owned Mandiant blamed APT41 for the intrusions at the shipping firms.'],
  ['de', 'Die Google-Tochter Mandiant schreibt die Einbrüche bei den Reedereien der Gruppe APT41 zu.'],
  ['zh', '谷歌旗下的Mandiant将针对航运公司的入侵归咎于APT41。'],
  ['zh', '谷歌旗下Mandiant將針對航運公司的入侵歸咎於APT41。'],
  // Unit first, parent after it (already so before this change): kept.
  ['fr', 'Mandiant, filiale de Google, impute les intrusions chez les armateurs au groupe APT41.'],
  ['es', 'Mandiant, filial de Google, atribuye las intrusiones en las navieras al grupo APT41.'],
  ['vi', 'Mandiant của Google cho rằng APT41 đứng sau các vụ xâm nhập vào các hãng vận tải biển.'],
] as const) {
  test(`${lang}: a unit named after its parent company is the claimant: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(cs.some((c) => c.claimant === 'Mandiant'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Google' || c.target === 'Mandiant'), show(cs));
  });
}

for (const [lang, body, who] of [
  ['en', "Microsoft's researchers blamed APT41 for the intrusions at the shipping firms.", 'Microsoft'],
  ['de', 'Die Forscher von Microsoft schreiben die Einbrüche bei den Reedereien der Gruppe APT41 zu.', 'Microsoft'],
  ['zh', '微软的研究人员将针对航运公司的入侵归咎于APT41。', 'Microsoft'],
] as const) {
  test(`${lang}: a company's own staff still make it the claimant (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(cs.some((c) => c.claimant === who), show(cs));
  });
}
