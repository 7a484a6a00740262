/**
 * An attack told with its origin after the victim's phrase ("an attack on its infrastructure originating from
 * China", "une attaque contre son infrastructure en provenance de Chine", "un ataque contra su infraestructura
 * procedente de China", "einen Angriff auf seine Infrastruktur, ausgehend von China"): the origin marker ties the
 * act to the state (profile `linkedTo`), which is then no part of the victim's phrase; the one who detected it
 * attributes. Negatives: a state that only locates the victim ("its offices in China") is no origin.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Google said it had detected a sophisticated attack on its infrastructure originating from China.'],
  ['fr', 'Google a détecté une attaque sophistiquée contre son infrastructure en provenance de Chine.'],
  ['es', 'Google detectó un ataque sofisticado contra su infraestructura procedente de China.'],
  ['de', 'Google meldete einen Angriff auf seine Infrastruktur, ausgehend von China.'],
] as const) {
  test(`${lang}: the origin of an attack is the state it is tied to: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Attack on a search company' });
    assert.ok(attributes(cs, 'Google', 'CN'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Google said it had detected attacks on its offices in China.'],
  ['fr', 'Google a détecté des attaques contre ses bureaux en Chine.'],
] as const) {
  test(`${lang}: a state locating the victim is no origin (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Attack on a search company' });
    assert.ok(!attributes(cs, 'Google', 'CN'), show(cs));
  });
}
