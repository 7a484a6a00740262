/**
 * A party first describing, discovering or reporting on a threat group, with what the group does told in the
 * same sentence (an apposition, a relative clause, "como un grupo que ...") or at the opening of the next one
 * ("The group then attacked ..."): the describer attributes that act to the group (target: the group when no
 * state is named). The group may be named after the verb, named before it with the describer after the verb, or
 * stand as a pronoun for the group named before ("lo", "it"). Negatives: describing a flaw, a tool or an attack
 * with no group, a group told only as the one hit. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyber espionage campaign' };

for (const [lang, body, claimant] of [
  ['en', 'UNC9931 remains active. Norvik Labs first described it years ago as a crew that hacked foreign ministries.', 'Norvik Labs'],
  ['en', 'Norvik Labs first described UNC9931 last spring. The crew then hacked shipping firms in the Baltic.', 'Norvik Labs'],
  ['es', 'UNC9931 lleva años en activo. La empresa Norvik lo describió en 2020 como una banda que atacaba a diplomáticos europeos.', 'Norvik'],
  ['es', 'Pocos conocían a UNC9931. Kaspersky lo dio a conocer hace tres años como un actor que se infiltraba en ministerios.', 'Kaspersky'],
  ['fr', 'La société Norvik a décrit dès 2018 le groupe UNC9931, qui attaque des ministères baltes.', 'Norvik'],
  ['de', 'Die Firma Norvik beschrieb UNC9931 bereits 2016. Die Gruppe hatte damals Reedereien gehackt.', 'Norvik'],
  ['de', 'Die Firma Norvik hat die Gruppe UNC9931 erstmals beschrieben, die Ministerien ausspioniert.', 'Norvik'],
  ['ru', 'О группировке. UNC9931 первой описала Norvik Labs весной 2016 года. Позже группа взламывала почтовые серверы министерств.', 'Norvik Labs'],
  ['ru', 'Компания Norvik описала UNC9931 ещё в 2016 году. Позднее эта группировка взломала почтовые серверы министерств.', 'Norvik'],
  ['vi', 'Công ty Norvik công bố báo cáo về UNC9931, một nhóm gián điệp đã xâm nhập mạng của nhiều bộ.', 'Norvik'],
] as const) {
  test(`${lang}: a group first described with its act is attributed by its describer: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, claimant, 'UNC9931'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Norvik Labs first described the flaw in 2021, and attackers exploited it against ministries.'],
  ['en', 'Norvik Labs first described UNC9931 last spring. The group was attacked by rival hackers in May.'],
  ['en', 'Norvik Labs first described the KeyBolt backdoor in 2021. It was used to attack ministries.'],
  ['en', 'Norvik Labs described the breach of the ministry in a blog post.'],
  ['es', 'La empresa Norvik describió la vulnerabilidad en 2021; después la explotaron para atacar ministerios.'],
  ['es', 'El informe de la empresa Norvik describe la intrusión en el ministerio.'],
  ['ru', 'Компания Norvik впервые описала уязвимость в 2019 году. Тогда группа исследователей атаковала тестовый стенд.'],
  ['ru', 'Компания Norvik впервые описала UNC9931 в 2019 году. Тогда группировка была атакована конкурентами.'],
  ['fr', "La société Norvik a décrit l'attaque contre le ministère dans un rapport."],
  ['fr', 'La société Norvik a décrit dès 2018 le groupe UNC9931, qui a été piraté par des rivaux.'],
] as const) {
  test(`${lang}: a flaw, a tool, an attack with no actor or a group hit is no attribution by its describer (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.claimant.startsWith('Norvik') && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}
