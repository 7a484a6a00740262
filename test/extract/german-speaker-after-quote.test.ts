/**
 * The speaker named after a quotation with an article, a state's adjective and a title: "sagte der
 * kanadische Außenminister" (German nominative "der": the speaker), as "the Canadian foreign minister
 * said", "a déclaré le ministre canadien". German "sagte der" before a medium ("sagte sie der kanadischen
 * Zeitung") is a dative: the audience, whose state makes no claim. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('a title with its state after a quotation is the speaker (de, en, fr)', () => {
  assert.deepEqual(claims('Hacker griffen Ministerien in Ottawa an. „Russland steckt hinter dem Angriff“, sagte der kanadische Außenminister.', 'de'), ['CA attributes RU']);
  assert.deepEqual(claims('Hacker griffen Ministerien in Ottawa an. „Russland steckt hinter dem Angriff“, sagte der kanadische Regierungssprecher.', 'de'), ['CA attributes RU']);
  assert.deepEqual(claims('Hacker griffen Ministerien in Ottawa an. „Wir werden Russland zur Rechenschaft ziehen“, sagte der kanadische Außenminister.', 'de'), ['CA warns RU']);
  assert.deepEqual(claims('Hackers attacked ministries in Ottawa. "Russia is behind the attack," said the Canadian foreign minister.', 'en'), ['CA attributes RU']);
  assert.deepEqual(claims('Des pirates ont attaqué des ministères à Ottawa. « La Russie est derrière l’attaque », a déclaré le ministre canadien des Affaires étrangères.', 'fr'), ['CA attributes RU']);
});

test('the medium told in the dative is the audience, not the speaker', () => {
  assert.deepEqual(claims('Hacker griffen Ministerien in Tallinn an. „Russland steckt hinter dem Angriff“, sagte Estlands Außenministerin der kanadischen Zeitung «Globe».', 'de'), ['EE attributes RU']);
});
