/**
 * The United Nations as one claimant, "UN", in every profile's language ("UN panel of experts", "la ONU",
 * "l'ONU", "ООН", "Vereinte Nationen", "联合国安理会……专家小组的报告", "Liên Hợp Quốc"), as the EU and NATO are
 * (lexicons/bodies.ts); "UN" is a party though "un" is an article. A state's mission to it speaks for the state:
 * "ante", "auprès de", "при" mark the body it sits at. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'A UN panel of experts said North Korea carried out the cyberattacks on the exchanges.'],
  ['es', 'La ONU afirmó que Corea del Norte llevó a cabo los ciberataques contra las casas de cambio.'],
  ['fr', "L'ONU a affirmé que la Corée du Nord avait mené les cyberattaques contre les plateformes."],
  ['ru', 'ООН заявила, что кибератаки провела Северная Корея.'],
  ['de', 'Die Vereinten Nationen erklärten, Nordkorea habe die Cyberangriffe auf die Börsen verübt.'],
  ['vi', 'Liên Hợp Quốc cho biết Triều Tiên đã thực hiện các vụ tấn công mạng nhằm vào các sàn giao dịch.'],
  ['zh', '联合国安理会专家小组此前的报告指出，朝鲜通过网络攻击窃取的资金被用于支持其导弹计划。'],
] as const) {
  test(`${lang}: the UN attributes: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Crypto exchange thefts' });
    assert.ok(attributes(cs, 'UN', 'KP'), show(cs));
  });
}

for (const [lang, body] of [
  ['es', 'La misión de Irán ante la ONU negó cualquier implicación en los ciberataques.'],
  ['fr', "La mission iranienne auprès de l'ONU a démenti toute implication dans les cyberattaques."],
  ['ru', 'Постпредство Ирана при ООН отвергло причастность к кибератакам.'],
] as const) {
  test(`${lang}: a state's mission to the UN speaks for the state, not the UN: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattacks on election sites' });
    assert.ok(cs.some((c) => c.claimant === 'IR' && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'UN' || c.claimant === 'ONU' || c.claimant === 'OON'), show(cs));
  });
}
