/**
 * A noun of claims is no speech verb: in "denied the FSB's claims", "否认了俄罗斯联邦安全局的说法" the possessor of
 * the claims does not speak, and so does not make the denial its own. Negative cases: "Russia claims that ...",
 * "The FSB claims ...", "俄罗斯联邦安全局说，..." still speak; other languages' nouns of claims ("les affirmations du
 * FSB", "las afirmaciones del FSB", "die Behauptungen des FSB") make no denial of Russia either. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const NOUN: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: "The spokesperson denied the FSB's claims." },
  { lang: 'en', s: "A spokesperson for Apple denied the FSB's claims." },
  { lang: 'zh', s: '苹果公司发言人随即否认了俄罗斯联邦安全局的说法。' },
  { lang: 'zh', s: '发言人随即否认了俄罗斯的说法。' },
  { lang: 'fr', s: "Un porte-parole d'Apple a démenti les affirmations du FSB russe." },
  { lang: 'es', s: 'Un portavoz de Apple negó las afirmaciones del FSB ruso.' },
  { lang: 'de', s: 'Ein Apple-Sprecher wies die Behauptungen des russischen FSB zurück.' },
];

const VERB: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Russia claims that Ukraine attacked its networks.' },
  { lang: 'en', s: 'The FSB claims American intelligence hacked thousands of iPhones.' },
  { lang: 'zh', s: '俄罗斯联邦安全局说，美国情报机构入侵了数千部苹果手机。' },
];

for (const c of NOUN) {
  test(`${c.lang}: the possessor of denied claims does not deny: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'RU'), show(cs));
  });
}

for (const c of VERB) {
  test(`${c.lang}: the speech verb still gives its subject the words (negative): ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'RU' && (x.stance === 'attributes' || x.stance === 'accuses')), show(cs));
  });
}

test('en: a spokesperson named with the body still denies for it (negative)', () => {
  const cs = claimsOf("A spokesperson for Apple denied the FSB's claims.", 'en');
  assert.ok(cs.some((x) => x.claimant === 'Apple' && x.stance === 'denies'), show(cs));
  assert.ok(!attributes(cs, 'Apple', 'RU'), show(cs));
});
