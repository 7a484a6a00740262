/**
 * A verb of confirming whose subject is the clause before it (", which confirms a broad campaign", ", ce qui
 * confirme", ", lo que confirma", "，这证实了", ", điều này xác nhận") tells that a fact corroborates another: no
 * victim confirms it was hit. The profiles' factRelatives name those relatives (after a comma). A French
 * sentence may open with "Au-delà de", "Outre", "Parmi": no organisation. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Beyond France, the victims include ministries in Asia, which confirms a broad campaign.'],
  ['fr', 'Au-delà de la France, les victimes comprennent des ministères en Asie, ce qui confirme une activité de grande ampleur.'],
  ['es', 'Más allá de Francia, las víctimas incluyen ministerios en Asia, lo que confirma una actividad amplia.'],
  ['zh', '法国之外，受害者还包括亚洲多国的部委，这证实了该活动规模庞大。'],
  ['vi', 'Ngoài Pháp, nạn nhân còn gồm các bộ ở châu Á, điều này xác nhận chiến dịch có quy mô lớn.'],
] as const) {
  test(`${lang}: a fact that corroborates is no confirmation: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}

for (const [lang, body, who] of [
  ['en', 'Germany said its network had been breached, which confirms earlier reports.', 'DE'],
  ['fr', "Au-delà des mots, Paris a confirmé avoir été la cible de pirates informatiques.", 'FR'],
  ['en', 'Germany confirmed its network had been breached.', 'DE'],
] as const) {
  test(`${lang}: the victim still confirms: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.stance === 'confirms' && c.claimant === who), show(cs));
  });
}
