/**
 * Responsibility laid on the accused with a preposition that elsewhere marks a victim, on sentences
 * written for these tests: "blamed the outage on X", "was blamed on X", "pinned the theft on X",
 * "возложило ответственность за атаку на X", "связали атаку с X", "führt den Angriff auf X zurück",
 * "gibt X die Schuld"; and the act marked as the accused's work ("bears the hallmarks of X"). The
 * party after the preposition is the accused, not a victim; "blamed X for an attack on Y" still
 * accuses X, and a negated or non-state object accuses no one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

type Case = [lang: string, body: string, claimant: string, target: string];

const laidOn: Case[] = [
  ['en', 'The Polish government blamed the cyberattack on Russia.', 'PL', 'RU'],
  ['en', 'Estonian officials blamed the outage at the rail operator on Russian military hackers.', 'EE', 'RU'],
  ['en', 'The outage at the grain port was blamed on Russian military hackers, Polish officials said.', 'PL', 'RU'],
  ['en', 'The data theft was blamed on Iranian hackers by the Israeli government.', 'IL', 'IR'],
  ['en', 'Japanese investigators pinned the theft of crypto assets on North Korean hackers.', 'JP', 'KP'],
  // The last "on" within reach is the accused's: the first is the act's victim.
  ['en', 'Warsaw blamed the cyberattack on Polish hospitals on Russia.', 'PL', 'RU'],
  ['ru', 'Правительство Латвии возложило ответственность за кибератаку на Россию.', 'LV', 'RU'],
  ['ru', 'Власти Эстонии связали кибератаку на сайты министерств с российскими хакерами.', 'EE', 'RU'],
  ['de', 'Die Bundesregierung führt den Cyberangriff auf die Stadtwerke auf russische Hacker zurück.', 'DE', 'RU'],
  ['de', 'Die niederländische Regierung gibt Russland die Schuld an dem Cyberangriff.', 'NL', 'RU'],
  ['en', 'Finnish investigators said the intrusion bears the hallmarks of Russian state hackers.', 'FI', 'RU'],
];

for (const [lang, body, claimant, target] of laidOn) {
  test(`${lang}: responsibility laid on the accused: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    // The party after the preposition is not a victim the claimant accuses someone else of hitting.
    assert.ok(!cs.some((c) => c.target && c.target !== target && (c.stance === 'accuses' || c.stance === 'attributes')), show(cs));
  });
}

test('en: "blamed X for an attack on Y" accuses X, not the victim Y', () => {
  const cs = claimsOf('Poland blamed Russia for the cyberattack on Lithuanian ports.', 'en');
  assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
  assert.ok(!attributes(cs, 'PL', 'LT'), show(cs));
});

test('en, ru, de: a negated laying of blame, or blame laid on no party, accuses no one', () => {
  for (const [lang, body] of [
    ['en', 'Poland did not blame the cyberattack on Russia.'],
    ['en', 'The Latvian ministry blamed the outage on a faulty software update.'],
    ['ru', 'Правительство Латвии не возлагает ответственность за кибератаку на Россию.'],
    ['ru', 'Правительство Латвии связалось с Россией по поводу кибератаки.'],
    ['de', 'Die Bundesregierung führte Gespräche mit Russland über den Cyberangriff.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), `${body}: ${show(cs)}`);
  }
});
