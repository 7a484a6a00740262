/**
 * A quotation opening the sentence, its speaker named after it by a role that names no state
 * ('"Russian military intelligence hacked Estonian ministries," Foreign Minister X said'): a state inside
 * the quoted words is what the speaker talks about, not whom the speaker speaks for, so it neither
 * speaks nor is the holder's state. A role that names its state after the quotation still does.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const QUOTED: Array<{ lang: string; body: string; name: string }> = [
  { lang: 'en', name: 'Jaan Tamm', body: '"Russian military intelligence is responsible for hacking Estonian ministries," Foreign Minister Jaan Tamm said.' },
  { lang: 'de', name: 'Jaan Tamm', body: '„Der russische Militärgeheimdienst ist für das Hacken estnischer Ministerien verantwortlich“, sagte Außenminister Jaan Tamm.' },
  { lang: 'ru', name: 'Яан Тамм', body: '«Российская военная разведка несет ответственность за взлом эстонских министерств», — заявил министр иностранных дел Яан Тамм.' },
];

for (const { lang, body, name } of QUOTED) {
  test(`${lang}: a state inside the quoted words does not speak them`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'RU'), `${body}\n${show(cs)}`);
    const x = extract(`Headline\n${body}\nSource: https://example.org/story`, { lang });
    const p = x.people.find((q) => q.name === name || q.aliases.includes(name));
    assert.notEqual(p?.speaks_for, 'RU', JSON.stringify(x.people));
  });
}

test('en: a role naming its state after the quotation speaks for it', () => {
  const cs = claimsOf('"Russian military intelligence is responsible for hacking our ministries," Estonia\'s Foreign Minister Jaan Tamm said.', 'en');
  assert.ok(attributes(cs, 'EE', 'RU'), show(cs));
});

test('de: a role naming its state after the quotation speaks for it', () => {
  const cs = claimsOf('„Russland steckt hinter dem Hackerangriff auf unsere Ministerien“, sagte der estnische Außenminister Jaan Tamm.', 'de');
  assert.ok(attributes(cs, 'EE', 'RU'), show(cs));
});
