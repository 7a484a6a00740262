/**
 * A known source whose name holds a known company's ("Viettel Cyber Security", the security unit of
 * the company Viettel) is named by its whole name: the longer known name wins over the company's
 * inside it, and the unit, not its company, is the claimant. Negative: the company named alone is
 * the company.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['vi', 'Viettel Cyber Security cảnh báo rằng nhóm APT41 có thể mở rộng hoạt động sang các ngân hàng trong khu vực.'],
  ['en', 'Viettel Cyber Security warned state agencies that APT41 could expand its operations in the region.'],
  ['fr', 'Viettel Cyber Security a averti les administrations que APT41 pourrait étendre ses opérations dans la région.'],
  ['es', 'Viettel Cyber Security advirtió a las administraciones de que APT41 podría ampliar sus operaciones en la región.'],
] as const) {
  test(`${lang}: a source named by its whole name holding a company's: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'APT41 warning' });
    assert.ok(cs.some((c) => c.claimant === 'Viettel Cyber Security'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Viettel'), show(cs));
  });
}

test('en: the company named alone is the company (negative)', () => {
  const cs = claimsOf('Viettel warned its customers that APT41 could expand its operations in the region.', 'en', { title: 'APT41 warning' });
  assert.ok(!cs.some((c) => c.claimant === 'Viettel Cyber Security'), show(cs));
});
