/**
 * "the West", "Occidente", "l'Occident", "der Westen", "Запад", "phương Tây", "西方": a compass point
 * naming states together is no state and no organisation. Blamed next to a state, only the state is
 * accused; the compass point is no target and no claimant. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const BLAMED_WITH_STATE: Array<[lang: string, body: string, bloc: string]> = [
  ['en', 'The Russian minister accused Ukraine and the West of the attacks.', 'West'],
  ['en', 'The Russian minister blamed the intrusions on those in Ukraine and the West who seek to hurt Russia.', 'West'],
  ['es', 'El ministro ruso atribuyó las intrusiones a quienes en Ucrania y Occidente buscan perjudicar a Rusia.', 'Occidente'],
  ['fr', 'Le ministre russe a attribué les attaques à l’Ukraine et à l’Occident.', 'Occident'],
  ['de', 'Der russische Minister machte die Ukraine und den Westen für die Angriffe verantwortlich.', 'Westen'],
  ['ru', 'Российский министр обвинил Украину и Запад в атаках.', 'Запад'],
  ['vi', 'Bộ trưởng Nga cáo buộc Ukraine và phương Tây đứng sau loạt vụ xâm nhập.', 'phương Tây'],
  ['zh', '俄罗斯部长指责乌克兰和西方发动了这些攻击。', '西方'],
];

for (const [lang, body, bloc] of BLAMED_WITH_STATE) {
  test(`${lang}: the state blamed with "${bloc}" is accused, "${bloc}" is not`, () => {
    const cs = claimsOf(body, lang);
    // Negative: the state in the same list stays accused.
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.target === 'UA'), show(cs));
    assert.ok(!cs.some((c) => c.target === bloc || c.claimant === bloc), show(cs));
  });
}

test('en, es: the West alone is no accused', () => {
  for (const [lang, body, bloc] of [
    ['en', 'Russia blamed the West for the attacks.', 'West'],
    ['es', 'El ministro culpó a Occidente de los ataques contra el sistema de votación.', 'Occidente'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.target === bloc), show(cs));
  }
});

test('en: a name that only begins with the compass word is still a name', () => {
  const cs = claimsOf('West Velmora Bank said the Sandworm group attacked its servers.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'West Velmora Bank'), show(cs));
});
