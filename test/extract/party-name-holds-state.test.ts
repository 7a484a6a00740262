/**
 * A party's written name of several words may hold a state's name or adjective ("Georgian Dream", "Alternative für
 * Deutschland", "«Грузинская мечта»", "Rêve géorgien"): the whole name is the party, which speaks, not the state inside
 * it (the organisation finder skipped the party's name where the state's word was taken). Negatives: the state's
 * adjective before an organ or in front of a single word is the state's. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyberattack on the ministry' };

for (const [lang, body, party] of [
  ['en', 'Georgian Dream lawmaker Irakli Nadaria said Russian hackers were behind the attack on the ministry.', 'Georgian Dream'],
  ['en', 'Georgian Dream accused Russia of the attack on the ministry.', 'Georgian Dream'],
  ['de', 'Der Abgeordnete der Alternative für Deutschland Jens Kroll beschuldigte Russland, hinter dem Angriff zu stecken.', 'AfD'],
  ['de', 'Die Regierungspartei Georgischer Traum beschuldigte Russland, hinter dem Angriff zu stecken.', 'Georgian Dream'],
  ['ru', 'Депутат от партии «Грузинская мечта» Ираклий Надария обвинил Россию в атаке на министерство.', 'Georgian Dream'],
  ['fr', 'Le député du Rêve géorgien Irakli Nadaria a accusé la Russie d’être derrière l’attaque.', 'Georgian Dream'],
] as const) {
  test(`${lang}: the party whose name holds a state speaks: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, party, 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'GE' || c.claimant === 'DE'), show(cs));
  });
}

test('en: the state adjective before an organ stays the state', () => {
  const cs = claimsOf('The Georgian government accused Russia of the attack on the ministry.', 'en', title);
  assert.ok(attributes(cs, 'GE', 'RU'), show(cs));
});

test('de: the state adjective before a ministry stays the state', () => {
  const cs = claimsOf('Das georgische Innenministerium beschuldigte Russland, hinter dem Angriff zu stecken.', 'de', title);
  assert.ok(attributes(cs, 'GE', 'RU'), show(cs));
});
