/**
 * The place after a noun for those an act aims at ("the individuals targeted were in X", "las personas atacadas estaban
 * en X") or for the users of what was hit ("the messages of users in X", "thư điện tử của người dùng tại X") is the
 * victims' place: the speaker pins the act on no state named there (victimPlace in claims/rules/reported-act.ts).
 * Negative cases: the actors' state in the same sentence is still accused. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const PLACE: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Microsoft said the individuals targeted last spring were mostly in Poland.' },
  { lang: 'en', s: 'Microsoft said the malware read the messages of users in Poland.' },
  { lang: 'es', s: 'Según Microsoft, la mayoría de las personas atacadas estaban en Polonia.' },
  { lang: 'vi', s: 'Microsoft cho biết mục tiêu là thư điện tử của người dùng tại Ba Lan.' },
];

for (const c of PLACE) {
  test(`${c.lang}: the place of those targeted or of the users hit is not accused: ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!attributes(cs, 'Microsoft', 'PL'), show(cs));
  });
}

const ACCUSED: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Microsoft said Russian hackers targeted people in Poland.' },
  { lang: 'es', s: 'Microsoft afirmó que piratas rusos atacaron a personas en Polonia.' },
  { lang: 'vi', s: 'Microsoft cho biết tin tặc Nga đã tấn công người dùng tại Ba Lan.' },
];

for (const c of ACCUSED) {
  test(`${c.lang}: the actors' state is still accused (negative): ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, 'Microsoft', 'RU'), show(cs));
    assert.ok(!attributes(cs, 'Microsoft', 'PL'), show(cs));
  });
}
