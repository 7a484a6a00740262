/**
 * A company the knowledge base does not know speaks or confirms as the bare subject of its verb, also with an
 * adverb or an auxiliary between ("Harwick later confirmed the breach", "Harwick had earlier admitted",
 * "Harwick trước đó đã thừa nhận", "Harwick a ensuite reconnu"): up to three lower-case words may stand
 * between. A capitalised common noun that never recurs ("Investigators later said") stays no organisation.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Harwick later confirmed the breach. Harwick said it would notify customers.'],
  ['en', 'Harwick had earlier admitted the 2021 intrusion into its billing system. Harwick said it would pay.'],
  ['vi', 'Harwick trước đó đã thừa nhận sự cố lộ thông tin khách hàng. Harwick cho biết sẽ bồi thường.'],
  ['fr', "Harwick a ensuite reconnu la fuite de données. Harwick a indiqué qu'il indemniserait ses clients."],
  ['es', 'Harwick después confirmó que sus sistemas habían sido atacados. Harwick dijo que compensaría a sus clientes.'],
] as const) {
  test(`${lang}: a bare subject confirms across an adverb: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'Harwick' && c.stance === 'confirms'), show(cs));
  });
}

test('en: a capitalised common noun that never recurs is no organisation', () => {
  const cs = claimsOf('Investigators later said the breach was serious.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'Investigators'), show(cs));
});
