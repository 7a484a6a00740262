/**
 * Reported speech about a hostile act: the direct object of a transitive hostile verb is the victim
 * ("the intruders breached Dutch and Belgian ministries"), so the state named in it is not the one
 * the act is pinned on, nor is a state joined to it. The actor's state is still accused when the
 * sentence names it ("Iranian hackers breached Dutch ministries"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accusing = (cs: ReturnType<typeof claimsOf>, target: string) =>
  cs.some((c) => (c.stance === 'accuses' || c.stance === 'attributes') && c.target === target);

const OBJECTS: Array<[lang: string, body: string]> = [
  ['en', 'According to ESET, the intruders breached Dutch and Belgian ministries last spring.'],
  ['ru', 'По данным ESET, злоумышленники атаковали нидерландские и бельгийские министерства прошлой весной.'],
  ['fr', 'Selon ESET, les intrus ont attaqué des ministères néerlandais et belges au printemps dernier.'],
  ['es', 'Según ESET, los intrusos atacaron ministerios neerlandeses y belgas la primavera pasada.'],
  ['vi', 'Theo ESET, những kẻ xâm nhập đã tấn công các bộ của Hà Lan và Bỉ vào mùa xuân năm ngoái.'],
  ['zh', '据ESET称，入侵者去年春天攻击了荷兰和比利时的多个部委。'],
];

for (const [lang, body] of OBJECTS) {
  test(`${lang}: the states in the object of a hostile verb are hit, not accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!accusing(cs, 'NL'), show(cs));
    assert.ok(!accusing(cs, 'BE'), show(cs));
  });
}

const ACTORS: Array<[lang: string, body: string]> = [
  ['en', 'According to ESET, Iranian hackers breached Dutch ministries last spring.'],
  ['ru', 'По данным ESET, иранские хакеры атаковали нидерландские министерства прошлой весной.'],
  ['fr', 'Selon ESET, des pirates iraniens ont attaqué des ministères néerlandais au printemps dernier.'],
  ['vi', 'Theo ESET, tin tặc Iran đã tấn công các bộ của Hà Lan vào mùa xuân năm ngoái.'],
];

for (const [lang, body] of ACTORS) {
  test(`${lang}: the actor's state named before the hostile verb is still the one accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(accusing(cs, 'IR'), show(cs));
    assert.ok(!accusing(cs, 'NL'), show(cs));
  });
}

test('en: a state after "attacked by" is the agent, not an object', () => {
  const cs = claimsOf('According to ESET, Dutch ministries were attacked by Iranian hackers last spring.', 'en');
  assert.ok(!accusing(cs, 'NL'), show(cs));
});
