/**
 * A place set off by a comma at the start of its clause ("In Britain, ...", "Au Royaume-Uni, ...", "Tại Anh, ...",
 * "En Dinamarca, ...") is where the act is told, not who confirms it: a company after it confirms its own hit,
 * the state does not. The state's unnamed officials after it ("las autoridades", "officials") speak for it, so the
 * state confirms there. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'In Britain, a payroll provider confirmed its systems had been breached.'],
  ['fr', 'Au Royaume-Uni, un prestataire de paie a confirmé que ses systèmes avaient été piratés.'],
  ['vi', 'Tại Anh, đơn vị cung cấp phần mềm trả lương Velmora đã xác nhận hệ thống của họ bị xâm nhập.'],
] as const) {
  test(`${lang}: a fronted place does not confirm for the company after it (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Data breach' });
    assert.ok(!cs.some((c) => c.claimant === 'GB'), show(cs));
  });
}

for (const [lang, who, body] of [
  ['es', 'DK', 'En Dinamarca, las autoridades confirmaron que sus sistemas habían sido atacados.'],
  ['en', 'GB', 'In Britain, officials confirmed its systems had been breached.'],
  ['vi', 'Velmora', 'Tại Anh, công ty Velmora đã xác nhận hệ thống của họ bị xâm nhập.'],
] as const) {
  test(`${lang}: the state's officials, or the named company, after a fronted place confirm: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Data breach' });
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'confirms'), show(cs));
  });
}
