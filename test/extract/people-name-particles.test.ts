/**
 * Where a person's name begins and ends. Lowercase particles ("von der", "de la", "van der", "bin")
 * and a hyphened lowercase prefix ("al-") stand inside a name; particles that open a body (more than
 * one capitalised word, an organisation word, a known entity or a role: "von der Firma X", "de la
 * Policía Nacional") end it, and an article alone ("Beamte der Bundespolizei") joins no name. A
 * conjunction or preposition opening the sentence ("Laut", "Según") is no first name. A surname after
 * initials or a title abbreviation ("M. X", "В. X") that the text has already given with its full
 * name is that person again, not a second one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => [p.name, ...p.aliases]);
const has = (all: string[][], name: string) => all.some((names) => names.includes(name));

test('en: two particles and a hyphened prefix stay inside the name', () => {
  const a = people('Fenna van der Berg, head of research at Quorvex, said the group reused its servers.', 'en');
  assert.ok(has(a, 'Fenna van der Berg'), JSON.stringify(a));
  const b = people('Karim al-Mansouri, a spokesman for the Jordanian foreign ministry, denied the report.', 'en');
  assert.ok(has(b, 'Karim al-Mansouri'), JSON.stringify(b));
  const c = people('Commission President Odile van der Meulen said the bloc would respond to the attack.', 'en');
  assert.deepEqual(c.map((n) => n[0]), ['Odile van der Meulen']);
});

test('de: "von der" inside a name; "von der Firma" after it ends the name', () => {
  const a = people('Laut Matthias von Hohenfeld, Leiter der Abteilung Cyberabwehr, stammt die Schadsoftware aus Nordkorea.', 'de');
  assert.deepEqual(a.map((n) => n[0]), ['Matthias von Hohenfeld']);
  const b = people('Der Sprecher Henrik Vossberg von der Firma Quorvex sagte, der Angriff sei abgewehrt worden.', 'de');
  assert.deepEqual(b.map((n) => n[0]), ['Henrik Vossberg']);
});

test('es: "de la" inside a name after an inverted speech verb; "Según" opens no name', () => {
  const a = people('El ataque fue sofisticado, dijo Andrés de la Fuente, analista de Quorvex.', 'es');
  assert.deepEqual(a.map((n) => n[0]), ['Andrés de la Fuente']);
  const b = people('Según Lucía Ferrer Ibáñez, investigadora de una empresa de seguridad, el grupo usó correos falsos.', 'es');
  assert.deepEqual(b.map((n) => n[0]), ['Lucía Ferrer Ibáñez']);
});

test('es, de: particles before a body make no person of the body', () => {
  assert.deepEqual(people('Fuentes de la Policía Nacional dijeron que el ataque fue grave.', 'es'), []);
  assert.deepEqual(people('Experten von der Universität Hamburg sagten, der Angriff sei abgewehrt worden.', 'de'), []);
  assert.deepEqual(people('Beamte der Bundespolizei sagten, der Angriff sei abgewehrt worden.', 'de'), []);
});

test('fr, ru, en: a surname after a title or initials is the person named in full before', () => {
  const fr = people("Le porte-parole du Quai d'Orsay, Armand Feuillade, a condamné l'attaque. M. Feuillade a ajouté que la France répondrait.", 'fr');
  assert.equal(fr.length, 1, JSON.stringify(fr));
  const ru = people('Глава ведомства Виктор Бурцев заявил, что атака была отражена. В. Бурцев добавил, что данные не пострадали.', 'ru');
  assert.equal(ru.length, 1, JSON.stringify(ru));
  assert.ok(has(ru, 'Viktor Burtsev'));
  const en = people('Minister Halvard Lindqvist said the attack was serious. H. Lindqvist added that Russia was behind it.', 'en');
  assert.equal(en.length, 1, JSON.stringify(en));
});

test('fr: a surname after "M." with no full name before is still a person', () => {
  const fr = people("M. Feuillade a déclaré que la France répondrait à l'attaque.", 'fr');
  assert.ok(has(fr, 'Feuillade'), JSON.stringify(fr));
});
