/**
 * A denial told in the passive with its agent ("an accusation swiftly rejected by the Chinese embassy",
 * "rejetée par", "rechazada por", "zurückgewiesen von", "отвергнуто посольством"): the agent denies, not
 * the accuser who is the sentence's subject. Sentences written for these tests; states and groups real,
 * events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`).sort();

test('the agent of a passive denial denies; the accuser accuses (en, fr, es, de, ru)', () => {
  const both = ['CN denies CN', 'FR accuses CN'];
  assert.deepEqual(claims('Paris blamed APT31 for the campaign, an accusation swiftly rejected by the Chinese embassy.', 'en'), both);
  assert.deepEqual(claims("Paris a attribué la campagne au groupe APT31, une accusation aussitôt rejetée par l'ambassade de Chine.", 'fr'), both);
  assert.deepEqual(claims('París atribuyó la campaña al grupo APT31, una acusación rechazada de inmediato por la embajada de China.', 'es'), both);
  assert.deepEqual(claims('Paris machte APT31 für die Kampagne verantwortlich, ein Vorwurf, zurückgewiesen von der chinesischen Botschaft.', 'de'), both);
  assert.deepEqual(claims('Париж обвинил группировку APT31 в кампании, что было отвергнуто посольством Китая.', 'ru'), both);
});

test('a passive rejection of something that is no accusation is no denial', () => {
  assert.deepEqual(claims('The proposal was rejected by Parliament.', 'en'), []);
  assert.deepEqual(claims('Le projet de loi a été rejeté par le Sénat.', 'fr'), []);
});

test('an active denial is still its subject\'s', () => {
  assert.deepEqual(claims('Paris blamed APT31 for the campaign, which Beijing rejected.', 'en'), ['CN denies CN', 'FR accuses CN']);
});
