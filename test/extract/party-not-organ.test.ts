/**
 * A party whose name opens with a word that heads state organs ("Centro Democrático", "Centre
 * démocratique", "Democratic Center") is no organ of the article's state: its leader speaks for the
 * party, not for the state whose officials speak elsewhere in the text. Negative: the head of a real
 * organ named the same way still speaks for the state. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Spyware scandal' };

for (const [lang, body] of [
  ['es', 'El presidente colombiano Gustavo Pardo denunció el espionaje con programas espía. El exministro Mario Quiroga, líder del Centro Democrático, rechazó las acusaciones.'],
  ['fr', 'Le président colombien Gustavo Pardo a dénoncé l’espionnage par logiciel espion. Le secrétaire général du Centre démocratique, Mario Quiroga, a rejeté les accusations.'],
  ['en', 'Colombian President Gustavo Pardo denounced the spying with phone spyware. Mario Quiroga, leader of the Democratic Center, rejected the accusations.'],
] as const) {
  test(`${lang}: a party named like an organ speaks for itself: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(cs.some((c) => c.claimant === 'Democratic Center' && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'CO' && c.stance === 'denies'), show(cs));
  });
}

test('es: the head of a state centre still speaks for the state', () => {
  const cs = claimsOf('El presidente colombiano Gustavo Pardo denunció el espionaje. El director del Centro Nacional de Ciberseguridad, Mario Quiroga, afirmó que hackers rusos estaban detrás del ataque.', 'es', title);
  assert.ok(attributes(cs, 'CO', 'RU'), show(cs));
});
