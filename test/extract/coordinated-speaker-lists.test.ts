/**
 * Lists of co-issuers around a speech verb: every party of the list makes the claim, one claim per party.
 * - A list that opens the sentence with commas ("Norway, Finland and Iceland warned") is its subject, not the
 *   end of a trailing attribution whose words would be "Norway, Finland and".
 * - A trailing attribution's list ("..., Norway and Finland said") speaks whole: its words end where the list begins.
 * - A list right after a source marker or a speech verb ("según Noruega y Finlandia", "dijeron X y Y") speaks whole.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const claims = (cs: ClaimCandidate[], claimant: string, stance: string) => cs.some((c) => c.claimant === claimant && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')));

const OPENING: Array<[string, string]> = [
  ['en', 'Norway, Finland and Iceland warned about Sandworm on Tuesday.'],
  ['en', 'On Tuesday, Norway, Finland and Iceland warned about Sandworm.'],
  ['es', 'Noruega, Finlandia e Islandia advirtieron el martes sobre Sandworm.'],
  ['fr', "La Norvège, la Finlande et l'Islande ont mis en garde contre Sandworm mardi."],
];
for (const [lang, body] of OPENING) {
  test(`${lang}: a list opening the sentence with commas warns as a whole (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['NO', 'FI', 'IS']) assert.ok(claims(cs, s, 'warns'), `${s} ${show(cs)}`);
  });
}

const TRAILING: Array<[string, string]> = [
  ['en', 'Belarus was behind the intrusion into the port authority, Norway and Finland said.'],
  ['es', 'Bielorrusia estaba detrás de la intrusión en el puerto, dijeron Noruega y Finlandia.'],
];
for (const [lang, body] of TRAILING) {
  test(`${lang}: every party of a trailing attribution's list speaks (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['NO', 'FI']) assert.ok(cs.some((c) => c.claimant === s && c.target === 'BY'), `${s} ${show(cs)}`);
  });
}

test('en: a state inside the words of a trailing attribution still does not speak', () => {
  const cs = claimsOf('Belarusian hackers broke into ports in Norway, Finland and Iceland said.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'NO'), show(cs));
});


const INTRODUCED: Array<[string, string]> = [
  ['es', 'Según Noruega y Finlandia, Bielorrusia estaba detrás de la intrusión en el puerto.'],
  ['fr', "La Biélorussie est derrière l'intrusion dans le port, selon la Norvège et la Finlande."],
  ['vi', 'Theo Na Uy và Phần Lan, Belarus đứng sau vụ xâm nhập hệ thống cảng.'],
];
for (const [lang, body] of INTRODUCED) {
  test(`${lang}: every party a source marker introduces speaks (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['NO', 'FI']) assert.ok(cs.some((c) => c.claimant === s && c.target === 'BY'), `${s} ${show(cs)}`);
  });
}

test('es: a party after the source marker\'s words, not joined to its speaker, does not speak', () => {
  const cs = claimsOf('Según Noruega, Bielorrusia atacó los puertos de Finlandia.', 'es');
  assert.ok(!cs.some((c) => c.claimant === 'FI'), show(cs));
});
