/**
 * A role phrase whose office is a capitalised run after "of" and an article, with the holder's full
 * name in apposition after a comma ("la viceministra de Seguridad de la Red Nacional, X Y, explicó",
 * "ministre de l'Économie et de la Souveraineté Industrielle, X Y", "el Presidente Encargado de la
 * Nación, X Y,"): the run names the office, not a person nor a body the holder speaks for; the holder after the
 * comma is the person, and acts when a speech verb governs them, even inverted before the role ("Como lo
 * ha denunciado el ministro ..., X,"). A state the holder's reported clause names ("explicó que los
 * intentos llegan de Brasil") is not whose official they are. Negatives: a name with no apposition
 * after the office stays a name; a body with an organisation word stays a body. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const run = (body: string, lang: string) => extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang });
const people = (body: string, lang: string) => run(body, lang).people.map((p) => p.name);
const everyone = (body: string, lang: string) => {
  const x = run(body, lang);
  return [...x.people, ...x.mentioned_people].map((p) => p.name);
};

test('es: the office after "de la" is no person; its holder in apposition speaks', () => {
  assert.deepEqual(people('La viceministra de Seguridad de la Red Nacional y Datos, Ramiro Celis, explicó ante los diputados que los intentos llegan de Brasil.', 'es'), ['Ramiro Celis']);
  assert.deepEqual(people('La ministra de la Presidencia, Ana Ruiz Beltrán, dijo que fue un ataque.', 'es'), ['Ana Ruiz Beltrán']);
});

test('es: an office after a capitalised role, and the speech verb before the role', () => {
  const body = 'Como lo ha denunciado el Presidente Encargado de la Nación, Tomás Vidal Ruiz, el apagón fue provocado por intrusos extranjeros.';
  assert.deepEqual(people(body, 'es'), ['Tomás Vidal Ruiz']);
  assert.ok(!everyone(body, 'es').some((n) => /Encargado/u.test(n)), JSON.stringify(everyone(body, 'es')));
});

test('fr: an office after "de la" in a heading is no person', () => {
  const names = everyone("Réponse de la ministre de l'Économie et de la Souveraineté Industrielle, Paul Vermeer\n\nLes services ont bloqué la plupart des tentatives.", 'fr');
  assert.ok(!names.includes('Souveraineté Industrielle'), JSON.stringify(names));
  assert.ok(names.includes('Paul Vermeer'), JSON.stringify(names));
});

test('es: the office is no body and the reported states are not the holder\'s', () => {
  const x = run('Chile sufrió miles de intrusiones. La viceministra de Seguridad de la Red Nacional y Datos, Ramiro Celis, explicó ante los diputados que los intentos llegan de Estados Unidos y Brasil.', 'es');
  const p = x.people.find((q) => q.name === 'Ramiro Celis');
  assert.ok(p, JSON.stringify(x.people));
  assert.notEqual(p.speaks_for, 'US');
  assert.ok(!x.claims.some((c) => /Seguridad|Red Nacional|Datos/u.test(c.claimant)), JSON.stringify(x.claims.map((c) => c.claimant)));
});

test('fr, es: without a name in apposition, the name after the office stays (negative)', () => {
  assert.deepEqual(people('La ministre de la Défense Florence Marchal a déclaré que la Russie était responsable.', 'fr'), ['Florence Marchal']);
  assert.deepEqual(people('Le ministre de l\'Intérieur, Paul Vermeer, a déclaré que l\'attaque venait de Chine.', 'fr'), ['Paul Vermeer']);
});
