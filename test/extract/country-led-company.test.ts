/**
 * A company or outlet whose name opens with a country's ("Vietnam Airlines", "China Mobile", "Japan Times")
 * is the company, not the country: it confirms its own hit. Negative: a run that goes on past the word
 * ("the Ukraine Energy Ministry") stays the state's body, and the country alone stays the country.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Vietnam Airlines confirmed that its website had been hacked.'],
  ['vi', 'Vietnam Airlines xác nhận trang web của hãng đã bị tấn công.'],
  ['fr', 'Vietnam Airlines a confirmé que son site internet avait été piraté.'],
  ['es', 'Vietnam Airlines confirmó que su sitio web había sido hackeado.'],
] as const) {
  test(`${lang}: a company named after its country confirms its own hit: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on the airline' });
    assert.ok(cs.some((c) => c.claimant === 'Vietnam Airlines' && c.stance === 'confirms'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'VN'), show(cs));
  });
}

for (const [body, who] of [
  ['The Ukraine Energy Ministry confirmed that its systems had been hacked.', 'UA'],
  ['Vietnam confirmed that the networks of its airlines had been hacked.', 'VN'],
] as const) {
  test(`en: a state's body or the state itself stays the state (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, 'en', { title: 'Cyberattack' });
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'confirms'), show(cs));
  });
}
