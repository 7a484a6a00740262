/**
 * A company that reports an attack on its own systems confirms it was hit, however the company is
 * introduced and whatever verb of reporting the language uses: a company word opening its sentence
 * ("Компания «Велмора»", "La société Velmora"), German "meldete", French "a fait état de" and
 * "a signalé", Russian possessives "её", "его", "их". A plural verb before two nouns ("meldeten
 * Betreiber Zugriffe") names no person, and a negated predicate of responsibility blames no one.
 * Sentences written for these tests; the companies are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const run = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/story`, { lang });
const claims = (body: string, lang: string): string[] => run(body, lang).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('a company reporting an attack on its own systems confirms the hit (ru, fr, de, es)', () => {
  assert.deepEqual(claims('Компания «Велмора» сообщила о кибератаке на свои системы биллинга.', 'ru'), ['Velmora confirms Velmora']);
  assert.deepEqual(claims('Как сообщила компания «Велмора», атака на её системы длилась час.', 'ru'), ['Velmora confirms Velmora']);
  assert.deepEqual(claims("La société Velmora a fait état d'une cyberattaque contre ses systèmes de facturation.", 'fr'), ['Velmora confirms Velmora']);
  assert.deepEqual(claims('Die Velmora AG meldete einen Cyberangriff auf ihre Abrechnungssysteme.', 'de'), ['Velmora confirms Velmora']);
  assert.deepEqual(claims('La empresa Velmora informó de un ciberataque contra sus sistemas de facturación.', 'es'), ['Velmora confirms Velmora']);
});

test('the same verbs report an attribution by an agency (fr, de)', () => {
  assert.deepEqual(claims("L'ANSSI a signalé des attaques de pirates russes contre des hôpitaux.", 'fr'), ['FR attributes RU']);
  assert.deepEqual(claims('Das BSI meldete einen Angriff russischer Hacker auf deutsche Stadtwerke.', 'de'), ['DE attributes RU']);
});

test('a plural reporting verb before two nouns names no person (de)', () => {
  assert.deepEqual(run('In Frankreich meldeten Betreiber Zugriffe auf Fernwartungssysteme.', 'de').people, []);
});

test('a negated predicate of responsibility blames no one (en, es, de)', () => {
  assert.deepEqual(claims('Lithuanian officials said Russia was not behind the attack.', 'en'), []);
  assert.deepEqual(claims('Las autoridades lituanas dijeron que Rusia no estaba detrás del ataque.', 'es'), []);
  assert.deepEqual(claims('Litauen meldete die Angriffe, ohne Russland dafür verantwortlich zu machen.', 'de'), []);
  assert.deepEqual(claims('Lithuanian officials said Russia was behind the attack.', 'en'), ['LT attributes RU']);
});
