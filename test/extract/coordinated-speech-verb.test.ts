/**
 * A speech verb coordinated after an earlier verb of its clause, with no subject of its own, is spoken by that verb's
 * subject ("X admitted that ..., and said that ..."): not by the party nearest before it in the first verb's words (a
 * possessive pointing back, a company whose servers were hit), nor by nobody. Negatives: a second verb with a subject
 * of its own after the conjunction (a name, a pronoun for another party). Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SHARED: Array<[lang: string, body: string, not?: string]> = [
  ['ru', 'Германия признала, что её сети были взломаны, и заявила, что за атакой стоит Россия.'],
  ['ru', 'Германия подтвердила, что её сети были взломаны, и сообщила, что за атакой стоит Россия.'],
  ['ru', 'Германия признала взлом серверов Proximus и заявила, что за атакой стоит Россия.', 'Belgacom'],
  ['de', 'Deutschland bestätigte, dass die Server von Proximus angegriffen wurden, und erklärte, Russland stecke hinter dem Angriff.', 'Belgacom'],
];

for (const [lang, body, not] of SHARED) {
  test(`${lang}: the second speech verb is the first verb's subject's: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Report' });
    assert.ok(attributes(cs, 'DE', 'RU'), show(cs));
    if (not) assert.ok(!cs.some((c) => c.claimant === not), show(cs));
  });
}

const OWN_SUBJECT: Array<[lang: string, body: string]> = [
  ['en', 'Germany admitted that its networks had been breached, and France said that Russia was behind the attack.'],
  ['fr', "L'Allemagne a reconnu que ses réseaux avaient été piratés et la France a affirmé que la Russie était derrière l'attaque."],
  ['de', 'Deutschland räumte ein, dass seine Netze angegriffen wurden, und Frankreich erklärte, Russland stecke hinter dem Angriff.'],
  ['ru', 'Германия признала, что её сети были взломаны, и Франция заявила, что за атакой стоит Россия.'],
];

for (const [lang, body] of OWN_SUBJECT) {
  test(`${lang}: a second verb with a subject of its own is that subject's (negative)`, () => {
    const cs = claimsOf(body, lang, { title: 'Report' });
    assert.ok(attributes(cs, 'FR', 'RU'), show(cs));
    assert.ok(!attributes(cs, 'DE', 'RU'), show(cs));
  });
}

test('ru: a pronoun subject after the conjunction is not the first verb\'s subject (negative)', () => {
  const cs = claimsOf('Германия признала, что её сети были взломаны, и он заявил, что за атакой стоит Россия.', 'ru', { title: 'Report' });
  assert.ok(!attributes(cs, 'DE', 'RU'), show(cs));
});
