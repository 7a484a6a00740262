/**
 * A threat noun naming the speaker's own state as the threat ("представить Россию в качестве «угрозы»",
 * "доклад о «китайской угрозе»", "la prétendue « menace chinoise »", said by Russia or China) is a threat the
 * speaker disputes: no warning. Negative cases: another state's body telling of the same threat, and a threat
 * to the speaker's state ("угрозу для России", "protect American citizens from the threats"), still warn. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const OWN: Array<{ lang: string; s: string }> = [
  { lang: 'ru', s: 'Посольство России заявило, что британская сторона вновь пытается представить Россию в качестве «угрозы».' },
  { lang: 'ru', s: 'Посольство Китая заявило, что доклад о так называемой «китайской угрозе» ничем не подкреплён.' },
  { lang: 'fr', s: "L'ambassade de Chine a affirmé que la prétendue « menace chinoise » était une invention de Washington." },
  { lang: 'fr', s: "L'ambassade de Russie a dénoncé un rapport qui présente la Russie comme une menace." },
  { lang: 'en', s: 'The Russian embassy said London once again portrays Russia as a threat to Europe.' },
  { lang: 'de', s: 'Die chinesische Botschaft erklärte, die chinesische Bedrohung sei eine Erfindung Washingtons.' },
  { lang: 'es', s: 'La embajada china afirmó que la amenaza china es un invento de Washington.' },
  { lang: 'vi', s: 'Đại sứ quán Trung Quốc cho rằng mối đe dọa Trung Quốc là câu chuyện do Washington bịa đặt.' },
];

const WARNS: Array<{ lang: string; s: string; claimant: string }> = [
  { lang: 'ru', s: 'Посольство России заявило, что хакеры из Великобритании представляют угрозу для России.', claimant: 'RU' },
  { lang: 'ru', s: 'Посольство Эстонии заявило, что российская угроза для Эстонии сохраняется.', claimant: 'EE' },
  { lang: 'fr', s: "L'Anssi a indiqué que la menace chinoise restait élevée.", claimant: 'FR' },
  { lang: 'en', s: 'US officials said the takedown showed their resolve to protect American citizens from the threats posed by hackers working for China.', claimant: 'US' },
];

for (const c of OWN) {
  test(`${c.lang}: a threat noun naming the speaker's own state is no warning: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
}

for (const c of WARNS) {
  test(`${c.lang}: a threat of another state, or to the speaker's, still warns (negative): ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.claimant && x.stance === 'warns'), show(cs));
  });
}
