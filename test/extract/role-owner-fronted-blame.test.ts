/**
 * On sentences written for these tests:
 * - a role word followed by the state that owns it ("el Gobierno de España", "el Gobierno español", "le
 *   ministère polonais", "the government of Poland") names that state: it does not point back to the last
 *   speaker, so a source marker or a passive agent before it finds the state; a bare role word still points back;
 * - a predicate of responsibility fronted before its subject ("Detrás del ciberataque está X", "Behind the
 *   cyberattack was X", "Hinter dem Cyberangriff steckt X", "За кибератакой стоит X");
 * - a participle in apposition ("el grupo X, vinculado a China") ties an actor to its sponsor: the group makes
 *   no accusation; in the passive ("fue vinculado a Rusia por X") the agent accuses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

type Case = [lang: string, body: string, claimant: string, target: string];

function expect(title: string, cases: Case[]): void {
  for (const [lang, body, claimant, target] of cases) {
    test(`${lang}: ${title}: ${body.slice(0, 60)}`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(attributes(cs, claimant, target), show(cs));
    });
  }
}

expect('a role word with its state after it names the state', [
  ['es', 'Según el Gobierno de España, Rusia está detrás del ciberataque.', 'ES', 'RU'],
  ['es', 'El ciberataque fue atribuido a Rusia por el Gobierno español.', 'ES', 'RU'],
  ['fr', 'Selon le ministère français, des pirates russes ont attaqué les hôpitaux.', 'FR', 'RU'],
  ['fr', 'La cyberattaque a été imputée à la Russie par le ministère polonais.', 'PL', 'RU'],
  ['en', 'The cyberattack was attributed to Russia by the government of Poland.', 'PL', 'RU'],
]);

test('es: a bare role word still points back to the speaker before', () => {
  const cs = claimsOf('La portavoz del Gobierno de Chile dijo que hackers rusos atacaron los bancos. Según el Gobierno, Rusia está detrás del ciberataque.', 'es');
  assert.ok(attributes(cs, 'CL', 'RU'), show(cs));
  assert.ok(cs.every((c) => c.claimant === 'CL'), show(cs));
});

expect('a predicate of responsibility fronted before its subject', [
  ['es', 'Detrás del ciberataque está China, según el Gobierno de Filipinas.', 'PH', 'CN'],
  ['es', 'Detrás de la campaña de espionaje estarían hackers rusos, dijo el Gobierno de Polonia.', 'PL', 'RU'],
  ['en', 'Behind the cyberattack was Russian military intelligence, Polish officials said.', 'PL', 'RU'],
  ['de', 'Hinter dem Cyberangriff steckt Russland, sagte die polnische Regierung.', 'PL', 'RU'],
  ['ru', 'За кибератакой стоит Россия, заявило правительство Польши.', 'PL', 'RU'],
]);

test('es, en: nobody known behind the act accuses no one', () => {
  for (const [lang, body] of [
    ['es', 'No se sabe quién está detrás del ciberataque, según el Gobierno de Filipinas.'],
    ['en', 'It is unclear who was behind the cyberattack, Polish officials said.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), `${body}: ${show(cs)}`);
  }
});

test('es: a participle in apposition ties a group to its sponsor, it accuses no one', () => {
  const cs = claimsOf('El grupo Silt Heron, vinculado a China, atacó los puertos de Filipinas, según el Gobierno de Filipinas.', 'es');
  assert.ok(!cs.some((c) => c.claimant === 'Silt Heron'), show(cs));
  const fr = claimsOf('Le groupe Silt Heron, lié à la Chine, a attaqué les ports philippins, selon le gouvernement philippin.', 'fr');
  assert.ok(!fr.some((c) => c.claimant === 'Silt Heron'), show(fr));
});

expect('the participle in the passive: the agent accuses', [
  ['es', 'El ciberataque fue vinculado a Rusia por el Gobierno de España.', 'ES', 'RU'],
  ['es', 'Polonia vinculó el ciberataque con hackers rusos.', 'PL', 'RU'],
]);
