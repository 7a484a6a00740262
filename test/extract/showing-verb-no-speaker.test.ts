/**
 * A verb of showing is no verb of saying: "说明" / "說明" ("shows", "goes to show"), like "zeigt" or
 * "shows", makes the party before it no speaker. A qualifier of denial in such a sentence ("所谓X是美方
 * 自导自演的虚假信息，充分说明美方才是…") is the denial of the party the accusation is against, not a
 * denial by the accuser; the accuser named around "说明" is not its claimant. A plain "说" still
 * speaks, and so does "说明" opening the words ("X说明，…", "explained:"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const SHOWING: Array<[lang: string, body: string]> = [
  ['zh', '美国指责APT41入侵其电网。\n所谓“APT41入侵”是美方自导自演的虚假信息，充分说明美方才是网络空间的最大威胁。'],
  ['zh', '美國指責APT41入侵其電網。\n所謂「APT41入侵」是美方自導自演的虛假信息，充分說明美方才是網絡空間的最大威脅。'],
  ['de', 'Die USA beschuldigten APT41, ihr Stromnetz angegriffen zu haben.\nDer sogenannte APT41-Angriff ist von der US-Seite erfunden, was zeigt, dass die USA die größte Bedrohung im Cyberraum sind.'],
];

for (const [lang, body] of SHOWING) {
  test(`${lang}: the accused denies a fabrication that "shows" something of the accuser`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'CN' && c.stance === 'denies'), show(cs));
    // No claim of the accuser's comes from the second sentence.
    assert.ok(!cs.some((c) => c.claimant === 'US' && /说明|說明|zeigt/u.test(c.evidence.text)), show(cs));
  });
}

test('en: "shows" makes the accuser no speaker of a denial', () => {
  const cs = claimsOf('The United States accused APT41 of breaching its power grid.\nThe so-called APT41 intrusion was fabricated by the US side, which fully shows that the US is the biggest threat to cyberspace.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'US' && c.stance === 'denies'), show(cs));
});

for (const body of ['美国司法部说，APT41入侵了美国电网。', '美国司法部说明，APT41入侵了美国电网。', '美國司法部說明：APT41入侵了美國電網。']) {
  test(`zh: a plain "说", or "说明" opening the words ("说明，"), still makes its subject the speaker: ${body}`, () => {
    const cs = claimsOf(body, 'zh');
    assert.ok(cs.some((c) => c.claimant === 'US' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'APT41'), show(cs));
  });
}
