/**
 * The counter of a post in a thread ("1/3", "(2/5)") before a sentence: the capital after it still opens the
 * sentence, so a leading article is no part of the name ("1/3 Die CDU ...", "1/3 The Harwick Party ...", "(2/3) Le
 * CNVH ..."), and the body named confirms its hit. A plain noun after the counter is still no organisation.
 * Sentences written for these tests; the party is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('after a post counter, the article opens the sentence, not the name (de, en, fr, es)', () => {
  assert.deepEqual(claims('1/3 Die CDU hat den Angriff auf ihre Systeme bestätigt.', 'de'), ['CDU confirms CDU']);
  assert.deepEqual(claims('1/3 The Harwick Party has become the target of a serious cyberattack.', 'en'), ['Harwick Party confirms Harwick Party']);
  assert.deepEqual(claims("(2/3) Le CNVH a confirmé mardi avoir été la cible d'une cyberattaque.", 'fr'), ['CNVH confirms CNVH']);
  assert.deepEqual(claims('1/2 El partido Harwick ha sido blanco de un grave ciberataque.', 'es'), ['Harwick confirms Harwick']);
});

test('a plain noun after a post counter is no organisation (en, de)', () => {
  assert.deepEqual(claims('1/3 Officials confirmed that the Harwick Party had been hit by a cyberattack.', 'en').filter((c) => c.startsWith('Officials')), []);
  assert.deepEqual(claims('1/3 Angriffe auf die Velmora AG wurden abgewehrt.', 'de').filter((c) => c.startsWith('Angriffe')), []);
});
