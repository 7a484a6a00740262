/**
 * A body's own appeal in the first person ("We urge companies to ...", "本局呼籲國內企業…"):
 *  - a first-person reference after the verb ("... and report anomalies to us", "…請立即通報本局") is the caller
 *    again, not the addressee; it does not turn the call into one by the other side on itself;
 *  - the traditional forms of the appeal verbs ("呼籲", "促請") make a call with no named addressee, like
 *    the simplified ones.
 * Negative: a first-person appeal addressed to a named state still goes to that state; a body that only
 * reports that companies contacted it makes no call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; state: string; body: string }> = [
  { lang: 'en', state: 'TW', body: 'The Taiwanese bureau said Chinese hackers attacked ten companies. We urge companies to back up their data and to tell us what we need to know.' },
  { lang: 'fr', state: 'FR', body: "L'agence française a indiqué que des pirates chinois ont attaqué dix entreprises. Nous appelons les entreprises à sauvegarder leurs données et à nous signaler toute anomalie, comme nous l'avons fait." },
  { lang: 'vi', state: 'VN', body: 'Cục An ninh mạng Việt Nam cho biết tin tặc Trung Quốc đã tấn công mười doanh nghiệp. Chúng tôi kêu gọi các doanh nghiệp sao lưu dữ liệu và báo cáo cho chúng tôi mọi bất thường.' },
  { lang: 'zh', state: 'TW', body: '台湾调查局表示，中国黑客攻击了十家台湾企业。本局呼吁企业定期备份数据，如发现异常请立即通报本局。' },
  { lang: 'zh', state: 'TW', body: '台湾调查局表示，中国黑客攻击了十家台湾企业。本局呼籲國內企業定期備份資料，如發現異常請立即通報本局。' },
];

for (const c of CASES) {
  test(`${c.lang}: "we" after an appeal's verb is the caller, not its addressee (${c.body.slice(-20)})`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.state && x.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((x) => x.claimant === 'CN' && x.stance === 'calls-for'), show(cs));
  });
}

for (const verb of ['呼籲', '促請', '促请']) {
  test(`zh: "${verb}" with no named addressee is a call`, () => {
    const cs = claimsOf(`台湾调查局表示，勒索软件攻击了十家台湾企业。本局${verb}國人提高警覺。`, 'zh');
    assert.ok(cs.some((x) => x.claimant === 'TW' && x.stance === 'calls-for'), show(cs));
  });
}

test('en: a first-person appeal to a named state still goes to it (negative)', () => {
  const cs = claimsOf('The Taiwanese bureau said Chinese hackers attacked ten companies. We urge China to stop these attacks and to talk to us.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'TW' && x.stance === 'calls-for' && x.target === 'CN'), show(cs));
});

test('zh: a report that companies contacted the bureau is no call (negative)', () => {
  const cs = claimsOf('台湾调查局表示，勒索软件攻击了十家台湾企业。多家企业已通报本局。', 'zh');
  assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
});
