/**
 * A place fronted before the subject and set off by a comma ("In Britain, Velmora confirmed ...", "Tại Anh, Velmora
 * bị xâm nhập", "Au Royaume-Uni, ...") is where the act is told, not a party joined to the subject: the subject's
 * confirmation is not made again for the place's state. States really joined as subjects ("Britain and France
 * confirmed ...") each confirm. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'In Britain, Microsoft confirmed its systems had been breached.'],
  ['fr', 'Au Royaume-Uni, Microsoft a confirmé que ses systèmes avaient été piratés.'],
  ['vi', 'Tại Anh, Microsoft bị xâm nhập.'],
  ['vi', 'Tại Anh, Microsoft đã xác nhận máy chủ thư điện tử của hãng bị xâm nhập.'],
] as const) {
  test(`${lang}: a fronted place is no co-subject of the confirmation (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Data breach' });
    assert.ok(cs.some((c) => c.claimant === 'Microsoft' && c.stance === 'confirms'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'GB'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Britain and France confirmed their government networks had been breached.'],
  ['vi', 'Anh và Pháp đã xác nhận mạng lưới chính phủ của họ bị xâm nhập.'],
] as const) {
  test(`${lang}: states joined as subjects each confirm: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Data breach' });
    for (const s of ['GB', 'FR']) assert.ok(cs.some((c) => c.claimant === s && c.stance === 'confirms' && c.target === s), show(cs));
  });
}
