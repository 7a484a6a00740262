/**
 * Metonymy of the speaking organisation: a company, a lab or an outlet is the subject of a speech verb
 * as a person is, so a capitalised two-word subject whose only sign of a person is that verb is an
 * organisation when a company word heads it, when it is a known source's name, when its verb is
 * plural, when a Russian adjective opens it, or when a possessive after the verb refers back to it as
 * to an organisation. A role, an honorific or a possessive that refers to a person keeps a person.
 * Sentences written for these tests; the companies and people are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string): string[] => extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('a company word heading the subject makes it an organisation (de, fr, es, ru)', () => {
  assert.deepEqual(people('Velmora Systeme erklärte, die Gruppe sei russisch.', 'de'), []);
  assert.deepEqual(people('Kestrelwerk Sicherheit berichtete, die Angreifer seien Chinesen.', 'de'), []);
  assert.deepEqual(people('Quorvane Sécurité a indiqué que le groupe était russe.', 'fr'), []);
  assert.deepEqual(people('Velmora Sistemas dijo que el grupo era ruso.', 'es'), []);
  assert.deepEqual(people('Велмора Секьюрити сообщила, что группировка китайская.', 'ru'), []);
  assert.deepEqual(people('Quorvane Analytics said the group reused infrastructure.', 'en'), []);
});

test('a known source speaking is no person (en)', () => {
  assert.deepEqual(people('Recorded Future said the group reused infrastructure.', 'en'), []);
  assert.deepEqual(people('Cisco Talos said the group reused infrastructure.', 'en'), []);
});

test('a plural verb or an adjective opening the subject makes it an organisation (ru, de, fr, es)', () => {
  assert.deepEqual(people('Новая Газета сообщила, что группировка российская.', 'ru'), []);
  assert.deepEqual(people('Кварцевые Линии сообщили, что клиенты пострадали.', 'ru'), []);
  assert.deepEqual(people('Velmora Nord erklärten, die Gruppe sei russisch.', 'de'), []);
  assert.deepEqual(people('Velmora Nord ont déclaré que le groupe était russe.', 'fr'), []);
  assert.deepEqual(people('Velmora Norte informaron que el grupo era ruso.', 'es'), []);
});

test('a possessive after the verb refers back to an organisation or to a person (en, fr, ru)', () => {
  assert.deepEqual(people('Halden Vireo said its analysts had seen the malware before.', 'en'), []);
  assert.deepEqual(people('Halden Vireo a déclaré que leurs analystes avaient vu le logiciel.', 'fr'), []);
  assert.deepEqual(people('Халден Вирео сообщил, что их аналитики видели программу.', 'ru'), []);
  // Negative: a person's own pronoun first, or a possessive inside an apposition before the verb.
  assert.deepEqual(people('Marisol Penhallow said she and her team had seen its code before.', 'en'), ['Marisol Penhallow']);
  assert.deepEqual(people('Marisol Penhallow, one of its authors, said the group was Russian.', 'en'), ['Marisol Penhallow']);
});

test('people speaking stay people (en, de, fr, es, ru)', () => {
  assert.deepEqual(people('Brandur Lindqvist erklärte, er habe die Gruppe beobachtet.', 'de'), ['Brandur Lindqvist']);
  assert.deepEqual(people("Solène Dubarry a déclaré qu'elle avait vu le logiciel.", 'fr'), ['Solène Dubarry']);
  assert.deepEqual(people('Ramiro Etxeberria dijo que él había visto el programa.', 'es'), ['Ramiro Etxeberria']);
  assert.deepEqual(people('Игорь Бурцев сообщил, что группировка российская.', 'ru'), ['Игорь Бурцев']);
  assert.deepEqual(people('Marisol Penhallow said the group reused infrastructure.', 'en'), ['Marisol Penhallow']);
});
