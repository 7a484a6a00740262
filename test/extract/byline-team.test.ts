/**
 * A byline that signs a body's team ("By the X research team", "Par l'équipe de X", "Por el equipo de X")
 * names the publisher the text's "we" speaks for; a byline signed by a writer ("By Jane Doe") names none.
 * Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const TEAM: Array<[lang: string, header: string, body: string]> = [
  ['en', 'By the Korvex Security research team | May 3, 2024', 'The Polish ministry said the group hacked banks. We attribute the attack to Russia.'],
  ['fr', "Par l'équipe de Korvex Security | 3 mai 2024", 'Le ministère polonais a affirmé que le groupe a piraté des banques. Nous attribuons cette attaque à la Russie.'],
  ['es', 'Por el equipo de Korvex Security | 3 de mayo de 2024', 'El ministerio polaco afirmó que el grupo atacó bancos. Atribuimos el ataque a Rusia.'],
];

for (const [lang, header, body] of TEAM) {
  test(`${lang}: a byline signed by a body's team makes the body the "we"`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(cs.some((c) => c.claimant === 'Korvex Security' && c.target === 'RU'), show(cs));
  });
}

test('en: a byline signed by a writer names no publisher', () => {
  const cs = claimsOf('The Polish ministry said the group hacked banks. We attribute the attack to Russia.', 'en', { header: 'By Jane Doe | May 3, 2024' });
  assert.ok(!cs.some((c) => c.claimant === 'Jane Doe'), show(cs));
});
