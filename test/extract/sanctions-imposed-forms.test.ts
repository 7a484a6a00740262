/**
 * Sanctions imposed on the accused, as the press words them: "a imposé des sanctions à", "a pris des
 * sanctions contre"; "ввёл санкции против" (with ё), "наложил санкции на"; and the forms the profiles
 * already read ("imposed sanctions on", "impuso sanciones a", "verhängte Sanktionen gegen"). The one who
 * sanctions accuses the state of those it sanctions. Not an accusation: sanctions with no one named as
 * their object. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SANCTIONS: Array<[lang: string, body: string]> = [
  ['fr', "L'Union européenne a imposé des sanctions à six pirates russes pour ces attaques."],
  ['fr', "L'UE a pris des sanctions contre la Russie après l'intrusion."],
  ['ru', 'Европейский союз ввёл санкции против шести российских хакеров за эти атаки.'],
  ['ru', 'ЕС наложил санкции на шесть российских хакеров.'],
  ['en', 'The European Union imposed sanctions on six Russian hackers over the attacks.'],
  ['es', 'La UE impuso sanciones a seis piratas rusos por los ataques.'],
  ['de', 'Die EU verhängte Sanktionen gegen sechs russische Hacker.'],
];

for (const [lang, body] of SANCTIONS) {
  test(`${lang}: sanctions imposed on Russian hackers accuse Russia`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'EU', 'RU'), show(cs));
  });
}

const NO_OBJECT: Array<[lang: string, body: string]> = [
  ['fr', "La France a pris des sanctions après l'attaque."],
  ['ru', 'Евросоюз ввёл санкции после атаки.'],
];

for (const [lang, body] of NO_OBJECT) {
  test(`${lang}: sanctions with no one named accuse no one`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(cs));
  });
}
