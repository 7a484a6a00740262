/**
 * French warning verbs in every person and tense ("nous mettons en garde", "mettaient en garde", "avertissait",
 * "avertissons"), like their counterparts in the other profiles ("we warn", "wir warnen", "advertimos"); "garde à
 * vue" (police custody) is no warning. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (body: string, lang: string) => {
  const cs = claimsOf(body, lang);
  assert.ok(cs.some((c) => c.claimant === 'FR' && c.stance === 'warns' && c.target === 'APT28'), `${lang}: ${show(cs)}`);
};

test('fr: "mettaient en garde", "avertissait" warn', () => {
  warns("Les chercheurs de l'ANSSI mettaient en garde les diplomates contre APT28.", 'fr');
  warns("L'ANSSI avertissait les diplomates contre APT28.", 'fr');
});

test('the same warnings in en, de, es', () => {
  warns('The French agency ANSSI warned diplomats against APT28.', 'en');
  warns('Die französische Behörde ANSSI warnte Diplomaten vor APT28.', 'de');
  warns('La agencia francesa ANSSI advirtió a los diplomáticos contra APT28.', 'es');
});

test('negative: police custody ("garde à vue") is no warning', () => {
  const cs = claimsOf('Le parquet de Paris a décidé de mettre en garde à vue un suspect russe.', 'fr');
  assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
});
