/**
 * A state named before the organisation that heads its noun phrase tells where the organisation sits; the organisation
 * wrote the report and speaks through it: "德国网络安全公司X发布了一份报告。报告认为…", "selon un rapport publié par
 * l'entreprise allemande de sécurité X", "according to a report released by the German security company X". Co-authors
 * each premodified by their state both speak; an organisation's name repeated in brackets is one author, not a list's
 * end. Negatives: a state joined to the company by "and" is an author of its own, and a state that publishes a report
 * about a company is the author. Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, who] of [
  ['zh', '银行在三月遭到攻击。德国网络安全公司Velmora周二发布了一份报告。报告认为，俄罗斯黑客攻击了这些银行。', 'Velmora'],
  ['zh', '银行在三月遭到攻击。德国科技巨头奇安信周二发布了一份报告。报告认为，俄罗斯黑客攻击了这些银行。', 'Qi An Xin'],
  ['fr', "Les banques ont été attaquées en mars. La Russie est derrière cette attaque, selon un rapport publié mardi par l'entreprise allemande de sécurité Velmora.", 'Velmora'],
  ['es', 'Los bancos fueron atacados en marzo. Rusia está detrás del ataque, según un informe publicado el martes por la empresa alemana de ciberseguridad Velmora.', 'Velmora'],
  ['en', 'The banks were attacked in March. Russia was behind the attack, according to a report released on Tuesday by the German security company Velmora Labs.', 'Velmora Labs'],
  ['en', 'The German security company Velmora Labs published a report on Tuesday. The report says Russia was behind the attack on the banks.', 'Velmora Labs'],
  ['de', 'Die Banken wurden im März angegriffen. Das deutsche Sicherheitsunternehmen Velmora veröffentlichte am Dienstag einen Bericht. Der Bericht kommt zu dem Schluss, dass Russland hinter dem Angriff steckt.', 'Velmora'],
] as const) {
  test(`${lang}: the organisation a state premodifies wrote the report: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, who, 'RU'), show(cs));
    assert.ok(!attributes(cs, 'DE', 'RU'), show(cs));
  });
}

test('zh: co-authors, each premodified by its state and one named again in brackets, both speak through the report', () => {
  const cs = claimsOf('银行在三月遭到攻击。中国安全公司奇安信（Qi An Xin）和德国安全公司Velmora周二联合发布了一份报告。报告认为，俄罗斯黑客攻击了这些银行。', 'zh');
  assert.ok(attributes(cs, 'Qi An Xin', 'RU') && attributes(cs, 'Velmora', 'RU'), show(cs));
  assert.ok(!attributes(cs, 'CN', 'RU') && !attributes(cs, 'DE', 'RU'), show(cs));
});

for (const [lang, body] of [
  ['en', 'The banks were attacked in March. Germany and Velmora Labs published a report on Tuesday. The report says Russia was behind the attack.'],
  ['fr', "Les banques ont été attaquées en mars. L'Allemagne a publié mardi un rapport sur Velmora. Le rapport estime que la Russie est derrière cette attaque."],
  ['zh', '银行在三月遭到攻击。德国和奇安信周二发布了一份报告。报告认为，俄罗斯黑客攻击了这些银行。'],
] as const) {
  test(`${lang}: a state joined to the company, or writing about it, is an author itself (negative): ${body.slice(34, 90)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'DE', 'RU'), show(cs));
  });
}
