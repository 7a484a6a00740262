/**
 * Technical acronyms and currency codes are things, never a claimant or a target: a proxy protocol
 * ("SOCKS"), a device class ("SOHO"), a currency ("USD"). A company whose several-word name holds such a word
 * and an agency's acronym still speak. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const JUNK = /^(?:SOCKS|SOHO|USD)(?:-|$)/u;

for (const [lang, body] of [
  ['vi', 'Cảnh sát Velmora đang điều tra khả năng nhóm tin tặc của Triều Tiên đứng sau vụ mất 80 triệu USD tiền số.'],
  ['fr', "Les cabinets qui possèdent un modem SOHO sont invités à le débrancher."],
  ['zh', 'SOCKS代理表示朝鲜发动了攻击。'],
  ['ru', 'Как сообщило агентство, SOCKS-прокси использовался для атаки со стороны КНДР.'],
] as const) {
  test(`${lang}: a technical acronym or a currency is no party: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on an exchange' });
    assert.ok(!cs.some((c) => JUNK.test(c.claimant) || JUNK.test(c.target ?? '')), show(cs));
  });
}

for (const [lang, body, claimant] of [
  ['en', 'USD Networks said North Korea was behind the intrusion.', 'USD Networks'],
  ['en', 'Kestrel IP Security said North Korea was behind the intrusion.', 'Kestrel IP Security'],
  ['es', 'Los dispositivos NAS afectados fueron atribuidos a Corea del Norte, dijo la empresa Velmora.', 'Velmora'],
  ['de', 'Das BSI erklärte, Nordkorea stecke hinter dem Angriff auf die SMB-Freigaben.', 'DE'],
] as const) {
  test(`${lang}: a body whose name holds such a word, or beside it, still speaks (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on an exchange' });
    assert.ok(cs.some((c) => c.claimant === claimant && c.target === 'KP'), show(cs));
  });
}
