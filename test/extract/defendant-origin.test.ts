/**
 * The nationality of defendants told with a word between the noun and the state ("citizens of Iran",
 * "ciudadanos de Irán", "ressortissants de l'Iran", "Staatsbürger aus Iran", "гражданам из Ирана",
 * "mang quốc tịch Iran") is their nationality as one right beside the noun is (defendants.ts): of
 * several nationalities, the first is the state a charge that tells nothing else of them accuses, not the
 * last one named; a state the clause ties the act to still comes first. Spanish "acusaciones formales
 * contra" is an accusation cue as "acusaciones contra" is. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')).map((c) => c.target);

const TWO_ORIGINS: Array<[lang: string, body: string]> = [
  ['en', 'The United States charged three citizens of Iran and two citizens of Turkey over the attacks on banks.'],
  ['es', 'La Fiscalía de Estados Unidos presentó cargos contra tres ciudadanos de Irán y un ciudadano de Turquía por los ataques contra bancos.'],
  ['es', 'Estados Unidos anunció acusaciones formales contra tres ciudadanos de Irán y dos ciudadanos de Turquía por los ataques.'],
  ['fr', 'Les États-Unis ont inculpé trois ressortissants de l’Iran et un ressortissant de la Turquie pour les attaques contre des banques.'],
  ['de', 'Die US-Justiz erhob Anklage gegen drei Staatsbürger aus Iran und zwei Bürger aus der Türkei wegen der Angriffe auf Banken.'],
  ['ru', 'Минюст США предъявил обвинения трем гражданам из Ирана и двум гражданам из Турции в атаках на банки.'],
  ['vi', 'Bộ Tư pháp Mỹ truy tố ba đối tượng mang quốc tịch Iran và hai đối tượng mang quốc tịch Thổ Nhĩ Kỳ vì các vụ tấn công ngân hàng.'],
];

for (const [lang, body] of TWO_ORIGINS) {
  test(`${lang}: defendants of two origins told with "of": the first origin is accused, not the last`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'US'), ['IR'], show(cs));
  });
}

test('en: a state the clause ties the defendants to comes before their origin', () => {
  const cs = claimsOf('The United States charged two citizens of Turkey, members of a unit of Iran’s Revolutionary Guard, over the attacks on banks.', 'en');
  assert.deepEqual(accused(cs, 'US'), ['IR'], show(cs));
});

test('en: members of a state body are no nationality: the body’s state is accused', () => {
  const cs = claimsOf('The United States charged five members of the GRU over the attacks on banks.', 'en');
  assert.deepEqual(accused(cs, 'US'), ['RU'], show(cs));
});
