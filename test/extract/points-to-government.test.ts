/**
 * Evidence pointing to an actor inside a state's government: "the evidence points to an operator within the
 * Xian government", "las pistas apuntan a una célula dentro del gobierno X", "les indices mènent à un opérateur
 * au sein du gouvernement X", "die Spuren deuten auf einen Akteur innerhalb der X Regierung hin", "следы указывают
 * на группу внутри правительства X", "线索指向X政府内部的一名操作者", "các dấu vết chỉ về một nhóm trong chính phủ X".
 * The state stands further from the predicate than a bare accused does, but a government noun beside it makes it
 * the accused. Negatives: a state as far away with no government noun beside it. Names of companies invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, target] of [
  ['en', 'According to Kaspersky, the evidence points to an operator within the Russian government.', 'RU'],
  ['en', 'According to Kaspersky, the clues point to a unit inside the government of Iran.', 'IR'],
  ['es', 'Para Kaspersky, las pistas apuntan a una célula dentro del gobierno ruso.', 'RU'],
  ['fr', 'Selon Kaspersky, les indices mènent à un opérateur au sein du gouvernement iranien.', 'IR'],
  ['de', 'Laut Kaspersky deuten die Spuren auf einen Akteur innerhalb der russischen Regierung hin.', 'RU'],
  ['ru', 'По данным Kaspersky, следы указывают на группу внутри правительства России.', 'RU'],
  ['zh', '卡巴斯基表示，线索指向俄罗斯政府内部的一名操作者。', 'RU'],
  ['vi', 'Theo Kaspersky, các dấu vết chỉ về một nhóm trong chính phủ Nga.', 'RU'],
] as const) {
  test(`${lang}: evidence pointing to an actor inside a government: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Spyware on phones of reporters' });
    assert.ok(attributes(cs, 'Kaspersky', target), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'According to Kaspersky, the evidence points to an engineer at a large trading firm in Russia.'],
  ['es', 'Según Kaspersky, los indicios apuntan a un empleado de una pequeña empresa de Rusia.'],
] as const) {
  test(`${lang}: a far state with no government noun is no accused (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Spyware on phones of reporters' });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
