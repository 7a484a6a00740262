/**
 * An acronym defined in parentheses with its state right after, through the profile's possessive ("la Caisse
 * nationale de retraite (CNR) du Chili", "the National Pension Fund (NPF) of Chile", "la Caja Nacional de
 * Jubilaciones (CNJ) del Perú"): the acronym belongs to that state, so a later bare "CNR" that confirms its hit is the
 * state's confirmation. With no state beside the acronym no state owns it. Sentences written for these tests;
 * the bodies are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('an acronym with its state after the parenthesis belongs to the state (fr, en, es)', () => {
  assert.deepEqual(claims('La Caja Nacional de Jubilaciones (CNJ) del Perú fue blanco de piratas. En un comunicado, la CNJ reconoció que sus sistemas habían sido atacados.', 'es'), ['PE confirms PE']);
  assert.deepEqual(claims("La Caisse nationale de retraite (CNR) du Chili a été visée par des pirates. Dans un communiqué, la CNR a reconnu que son réseau interne avait été piraté à plusieurs reprises.", 'fr'), ['CL confirms CL']);
  assert.deepEqual(claims('The National Pension Fund (NPF) of Chile was targeted by hackers. In a statement, the NPF acknowledged that its systems had been breached.', 'en'), ['CL confirms CL']);
});

test('an acronym with no state beside it stands for itself (fr, en)', () => {
  assert.deepEqual(claims("La Caisse nationale de retraite (CNR) a été visée par des pirates. Dans un communiqué, la CNR a reconnu que son réseau interne avait été piraté à plusieurs reprises.", 'fr'), ['CNR confirms CNR']);
  // A name the finder reads before the bracket is what the acronym stands for (bracket-short-form-alias.test.ts): no state either way.
  assert.deepEqual(claims('The National Pension Fund (NPF) said its systems were hacked.', 'en'), ['National Pension Fund confirms National Pension Fund']);
});
