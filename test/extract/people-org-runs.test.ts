/**
 * Capitalised runs that name an organisation are no person, even before a speech verb: a German
 * noun phrase headed by a firm ("Analysten der Sicherheitsfirma Nordlicht erklärten"), a Spanish
 * service's name ("el Servicio de Inteligencia Naval (SIN) señaló"), and, in Russian, a Latin-script
 * run ("исследователи Nordlicht Sentinel сообщили"), since Russian writes people's names in Cyrillic.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (text: string, lang: string) => extract(text, { lang }).people.map((p) => p.name);

test('de: a run holding a firm or an office word is no person; a named analyst still is', () => {
  assert.deepEqual(people('Meldung\nAnalysten der Sicherheits-Firma Nordlicht erklärten, die Angreifer kämen aus dem Ausland.\nSource: x', 'de'), []);
  assert.ok(people('Meldung\nRegierungssprecher Jonas Berger sagte, die Angreifer kämen aus dem Ausland.\nSource: x', 'de').includes('Jonas Berger'));
});

test('es: a service\'s name is no person', () => {
  assert.deepEqual(people('Noticia\nEl Servicio de Inteligencia Naval señaló en un comunicado que los atacantes eran extranjeros.\nSource: x', 'es'), []);
});

test('ru: a Latin-script run is no person; a Cyrillic name still is', () => {
  assert.deepEqual(people('Новость\nИсследователи Nordlicht Sentinel сообщили, что атака шла из-за рубежа.\nSource: x', 'ru'), []);
  assert.ok(people('Новость\nАналитик Иван Петров сообщил, что атака шла из-за рубежа.\nSource: x', 'ru').length === 1);
});
