/**
 * An acronym in brackets is its body's, and the body is the state named in its name: "the U.S. Navy Fleet
 * Cyber Defense Readiness Task Force (FCDR)", later "FCDR said ...", speaks for the United States. The name runs
 * back to a comma, a line's end or a sentence's full stop, not to the full stop of an abbreviation ("U.S.");
 * its reach counts words. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

test('en: an acronym after a name with "U.S." speaks for the United States', () => {
  const cs = claimsOf('The U.S. Navy Fleet Cyber Defense Readiness Task Force (FCDR) published samples. FCDR said Iranian hackers attacked the network.', 'en');
  assert.ok(attributes(cs, 'US', 'IR'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'FCDR'), show(cs));
});

test('fr: an acronym after a state adjective speaks for that state', () => {
  const cs = claimsOf("L'agence nationale française (ANSSI) a publié un rapport. L'ANSSI a déclaré que des pirates iraniens avaient attaqué le réseau.", 'fr');
  assert.ok(attributes(cs, 'FR', 'IR'), show(cs));
});

test('en: a state in an earlier sentence gives the acronym no state', () => {
  const cs = claimsOf('Officials met in Washington. The Harwick Research Group (HRG) said Iranian hackers attacked the network.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});
