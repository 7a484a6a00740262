/**
 * A quotation opened by a colon after the official who speaks it ("X in his opening statement: \"...\"",
 * "X in seiner Erklärung: «...»", "X dans sa déclaration : « ... »"): the official speaks the quoted words,
 * so the threat actor the quotation names ("Chinese hackers are hiding ...") is what is warned of,
 * not the warner. A label opening the paragraph and an outlet before the colon are not such a speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

test('en: the official before the colon warns of the actor the quotation names', () => {
  const cs = claimsOf('10:05 — FBI Director Harlan Mosby in his opening statement: "Chinese hackers are hiding inside American water utilities, ready to cause damage if Beijing gives the order."', 'en');
  assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'warns' && x.target === 'CN'), show(cs));
  assert.ok(!cs.some((x) => x.claimant === 'CN'), show(cs));
});

const ATTRIBUTIONS = [
  { lang: 'de', text: '10:05 Uhr — Der niederländische Verteidigungsminister Ruben Brekelmans in seiner Erklärung: «Russische Hacker bereiten Sabotage gegen unsere Häfen vor. Russland steckt hinter diesen Angriffen.»' },
  { lang: 'fr', text: '10 h 05 — Le ministre néerlandais de la Défense Ruben Brekelmans dans sa déclaration : « Des pirates russes préparent des sabotages contre nos ports. La Russie est derrière ces attaques. »' },
  { lang: 'vi', text: '10:05 — Bộ trưởng Quốc phòng Hà Lan Ruben Brekelmans trong tuyên bố của mình: "Tin tặc Nga đang chuẩn bị phá hoại các cảng của chúng tôi. Nga đứng sau các cuộc tấn công này."' },
];

for (const c of ATTRIBUTIONS) {
  test(`${c.lang}: the official before the colon speaks the quotation`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'NL' && x.stance === 'attributes' && x.target === 'RU'), show(cs));
  });
}

test('en: an outlet before the colon is where the words appeared, not who speaks them', () => {
  const cs = claimsOf('The adviser wrote in The Wall Street Journal: "After careful study, we publicly attribute the attack to North Korea."', 'en');
  assert.ok(!cs.some((x) => x.claimant === 'The Wall Street Journal'), show(cs));
});
