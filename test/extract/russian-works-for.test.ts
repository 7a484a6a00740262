/**
 * Russian finite verbs that tie a group to the state it serves ("группировка X работает на Иран",
 * "действует в интересах Ирана"), beside the participle the profile had ("работающая на"). Sentences
 * and group names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

const shown = (body: string) => claimsOf(body, 'ru').map((c) => [c.claimant, c.stance === 'accuses' ? 'attributes' : c.stance, c.target ?? null, c.about ?? []]);

test('"работает на X" ties the group to X (ru)', () => {
  assert.deepEqual(shown('Канада заявила, что группировка Silt Heron работает на Иран.'), [['CA', 'attributes', 'IR', ['Silt Heron']]]);
  assert.deepEqual(shown('Канада заявила, что группировка Silt Heron работала на Иран.'), [['CA', 'attributes', 'IR', ['Silt Heron']]]);
});

test('working on something is no tie (ru)', () => {
  assert.deepEqual(shown('Канада заявила, что работает над защитой от группировки Silt Heron.'), []);
});
