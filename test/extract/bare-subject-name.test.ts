/**
 * A bare capitalised word opening a sentence, as the subject of the profile's verb of speech,
 * denial or confirmation (an inserted ", por su parte," allowed), is a name where the text writes
 * it capitalised again inside a sentence: German, which capitalises every noun, and Spanish and
 * French single words too. A word the text writes in lower case, with an article, or only at a
 * sentence start (an adverb, "Offiziell bestätigte ...") is none; a person's family name is the person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) =>
  extract(`${text}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance}`);

test('de: "Velmora bestätigte" and "Velmora wies das zurück" name the company', () => {
  const text = 'Angriff auf Börse\nHacker haben die Handelsplattform Velmora angegriffen und Daten gestohlen. Velmora bestätigte einen Hackerangriff auf ihre Server.';
  assert.ok(claims(text, 'de').includes('Velmora confirms'));
  const deny = 'Vorwürfe gegen Velmora\nDer Geheimdienst warf dem Hersteller Velmora eine Zusammenarbeit mit Hackern vor. Velmora wies die Vorwürfe zurück.';
  assert.ok(claims(deny, 'de').includes('Velmora denies'));
});

test('de: an adverb or a noun with an article opening a sentence is no name', () => {
  const text = 'Angriff auf Bahn\nRussland warf der Ukraine einen Hackerangriff auf die Bahn vor. Offiziell bestätigte Kiew den Angriff nicht.';
  assert.ok(!claims(text, 'de').some((c) => c.startsWith('Offiziell')));
});

test('es: "Velmora, por su parte, ha negado" names the company', () => {
  const text = 'Ataque a la red\nRumanía acusó a Rusia de un ciberataque contra la plataforma Velmora. Velmora, por su parte, ha negado cualquier trato especial a los atacantes.';
  assert.ok(claims(text, 'es').includes('Velmora denies'));
});

test('fr: "Velmora a démenti" names the company; "Nous" opening a sentence does not', () => {
  const text = "Piratage chez un opérateur\nLa France accuse la Russie d'une cyberattaque contre l'opérateur Velmora. Velmora a démenti toute fuite de données.";
  assert.ok(claims(text, 'fr').includes('Velmora denies'));
  const we = "Avis de sécurité\nLe centre a observé une cyberattaque contre l'opérateur Velmora. Nous confirmons que nous avons été visés par une cyberattaque.";
  assert.ok(!claims(we, 'fr').some((c) => c.startsWith('Nous')));
});

test('de: a person\'s family name opening a sentence stays the person', () => {
  const text = 'Wahl in Rumänien\nDer Kandidat Călin Georgescu steht unter Verdacht, die Kampagne finanziert zu haben. Georgescu weist Vorwürfe zurück.';
  assert.ok(!claims(text, 'de').includes('Georgescu denies'));
});
