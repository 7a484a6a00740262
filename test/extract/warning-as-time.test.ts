/**
 * A warning noun that dates another event ("blocked after an alert", "nach einer Warnung", "tras una
 * alerta", "sau cảnh báo") is an advisory issued earlier, mentioned in passing: no warning is made;
 * a warning made beside it still is. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; passing: string; made: string; warner: string }> = [
  { lang: 'en', warner: 'US', passing: 'The intrusions were blocked after a CISA alert.', made: 'CISA warned that Volt Typhoon is preparing disruptive attacks.' },
  { lang: 'de', warner: 'DE', passing: 'Die Angriffe wurden nach einer Warnung des BSI gestoppt.', made: 'Das BSI warnte vor Angriffen der Gruppe APT28.' },
  { lang: 'es', warner: 'ES', passing: 'Los ataques fueron bloqueados tras una alerta del CCN.', made: 'El CCN advirtió de ataques del grupo APT28.' },
  { lang: 'vi', warner: 'VN', passing: 'Các cuộc tấn công đã bị chặn sau cảnh báo của Bộ Công an.', made: 'Bộ Công an cảnh báo về các cuộc tấn công của nhóm APT28.' },
];

for (const c of CASES) {
  test(`${c.lang}: a warning that dates another event makes no warning`, () => {
    const cs = claimsOf(c.passing, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
  test(`${c.lang}: a warning made in the text still warns (negative case)`, () => {
    const cs = claimsOf(`${c.passing} ${c.made}`, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.warner && x.stance === 'warns'), show(cs));
  });
}
