/**
 * Research units that publish under their own names speak for their company: "Insikt Group said" is
 * Recorded Future's finding, "MSTIC said" Microsoft's. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [body, company, target] of [
  ['Insikt Group said the campaign was run by Chinese state-sponsored hackers.', 'Recorded Future', 'CN'],
  ['MSTIC said the campaign was run by Russian state-sponsored hackers.', 'Microsoft', 'RU'],
] as const) {
  test(`en: a research unit's finding is its company's: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'en', { title: 'Espionage campaign' });
    assert.ok(attributes(cs, company, target), show(cs));
  });
}
