/**
 * The place of the victims is not the accused: "Zeta said most victims were located in Myanmar", "la plupart
 * des victimes se trouvaient au Myanmar", "nạn nhân ở Myanmar" attribute nothing to Myanmar. Negative cases: a
 * state beside the actor noun in the same sentence ("Chinese hackers ... victims in Myanmar") is still
 * accused. Sentences written for this test, the company invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const PLACE: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Zeta said around 100 victims were in Myanmar.' },
  { lang: 'en', s: 'Zeta said most victims were located in Myanmar and Laos.' },
  { lang: 'fr', s: 'Zeta a indiqué que la plupart des victimes se trouvaient au Myanmar.' },
  { lang: 'fr', s: 'Selon Zeta, les pirates ont fait une centaine de victimes au Myanmar.' },
  { lang: 'de', s: 'Zeta zufolge befanden sich die meisten Opfer in Myanmar.' },
  { lang: 'es', s: 'Según Zeta, la mayoría de las víctimas estaban en Myanmar.' },
  { lang: 'vi', s: 'Zeta cho biết phần lớn nạn nhân ở Myanmar.' },
];

const ACTOR: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Zeta said the victims of Chinese hackers in Laos lost data.' },
  { lang: 'fr', s: 'Selon Zeta, des pirates chinois ont fait une centaine de victimes au Myanmar.' },
  { lang: 'vi', s: 'Zeta cho biết tin tặc Trung Quốc đã tấn công khoảng 100 nạn nhân tại Myanmar.' },
];

for (const c of PLACE) {
  test(`${c.lang}: the place of the victims is not the accused: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!attributes(cs, 'Zeta', 'MM') && !attributes(cs, 'Zeta', 'LA'), show(cs));
  });
}

for (const c of ACTOR) {
  test(`${c.lang}: the state of the actor noun is still accused (negative): ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, 'Zeta', 'CN'), show(cs));
    assert.ok(!attributes(cs, 'Zeta', 'MM') && !attributes(cs, 'Zeta', 'LA'), show(cs));
  });
}
