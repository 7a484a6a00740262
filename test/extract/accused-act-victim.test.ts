/**
 * The object of a hostile verb in the act an accusation pins is the act's victim, not the accused: "Berlin blamed
 * the same service for a campaign that hacked Estonian ministries", "a imputé au même service la campagne qui a
 * visé la direction du SPD", "atribuyó al mismo servicio la campaña que tuvo como objetivo a ...", "возложил ...
 * ответственность за кампанию, которая атаковала эстонские министерства", "quy trách nhiệm ... về chiến dịch đã tấn
 * công các bộ của Estonia". Negative cases: the accused named before the act is still accused. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const VICTIM: Array<{ lang: string; s: string; victim: string }> = [
  { lang: 'en', s: 'Berlin blamed the same service for a campaign that hacked Estonian ministries.', victim: 'EE' },
  { lang: 'fr', s: "Berlin a imputé au même service la campagne qui a piraté des ministères estoniens.", victim: 'EE' },
  { lang: 'fr', s: "Berlin a imputé au même service la campagne de piratage qui a visé la direction du SPD.", victim: 'SPD' },
  { lang: 'es', s: 'Berlín atribuyó al mismo servicio la campaña que atacó a ministerios de Estonia.', victim: 'EE' },
  { lang: 'es', s: 'Berlín atribuyó al mismo servicio la campaña de espionaje que tuvo como objetivo a la dirección del SPD.', victim: 'SPD' },
  { lang: 'ru', s: 'Берлин возложил на ту же службу ответственность за кампанию, которая атаковала эстонские министерства.', victim: 'EE' },
  { lang: 'vi', s: 'Berlin quy trách nhiệm cho cơ quan này về chiến dịch đã tấn công các bộ của Estonia.', victim: 'EE' },
];

const ACCUSED: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Berlin accused Russia of a campaign that hacked Estonian ministries.' },
  { lang: 'fr', s: 'Berlin a imputé à la Russie la campagne qui a piraté des ministères estoniens.' },
  { lang: 'es', s: 'Berlín atribuyó a Rusia la campaña de espionaje que tuvo como objetivo a la dirección del SPD.' },
];

for (const c of VICTIM) {
  test(`${c.lang}: the victim of the act pinned is not the accused: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!attributes(cs, 'DE', c.victim), show(cs));
  });
}

for (const c of ACCUSED) {
  test(`${c.lang}: the accused named before the act is still accused (negative): ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, 'DE', 'RU'), show(cs));
    assert.ok(!attributes(cs, 'DE', 'EE') && !attributes(cs, 'DE', 'SPD'), show(cs));
  });
}
