/**
 * A report, an investigation or a team as the voice of its author, with a verb of showing or finding that is
 * no speech verb ("the report shows", "l'enquête a établi", "die Ermittlungen ergaben", "el informe muestra",
 * "расследование показало", "kết quả điều tra cho thấy", "调查报告显示"): the report's author speaks. A report
 * by an outlet is the outlet's; a report that no one wrote speaks for no one; a company that "showed" a thing
 * says nothing. Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, author, target] of [
  ['en', 'Velmora Labs published a report on the attacks. The report shows that China was behind the attacks.', 'Velmora Labs', 'CN'],
  ['en', 'Velmora Labs published a report on the attacks. The investigation found that Russia was behind the attack.', 'Velmora Labs', 'RU'],
  ['en', "Velmora Labs' report shows that China was behind the attacks.", 'Velmora Labs', 'CN'],
  ['en', 'A report by Velmora News shows that China was behind the attacks.', 'Velmora News', 'CN'],
  ['fr', "Kaspersky a publié un rapport sur l'attaque. Le rapport montre que la Chine est derrière l'attaque.", 'Kaspersky', 'CN'],
  ['fr', "Kaspersky a publié un rapport sur l'attaque. L'enquête a établi que la Chine est derrière l'attaque.", 'Kaspersky', 'CN'],
  ['de', 'Velmora AG veröffentlichte einen Bericht über den Angriff. Der Bericht zeigt, dass China hinter dem Angriff steckt.', 'Velmora', 'CN'],
  ['de', 'Velmora AG veröffentlichte einen Bericht über den Angriff. Die Ermittlungen ergaben, dass China hinter dem Angriff steckt.', 'Velmora', 'CN'],
  ['es', 'Velmora Labs publicó un informe sobre el ataque. El informe muestra que China está detrás del ataque.', 'Velmora Labs', 'CN'],
  ['es', 'Velmora Labs publicó un informe sobre el ataque. La investigación determinó que China está detrás del ataque.', 'Velmora Labs', 'CN'],
  ['ru', 'Компания Positive Technologies опубликовала доклад об атаке. Расследование показало, что за атакой стоит Китай.', 'Positive Technologies', 'CN'],
  ['vi', 'Công ty Velmora công bố báo cáo về vụ việc. Kết quả điều tra cho thấy Trung Quốc đứng sau vụ tấn công.', 'Velmora', 'CN'],
  ['zh', '奇安信发布了关于该事件的调查报告。调查报告显示，美国国家安全局对我国实施了网络攻击。', 'Qi An Xin', 'US'],
  ['zh', '奇安信发布了报告。调查发现，上述攻击由美国国家安全局发起。', 'Qi An Xin', 'US'],
] as const) {
  test(`${lang}: the report or the investigation speaks for ${author}: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, author, target), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'A new report shows that China was behind the attacks.'],
  ['en', 'Velmora Labs showed the tool to journalists in Tarsland.'],
  ['fr', "Une nouvelle étude montre que la Chine est derrière l'attaque."],
  ['es', 'Un nuevo estudio muestra que China está detrás del ataque.'],
  ['zh', '数据显示，美国国家安全局对我国实施了网络攻击。'],
] as const) {
  test(`${lang}: no author, no claim: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.equal(cs.length, 0, show(cs));
  });
}

test('en: a report by an outlet is the outlet\'s, not the state it names', () => {
  const cs = claimsOf('A report by Velmora News shows that China was behind the attacks.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'CN'), show(cs));
});
