/**
 * "warnen vor X" before a verb-final or fronted warning verb: the group in "vor der Gruppe X ... gewarnt" is the threat
 * warned of; it was read as the one who warns (a threat group right before a warning cue). German only; a group that
 * is the subject of such a warning still warns. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

test('a group after "vor" before a verb-final warning is the threat, not the one who warns (de)', () => {
  const by = (body: string, name: string) => claimsOf(body, 'de').filter((c) => c.claimant === name);
  assert.deepEqual(by('Im Herbst hatten sie vor der Gruppierung Kimsuky gewarnt.', 'Kimsuky'), []);
  assert.deepEqual(by('Die Behörden haben vor der Gruppe APT28 gewarnt.', 'APT28'), []);
  assert.deepEqual(by('Schon im Januar hatte er vor den Methoden der Gruppierung Turla gewarnt.', 'Turla'), []);
});

test('a group warning as the subject of a verb-final warning still warns (de)', () => {
  const by = (body: string, name: string) => claimsOf(body, 'de').filter((c) => c.claimant === name).map((c) => c.stance);
  assert.deepEqual(by('Vor zwei Wochen hatte die Gruppe Killnet gewarnt.', 'Killnet'), ['warns']);
  assert.deepEqual(by('Die Gruppe Killnet hat vor weiteren Angriffen gewarnt.', 'Killnet'), ['warns']);
});

test('a group that warns before its verb in other languages still warns (en, fr)', () => {
  const by = (body: string, lang: string, name: string) => claimsOf(body, lang).filter((c) => c.claimant === name && c.stance === 'warns').map((c) => c.stance);
  assert.deepEqual(by('Two weeks ago the group Killnet warned of further attacks on regional airports.', 'en', 'Killnet'), ['warns']);
  assert.deepEqual(by('Il y a deux semaines, le groupe Killnet a menacé de nouvelles attaques contre les aéroports régionaux.', 'fr', 'Killnet'), ['warns']);
});
