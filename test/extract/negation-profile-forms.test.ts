/**
 * Denial forms the ru and vi profiles lacked: negated interference in the present or past ("Мы не
 * вмешиваемся во внутренние дела ...", "Россия не вмешивалась в выборы"), a denial qualifier
 * ("безосновательны", "надуманны", "không có cơ sở"). The speaker's own state denies. Negative: the
 * same words with no negation are no denial. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Election interference row';

for (const [lang, body] of [
  ['ru', 'Пресс-секретарь Кремля Олег Варёнов заявил: «Мы не вмешиваемся во внутренние дела Молдавии».'],
  ['ru', 'Олег Варёнов, пресс-секретарь Кремля, заявил, что Россия не вмешивалась в выборы в Молдавии.'],
  ['ru', 'Олег Варёнов, пресс-секретарь Кремля, заявил, что обвинения Кишинёва в адрес России безосновательны.'],
  ['ru', 'Олег Варёнов, пресс-секретарь Кремля, заявил, что претензии Кишинёва к России надуманны.'],
  ['vi', 'Người phát ngôn Bộ Ngoại giao Nga Oleg Varyonov nói cáo buộc Nga tấn công mạng Moldova là không có cơ sở.'],
] as const) {
  test(`${lang}: a denial form of the profile: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU' && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}

for (const [lang, body] of [
  ['ru', 'Министр иностранных дел Молдавии Анна Крецу заявила, что Россия вмешивалась в выборы в Молдавии.'],
  ['vi', 'Bộ trưởng Ngoại giao Moldova Ana Cretu nói cáo buộc Nga tấn công mạng Moldova là có cơ sở.'],
  // "cơ sở hạ tầng" (infrastructure) is no ground of a claim.
  ['vi', 'Bộ trưởng Ngoại giao Moldova Ana Cretu nói tin tặc Nga không có cơ sở hạ tầng riêng tại Moldova.'],
] as const) {
  test(`${lang}: the same words without negation deny nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}
