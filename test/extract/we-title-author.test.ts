/**
 * A post in its author's own voice (its body opens in the first person plural, an opening phrase and a header line
 * of fields under the title allowed) whose title opens on a body's name ("X Ministry on the attack on ...",
 * "X-Amt: Störung des ...", "МИД X об атаке ..."): that body wrote it, so its "we" is that body. Negatives: a title that
 * opens on a threat group's name names no author; a body in the title of a text not in the first person is no "we".
 * Names and handles invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const header = '@velmor_office | 3 June 2024';
const accuses = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'RU');

for (const [lang, claimant, title, body] of [
  ['en', 'GB', 'UK Foreign Office on the attack on the port network', 'Together with our partners we today hold Russia responsible for the attack on the port network.'],
  ['de', 'DE', 'Auswärtiges Amt: Störung des Hafennetzes', 'Im Verbund mit Verbündeten machen wir Russland für die Störung der Hafensysteme verantwortlich.'],
  ['ru', 'EE', 'МИД Эстонии об атаке на портовую сеть', 'Вместе с партнёрами мы сегодня возлагаем на Россию ответственность за атаку на портовую сеть.'],
  ['zh', 'EE', '爱沙尼亚外交部关于港口网络遭攻击的声明', '我们与伙伴一道，今天认定俄罗斯应对港口网络遭受的攻击负责。'],
] as const) {
  test(`${lang}: the body opening a first-person post's title is its "we": ${title}`, () => {
    const cs = claimsOf(body, lang, { title, header });
    assert.ok(accuses(cs, claimant), show(cs));
  });
}

test('en: a threat group opening the title is no author (negative)', () => {
  const cs = claimsOf('Together with our partners we today hold Russia responsible for the attack on the port network.', 'en', { title: 'Zorvak: a new group hits the port network', header });
  assert.ok(!cs.some((c) => c.claimant === 'Zorvak'), show(cs));
});

test('en: a body in the title of a third-person story does not make a quoted "we" its own (negative)', () => {
  const cs = claimsOf('Estonia\'s foreign minister Kaja Vellmann said on Monday that the network had been hit. "We hold Russia responsible for the attack," she said.', 'en', { title: 'UK Foreign Office on the attack on the port network', header });
  assert.ok(!accuses(cs, 'GB'), show(cs));
});
