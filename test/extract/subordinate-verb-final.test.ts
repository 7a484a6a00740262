/**
 * A German subordinate clause after a comma puts its verb last and its own subject first ("..., nachdem die
 * USA und Großbritannien China eine Spionagekampagne vorgeworfen hatten"): the accusers are the parties after
 * the opener, not the main clause's first party ("die finnische Polizei"). Names of real states, sentences
 * written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

test('de: the subject of a verb-final clause after "nachdem" accuses, not the main clause\'s', () => {
  const cs = claimsOf('Die Erklärung der finnischen Polizei erschien zwei Tage, nachdem die USA und Großbritannien China eine umfangreiche Spionagekampagne gegen Abgeordnete vorgeworfen hatten.', 'de', { title: 'Cyberangriff auf das Parlament' });
  assert.ok(attributes(cs, 'US', 'CN') && attributes(cs, 'GB', 'CN'), show(cs));
  assert.ok(!attributes(cs, 'FI', 'CN'), show(cs));
});

test('de: the same accusation in a main clause keeps its subject', () => {
  const cs = claimsOf('Die finnische Polizei hat China am Dienstag eine großangelegte Cyberspionagekampagne vorgeworfen.', 'de', { title: 'Cyberangriff auf das Parlament' });
  assert.ok(attributes(cs, 'FI', 'CN'), show(cs));
});
