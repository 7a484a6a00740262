/**
 * A capital stands for its state in every language news is written in ("Pjöngjang nannte den Bericht eine
 * Erfindung", "Tallinn a accusé Moscou", "Estocolmo acusó a Moscú", "斯德哥尔摩指责莫斯科"): the capitals'
 * German, French, Spanish, Chinese, Vietnamese and Russian spellings join the English ones in the country
 * forms. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant, target] of [
  ['de', 'Tallinn machte Moskau für den Angriff auf das Stromnetz verantwortlich.', 'EE', 'RU'],
  ['de', 'Seoul machte Pjöngjang für den Einbruch bei der Bahn verantwortlich.', 'KR', 'KP'],
  ['fr', "Tallinn a accusé Moscou d'avoir piraté le réseau électrique.", 'EE', 'RU'],
  ['fr', "Bucarest a imputé l'attaque contre les hôpitaux à Moscou.", 'RO', 'RU'],
  ['es', 'Estocolmo acusó a Moscú del ataque contra la red eléctrica.', 'SE', 'RU'],
  ['zh', '斯德哥尔摩指责莫斯科对电网发动攻击。', 'SE', 'RU'],
  ['vi', 'Tallinn cáo buộc Moscow đứng sau vụ tấn công vào lưới điện.', 'EE', 'RU'],
  ['ru', 'Дублин обвинил Москву в атаке на систему здравоохранения.', 'IE', 'RU'],
] as const) {
  test(`${lang}: a capital speaks and is accused for its state: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

test('de: a capital answers for its state in a denial', () => {
  const cs = claimsOf('Südkorea machte Nordkorea für den Einbruch verantwortlich. Pjöngjang nannte den Bericht eine Erfindung.', 'de');
  assert.ok(cs.some((c) => c.claimant === 'KP' && c.stance === 'denies'), show(cs));
});
