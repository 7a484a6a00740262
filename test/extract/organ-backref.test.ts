/**
 * A state organ named by its noun alone ("the ministry", "le ministère de la Défense", "das Ministerium"), when no
 * state speaks before, stands for the one state the text has named so far: telling of an attack found on its own
 * network, that state confirms it was hit. Negatives: with two states named before, the organ is no one's; a vendor
 * that found an attack against a customer's network confirms nothing. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'In Belgium, a flaw in a logging library is being exploited. The ministry said it had discovered an attack against its network.'],
  ['fr', 'En Belgique, une faille est exploitée. Le ministère de la Défense a découvert une attaque contre son réseau.'],
  ['de', 'In Belgien wird eine Lücke ausgenutzt. Das Ministerium hatte den Angriff auf seine Systeme öffentlich gemacht.'],
] as const) {
  test(`${lang}: an organ of the one state named confirms its own hit: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a ministry' });
    assert.ok(cs.some((c) => c.claimant === 'BE' && c.stance === 'confirms' && c.target === 'BE'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Belgium and the Netherlands share a flaw. The ministry said it had discovered an attack against its network.'],
  ['fr', 'La Belgique et les Pays-Bas partagent une faille. Le ministère de la Défense a découvert une attaque contre son réseau.'],
] as const) {
  test(`${lang}: with two states named, the organ is no one's (negative): ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a ministry' });
    assert.ok(!cs.some((c) => c.stance === 'confirms' && (c.claimant === 'BE' || c.claimant === 'NL')), show(cs));
  });
}

test('fr: a vendor that found an attack against a customer confirms nothing (negative)', () => {
  const cs = claimsOf("En Belgique, une faille est exploitée. La société Velmora a découvert une attaque contre le réseau d'un client.", 'fr', { title: 'Cyberattack' });
  assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
});
