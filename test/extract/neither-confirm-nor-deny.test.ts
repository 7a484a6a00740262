/**
 * "We can neither confirm nor deny": a denial paired right after a negated confirmation is negated
 * with it, so the sentence claims nothing; a plain denial still denies. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Reports tied APT28 to the breach. Acme Security said it cannot confirm or deny the reports about the state behind the breach.' },
  { lang: 'de', body: 'Berichte brachten APT28 mit dem Angriff in Verbindung. Die Firma Acme Security kann die Berichte weder bestätigen noch dementieren.' },
  { lang: 'fr', body: "Des rapports lient APT28 à l'intrusion. La société Acme Security ne peut ni confirmer ni démentir ces informations." },
  { lang: 'ru', body: 'Отчеты связывают APT28 со взломом. В компании Acme Security заявили, что не могут подтвердить или опровергнуть эти сообщения.' },
  { lang: 'vi', body: 'Các báo cáo liên kết APT28 với vụ xâm nhập. Công ty Acme Security cho biết không thể xác nhận hay phủ nhận các báo cáo này.' },
  { lang: 'zh', body: '有报道将APT28与此次入侵联系起来。Acme Security公司表示，无法证实或否认上述报道。' },
  { lang: 'es', body: 'Varios informes vinculan a APT28 con la intrusión. La empresa Acme Security no puede confirmar ni desmentir esos informes.' },
];

for (const c of CASES) {
  test(`${c.lang}: "cannot confirm or deny" is no denial`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'denies' || x.stance === 'confirms'), show(cs));
  });
}

test('en: a plain denial beside it still denies', () => {
  const cs = claimsOf('Britain accused Russia of the breach. Russia denied the accusations on Monday.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'RU' && x.stance === 'denies'), show(cs));
});
