/**
 * A German compound of a body's name and a spokesperson word ("eine Velmar-Sprecherin", "ein Velmar-Pressesprecher"):
 * the body before the hyphen speaks, not a body named "Velmar-Sprecherin". A government's or the Kremlin's spokesperson
 * still speaks for the state; a compound with another head ("Velmar-Server") names no speaker. The same speaker in
 * other languages ("a spokesperson for Velmar", "un porte-parole de Velmar") already gives the company. Sentences and
 * names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const triples = (body: string, lang: string): string[] => claimsOf(body, lang).map((c) => `${c.claimant}/${c.stance}`);

test('a spokesperson compound speaks for the body it opens with (de)', () => {
  const cases: Array<[string, string]> = [
    ['Eine Velmar-Sprecherin bestätigte, dass die Server des Konzerns angegriffen wurden.', 'Velmar/confirms'],
    ['Ein Velmar-Pressesprecher bestätigte, dass Unbekannte in das Netz des Konzerns eingedrungen waren.', 'Velmar/confirms'],
  ];
  for (const [body, want] of cases) {
    const got = triples(body, 'de');
    assert.ok(got.includes(want), `${body}: ${show(claimsOf(body, 'de'))}`);
    assert.ok(!got.some((t) => /Sprecher/u.test(t)), `${body}: ${got.join(', ')}`);
  }
});

test('a state spokesperson stays the state; other compounds name no speaker (de)', () => {
  assert.deepEqual(triples('Ein Kreml-Sprecher wies die Vorwürfe gegen Moskau zurück.', 'de'), ['RU/denies']);
  assert.deepEqual(triples('Ein Regierungssprecher in Berlin machte Russland für den Angriff verantwortlich.', 'de'), ['DE/accuses']);
  assert.ok(!triples('Die Velmar-Server wurden nach dem Angriff vom Netz genommen.', 'de').some((t) => t.startsWith('Velmar')));
});

test('the same speaker in other languages gives the company (en, fr, es, ru)', () => {
  assert.deepEqual(triples('A spokesperson for Velmar confirmed that the company servers had been breached.', 'en'), ['Velmar/confirms']);
  assert.deepEqual(triples('Un porte-parole de Velmar a confirmé que les serveurs avaient été piratés.', 'fr'), ['Velmar/confirms']);
  assert.deepEqual(triples('Un portavoz de Velmar confirmó que los servidores habían sido atacados.', 'es'), ['Velmar/confirms']);
  assert.deepEqual(triples('Представитель компании Velmar подтвердил, что серверы были взломаны.', 'ru'), ['Velmar/confirms']);
});
