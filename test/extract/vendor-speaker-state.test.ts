/**
 * A vendor's or a research team's staff speak for the vendor, not for a state the sentence names: "Mandiant
 * spokesman X said Russian hackers were behind the attack" made X speak for Russia (the role names no state, so
 * the sentence's first state was taken), and Russia's self-attribution was dropped: no claim. Also German
 * ("Mandiant-Sprecherin X sagte") and Chinese ("卡巴斯基研究员X表示"). A role that names a state organ still
 * speaks for the state. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string; vendor: string }> = [
  { lang: 'en', body: 'Mandiant spokesman Tomasz Wrona said Russian hackers were behind the attack.', vendor: 'Mandiant' },
  { lang: 'en', body: 'Microsoft President Tomasz Wrona said Russian hackers were behind the attack.', vendor: 'Microsoft' },
  { lang: 'de', body: 'Mandiant-Sprecherin Mira Castellane sagte, russische Hacker steckten hinter dem Angriff.', vendor: 'Mandiant' },
  { lang: 'zh', body: '卡巴斯基研究员伊戈尔·库兹涅佐夫表示，俄罗斯黑客是此次攻击的幕后黑手。', vendor: 'Kaspersky' },
];

for (const { lang, body, vendor } of CASES) {
  test(`${lang}: a vendor's staff speak for the vendor: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, vendor, 'RU'), show(cs));
  });
}

test('en: a state organ\'s spokesman still speaks for the state', () => {
  const cs = claimsOf('Kremlin spokesman Tomasz Wrona said Ukrainian hackers were behind the attack.', 'en');
  assert.ok(attributes(cs, 'RU', 'UA'), show(cs));
});
