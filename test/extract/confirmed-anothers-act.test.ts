/**
 * A confirmation of another's act attributes it: "confirmed that Russian hackers had breached its networks",
 * "a confirmé que des acteurs étatiques chinois avaient mené l'attaque", "证实…APT-C-39对…进行了…攻击",
 * "…遭受的网络攻击系中国国家行为体所为". The doer opens what is confirmed (within four words of the cue), stands
 * before the hostile word, or is the agent of a passive hostile verb, in which case the hit is the speaker's own
 * too. A doer deep in the object ("admitted it had hired a North Korean engineer") leaves the confirmation.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant, target] of [
  ['en', 'Germany confirmed that Russian hackers had breached its networks.', 'DE', 'RU'],
  ['en', 'Kaspersky confirmed that APT-C-39 had attacked Chinese aviation firms for years.', 'Kaspersky', 'APT-C-39'],
  ['fr', "Le gouvernement allemand a confirmé que des acteurs étatiques chinois avaient mené l'attaque contre l'agence.", 'DE', 'CN'],
  ['zh', '德国政府称，2021年德国联邦制图局遭受的网络攻击系中国国家行为体所为。', 'DE', 'CN'],
] as const) {
  test(`${lang}: confirming another's act attributes it: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && (c.target === target || c.about.includes(target))), show(cs));
    if (lang !== 'zh') assert.ok(!cs.some((c) => c.stance === 'confirms' && c.claimant !== 'DE'), show(cs));
  });
}

test('en: in the passive, the speaker confirms its own hit and attributes it', () => {
  const cs = claimsOf('Germany confirmed its networks had been breached by Russian hackers.', 'en');
  assert.ok(attributes(cs, 'DE', 'RU'), show(cs));
  assert.ok(cs.some((c) => c.claimant === 'DE' && c.stance === 'confirms'), show(cs));
});

test('vi: a doer deep in the object leaves the confirmation', () => {
  const cs = claimsOf('Công ty Brightwell thừa nhận đã vô tình thuê một lập trình viên Triều Tiên, người sau đó đã cài mã độc.', 'vi');
  assert.ok(cs.some((c) => c.claimant === 'Brightwell' && c.stance === 'confirms'), show(cs));
});
