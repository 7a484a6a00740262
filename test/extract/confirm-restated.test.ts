/**
 * A confirmation restated: the same claimant confirming its hit again later in the text ("confirmed an attack on
 * Monday ... on Friday acknowledged that its servers were breached in the X campaign") is one confirmation, about
 * every group the tellings name, even when the first telling named none (claims/postprocess.ts). Confirmations by
 * two different claimants stay two. Names invented, group names from the knowledge base.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['de', 'Das polnische Finanzministerium bestätigte am Montag einen Cyberangriff. Der Einbruch war im März entdeckt worden. Am Freitag räumte das polnische Finanzministerium ein, dass seine Server bei der Kampagne von Killnet gehackt worden seien.'],
  ['vi', 'Bộ Tài chính Ba Lan hôm thứ Hai xác nhận bị tấn công mạng. Vụ xâm nhập được phát hiện vào tháng Ba. Hôm thứ Sáu, Bộ Tài chính Ba Lan thừa nhận máy chủ của bộ bị xâm nhập trong chiến dịch của Killnet.'],
] as const) {
  test(`${lang}: a confirmation restated by the same claimant is one claim, about both tellings`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a ministry' });
    const pl = cs.filter((c) => c.claimant === 'PL' && c.stance === 'confirms' && c.target === 'PL');
    assert.equal(pl.length, 1, show(cs));
    assert.ok(pl[0]!.about.includes('Killnet'), JSON.stringify(pl[0]!.about));
  });
}

test('en: confirmations by two claimants stay two (negative)', () => {
  const cs = claimsOf('The Polish finance ministry confirmed a cyberattack on Monday. The Czech interior ministry confirmed on Friday that its servers were breached by Killnet.', 'en', { title: 'Cyberattacks on ministries' });
  assert.ok(cs.some((c) => c.claimant === 'PL' && c.stance === 'confirms'), show(cs));
  assert.ok(cs.some((c) => c.claimant === 'CZ' && c.stance === 'confirms'), show(cs));
});
