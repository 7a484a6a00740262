/**
 * Coordinated speakers: every state of a list that speaks ("Britain and Canada said", "la Norvège et la
 * Finlande ont affirmé", "Великобритания и Канада заявили", "英国和加拿大表示") makes each claim of the words, one claim
 * per claimant, whatever rule read the words (a predicate of responsibility here, which names no co-speaker
 * itself). A list of commas alone, a list inside the words and a trailing attribution's list are no
 * co-speakers. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const BOTH: Array<[string, string, string]> = [
  ['en', 'Norway and Finland said Belarus was behind the intrusion into the port authority.', 'BY'],
  ['en', 'Norway, Finland and Iceland said in a joint statement that Belarus was responsible for the intrusion.', 'BY'],
  ['fr', "La Norvège et la Finlande ont affirmé que la Biélorussie était derrière l'intrusion dans le port.", 'BY'],
  ['es', 'Noruega y Finlandia afirmaron que Bielorrusia estaba detrás de la intrusión en el puerto.', 'BY'],
  ['de', 'Norwegen und Finnland erklärten, Belarus stecke hinter dem Eindringen in die Hafenbehörde.', 'BY'],
  ['ru', 'Норвегия и Финляндия заявили, что за вторжением в систему порта стоит Белоруссия.', 'BY'],
  ['zh', '挪威和芬兰表示，这次入侵是白俄罗斯所为。', 'BY'],
  ['vi', 'Na Uy và Phần Lan cho biết Belarus đứng sau vụ xâm nhập hệ thống cảng.', 'BY'],
];
for (const [lang, body, target] of BOTH) {
  test(`${lang}: each state of a coordinated subject makes the claim (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'NO', target), show(cs));
    assert.ok(attributes(cs, 'FI', target), show(cs));
  });
}

test('en: a co-speaker of a list of three, after "and", makes the claim too', () => {
  const cs = claimsOf('Norway, Finland and Iceland said in a joint statement that Belarus was responsible for the intrusion.', 'en');
  assert.ok(attributes(cs, 'IS', 'BY'), show(cs));
});

test('en, fr: a list of commas alone joins no speakers ("after talks with X, Y said")', () => {
  const en = claimsOf('After talks with Norway, Finland said Belarus was behind the intrusion into the port authority.', 'en');
  assert.ok(attributes(en, 'FI', 'BY'), show(en));
  assert.ok(!en.some((c) => c.claimant === 'NO'), show(en));
  const fr = claimsOf("Après des échanges avec la Norvège, la Finlande a affirmé que la Biélorussie était derrière l'intrusion.", 'fr');
  assert.ok(!fr.some((c) => c.claimant === 'NO'), show(fr));
});

test('en, es: states listed inside the words, or before a trailing speaker, do not speak', () => {
  const en = claimsOf('Belarusian hackers hit ports in Norway and Finland, Iceland said.', 'en');
  assert.ok(!en.some((c) => c.claimant === 'NO' || c.claimant === 'FI'), show(en));
  const es = claimsOf('Islandia dijo que hackers bielorrusos atacaron puertos de Noruega y Finlandia.', 'es');
  assert.ok(!es.some((c) => c.claimant === 'NO' || c.claimant === 'FI'), show(es));
});
