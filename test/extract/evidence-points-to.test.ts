/**
 * Evidence that points to the accused: "the traces point to China", "les traces mènent à la Chine", "die Spuren
 * deuten auf China hin" (either order of the German verb and noun), "las huellas apuntan a China", "следы
 * указывают на Китай", "线索指向中国", "các dấu vết đều chỉ về Trung Quốc". A predicate of responsibility
 * (the profiles' blame lists) whose accused follows it; the claimant is who speaks. A negated pointer or a
 * lead to anything but a party is none. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, target] of [
  ['en', 'According to Mandiant, the traces point to China.', 'CN'],
  ['en', 'Mandiant said the trail leads to Moscow.', 'RU'],
  ['fr', 'Selon Mandiant, les traces mènent à la Chine.', 'CN'],
  ['de', 'Laut Mandiant deuten die Spuren auf China hin.', 'CN'],
  ['de', 'Die Spuren deuteten nach Angaben von Mandiant auf China hin.', 'CN'],
  ['es', 'Según Mandiant, las huellas apuntan a China.', 'CN'],
  ['ru', 'По данным Mandiant, следы указывают на Китай.', 'CN'],
  ['zh', '据Mandiant称，线索指向中国。', 'CN'],
  ['vi', 'Theo Mandiant, các dấu vết đều chỉ về Trung Quốc.', 'CN'],
] as const) {
  test(`${lang}: evidence pointing to a state attributes to it: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Mandiant', target), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Mandiant said the evidence did not point to Russia.'],
  ['en', 'Mandiant said the investigation led to the arrest of two men.'],
  ['de', 'Mandiant sagte, die Spuren deuteten nicht auf Russland hin.'],
] as const) {
  test(`${lang}: no attribution: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

test('en: evidence that led to an assessment, with a state named before it, accuses no one', () => {
  const cs = claimsOf('The Danish ministry never explained which forensic evidence had led to its assessment about the Russian unit.', 'en');
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});

test('en: a state before the pointer is no accused; the one after it is', () => {
  const cs = claimsOf('Mandiant said that in the Russian case the traces point to Belarus.', 'en');
  assert.ok(attributes(cs, 'Mandiant', 'BY'), show(cs));
  assert.ok(!attributes(cs, 'Mandiant', 'RU'), show(cs));
});
