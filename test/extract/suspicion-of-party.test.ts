/**
 * Suspecting a named party of an attack is an attribution by the one who suspects: "suspect Russia of
 * being behind", "soupçonnent la Russie d'être derrière", "verdächtigen Russland, hinter ... zu stecken",
 * "sospechan que Rusia está detrás", "подозревают Россию в причастности". Not an attribution: the
 * participle or adjective ("a group suspected of", "verdächtige E-Mails", "подозреваемый хакер"), or a
 * suspicion with no party named. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SUSPECTS: Array<[lang: string, body: string]> = [
  ['en', 'Polish authorities suspect Russia of being behind the attack.'],
  ['fr', "Les autorités polonaises soupçonnent la Russie d'être derrière l'attaque."],
  ['de', 'Die polnischen Behörden verdächtigen Russland, hinter dem Angriff zu stecken.'],
  ['de', 'Polen verdächtigt Russland der Sabotage am Bahnnetz.'],
  ['es', 'Las autoridades polacas sospechan que Rusia está detrás del ataque.'],
  ['ru', 'Польские власти подозревают Россию в причастности к атаке.'],
];

for (const [lang, body] of SUSPECTS) {
  test(`${lang}: the state that suspects Russia attributes the attack to it`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
  });
}

const NOT_SUSPICION: Array<[lang: string, body: string]> = [
  ['en', 'Researchers found a group suspected of working for China.'],
  ['en', 'Police suspect an insider.'],
  ['de', 'Die Polizei fand verdächtige Dateien auf den Servern.'],
  ['ru', 'Подозреваемый в атаке хакер задержан.'],
];

for (const [lang, body] of NOT_SUSPICION) {
  test(`${lang}: a participle of suspicion, or no party suspected, attributes nothing`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(cs));
  });
}
