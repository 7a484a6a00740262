/**
 * A name owned by someone, a possessive determiner before it ("its Known Exploited Vulnerabilities
 * catalog", "su catálogo X") or a possessive marker after it ("danh mục X của mình"), is a thing of
 * theirs: not the subject of the verb that follows, and not whom the subject addresses. A body of
 * theirs ("its parent company X") is still a party. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const OWNED: Array<[lang: string, body: string, state: string, thing: string]> = [
  ['en', 'CISA adds the flaw to its Velmora Exploited Flaws catalog and urges organisations to patch their servers.', 'US', 'Velmora Exploited Flaws'],
  ['es', 'El CCN-CERT añade la vulnerabilidad a su catálogo Velmora Watch e insta a las empresas a actualizar sus servidores.', 'ES', 'Velmora Watch'],
  ['vi', 'VNCERT bổ sung lỗ hổng vào danh mục Velmora Watch của mình và kêu gọi các doanh nghiệp cập nhật máy chủ.', 'VN', 'Velmora Watch'],
];

for (const [lang, body, state, thing] of OWNED) {
  test(`${lang}: the body calls, not the catalogue it owns`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.stance === 'calls-for' && c.claimant === state), show(cs));
    assert.ok(!cs.some((c) => c.claimant === thing), show(cs));
    // Negative: the body is not made the addressee of its own call.
    assert.ok(!cs.some((c) => c.target === state), show(cs));
  });
}

test('en: a body of the owner ("its parent company X") still speaks', () => {
  const cs = claimsOf('Its parent company Velmora urged users to patch their routers.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.stance === 'calls-for'), show(cs));
});
