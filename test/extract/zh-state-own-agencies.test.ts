/**
 * A state body of Taiwan or China telling that its government's agencies or its staff's official accounts were
 * hacked confirms its own state was hit: "政府機關…遭駭客入侵", "公務電子郵件帳號遭入侵" name the state's own systems by
 * what they are (the profile's `stateOwnRefs`), as "government websites" does in English. "經X調查，…" (per X's
 * investigation) makes X the source of what follows (`sourceBefore`). Negatives: a company telling the same of
 * government agencies confirms nothing; "已經調查" (has already investigated) is no source marker; a clause with no
 * speaker confirms nothing. Names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirmsTW = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.claimant === 'TW' && c.stance === 'confirms' && c.target === 'TW');

for (const [lang, body] of [
  ['zh', '台灣法務部調查局表示，至少有10個中央及地方政府機關遭駭客入侵。'],
  ['zh', '台湾调查局表示，约6000个公务电子邮件账号遭黑客入侵。'],
  ['zh', '經台灣法務部調查局調查，至少有10個政府機關、約6,000個公務電子郵件帳號遭駭客入侵。'],
  ['zh', '经台湾调查局分析，至少有10个政府机关遭黑客入侵。'],
  ['en', "Taiwan's Investigation Bureau said that at least ten government agencies had been hacked."],
] as const) {
  test(`${lang}: a state body tells of its government's agencies hacked: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Government agencies hacked' });
    assert.ok(confirmsTW(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['zh', 'Zorvex公司表示，至少有10个政府机关遭黑客入侵。'],
  ['zh', '台湾调查局已经调查，至少有10个政府机关遭黑客入侵。'],
  ['zh', '经过多年发展，该国政府机关遭黑客入侵的事件减少。'],
] as const) {
  test(`${lang}: no state body's own words, no confirmation (negative): ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Government agencies hacked' });
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}
