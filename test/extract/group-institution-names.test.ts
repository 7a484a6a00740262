/**
 * A name after a group word that holds an institution's head word ("a group called Citizen Lab", "un
 * groupe appelé Conseil européen") names a body, not a threat group; a threat group's name after the
 * same words still does. Sentences written for these tests; the bodies and groups are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('an institution named after a group word is no threat group (en, fr)', () => {
  assert.deepEqual(groups('A group called Velmora Lab found spyware on the phones.', 'en'), []);
  assert.deepEqual(groups('A group called Velmora Institute said the hacking campaign continued.', 'en'), []);
  assert.deepEqual(groups("Un groupe appelé Conseil velmorien a condamné l'attaque des pirates.", 'fr'), []);
});

test('a threat group named after the same words is still found (en, fr)', () => {
  assert.deepEqual(groups('A group called Silt Heron found a way into the phones.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups("Un groupe appelé Silt Heron a revendiqué l'attaque.", 'fr'), ['Silt Heron']);
});
