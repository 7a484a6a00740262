/**
 * Two forms of posts and live blogs: the handle of a titled official right after the role
 * ("Bundesinnenministerin @VornameNachname") is the official's name with its words apart; and a name
 * followed by a topic phrase and a colon that opens a statement ("Ministerin X zur Datenpanne: Man
 * prüfe ...", "Home Secretary X on the breach: \"...\"", "Le ministre X sur l'attaque : ...",
 * "El ministro X sobre el ataque: ...") states it. Negatives: a handle with no role before it names no
 * person; a topic phrase with no colon after it states nothing. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const run = (body: string, lang: string) => extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang });
const people = (body: string, lang: string) => run(body, lang).people.map((p) => p.name);

test('de, en: the handle of a titled official is their name', () => {
  assert.deepEqual(people('Landesministerin @HeikeFeldmann sagte, die Angreifer seien entdeckt worden.', 'de'), ['Heike Feldmann']);
  assert.deepEqual(people('Home Secretary @DoloresWhitfield said the breach was a hostile act.', 'en'), ['Dolores Whitfield']);
});

for (const [lang, body, who] of [
  ['de', 'Landesministerin @HeikeFeldmann zur Datenpanne im Landesamt: Man prüfe jeden Zugang.', 'Heike Feldmann'],
  ['de', 'Ministerin Heike Feldmann zur Datenpanne: Man prüfe jeden Zugang.', 'Heike Feldmann'],
  ['en', 'Home Secretary Dolores Whitfield on the breach: "This was a hostile act."', 'Dolores Whitfield'],
  ['fr', 'Le ministre Paul Vermeer sur la cyberattaque : « Nous savons qui est derrière. »', 'Paul Vermeer'],
  ['es', 'El ministro Ramiro Celis sobre el ataque: "Sabemos quién está detrás".', 'Ramiro Celis'],
] as const) {
  test(`${lang}: a name, a topic and a colon state what follows: ${body.slice(0, 50)}`, () => {
    assert.ok(people(body, lang).includes(who), JSON.stringify(people(body, lang)));
  });
}

test('de: a handle with no role, and a topic with no colon, name no one who acts (negative)', () => {
  assert.deepEqual(people('@CyberAgentur und @HeikeFeldmann teilen einen Link.', 'de'), []);
  assert.deepEqual(people('Das Treffen mit Ministerin Heike Feldmann zum Haushalt wurde verschoben.', 'de'), []);
});
