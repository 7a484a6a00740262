/**
 * The written forms of known sources and outlets are matched literally: a dot in "Lenta.ru" or "Golem.de" is a
 * dot, not any character, so a made-up word that differs only there names no outlet. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; real: string; fake: string; outlet: string }> = [
  // After a source marker ("Как сообщила X") any Latin-script name in Cyrillic text is a source (unknown-org-names.test.ts):
  // the outlet is told after the sentence it reports, where only its literal form names it.
  { lang: 'ru', real: 'Российские хакеры атаковали банк в Польше. Об этом сообщила Lenta.ru.', fake: 'Российские хакеры атаковали банк в Польше. Об этом сообщила Lentaxru.', outlet: 'Lenta.ru' },
  { lang: 'de', real: 'Laut Golem.de stecke Russland hinter dem Angriff auf die Stadtwerke.', fake: 'Laut Golemxde stecke Russland hinter dem Angriff auf die Stadtwerke.', outlet: 'Golem.de' },
];

for (const c of CASES) {
  test(`${c.lang}: a form with a dot names its outlet: ${c.real.slice(0, 30)}`, () => {
    const cs = claimsOf(c.real, c.lang);
    assert.ok(cs.some((k) => k.claimant === c.outlet), show(cs));
  });
  test(`${c.lang}: a word differing only where the form has a dot names no outlet: ${c.fake.slice(0, 30)}`, () => {
    const cs = claimsOf(c.fake, c.lang);
    // neither the outlet nor the made-up word the unescaped form used to match
    assert.ok(!cs.some((k) => k.claimant === c.outlet || c.fake.includes(k.claimant)), show(cs));
  });
}
