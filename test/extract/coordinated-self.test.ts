/**
 * A "we" that opens a clause joined by a coordinator to the clause of the body opening the sentence
 * ("Velmora Research has analysed the samples, and we now attribute the attack to X"): the body speaks of
 * itself in the third and the first person, so the "we" is that body, not whoever spoke before. A state
 * opening the sentence is no such body, nor is a body when another party stands between it and the "we".
 * Sentences and the vendor names are invented for this test (ESET and Kaspersky as known research sources).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[lang: string, body: string, claimant: string]> = [
  ['en', 'Officials acknowledged the disruption. Velmora Research (VR) has analysed the artifacts left behind, and we now attribute the attack to Sandworm.', 'Velmora Research'],
  ['fr', "Les autorités ont reconnu la panne. ESET a analysé les échantillons, et nous attribuons désormais l'attaque à Sandworm.", 'ESET'],
  ['de', 'Die Behörden bestätigten den Ausfall. ESET hat die Proben analysiert, und wir ordnen den Angriff Sandworm zu.', 'ESET'],
  ['es', 'Las autoridades reconocieron la caída. ESET analizó las muestras, y nosotros creemos que el ataque fue obra de Sandworm.', 'ESET'],
  ['ru', 'Власти признали сбой. Лаборатория Касперского изучила образцы, и мы считаем, что за атакой стоит Sandworm.', 'Kaspersky'],
  ['vi', 'Nhà chức trách xác nhận sự cố. ESET đã phân tích các mẫu mã độc, và chúng tôi quy kết vụ tấn công cho Sandworm.', 'ESET'],
];

for (const [lang, body, claimant] of CASES) {
  test(`${lang}: "we" joined to the clause of the body opening the sentence is that body`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, 'Sandworm Team'), show(cs));
  });
}

test('en: a "we" after another party than the opening body is not that body', () => {
  const cs = claimsOf('Velmora Research shared its samples with the Zorvakian ministry, and we now attribute the attack to Sandworm, a spokesman for the ministry said.', 'en');
  assert.ok(!attributes(cs, 'Velmora', 'Sandworm Team'), show(cs));
});

test('en: a state opening the sentence hosts no "we" of its own clause', () => {
  const cs = claimsOf('Velmora Research published its findings on Monday. Russia attacked the networks of the railway, and we now attribute the outage to Sandworm.', 'en');
  assert.ok(!attributes(cs, 'RU', 'Sandworm Team'), show(cs));
});
