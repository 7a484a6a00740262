/**
 * "At the request of X" ("应美方要求", "à la demande des États-Unis", "theo yêu cầu của Mỹ", "a petición
 * de", "по просьбе", "auf Ersuchen"): a request told as the occasion of another's act (an arrest, an
 * inquiry) is no appeal by anyone in the sentence. Positives: the same verbs as appeals of their own
 * ("要求美方停止", "demande aux États-Unis de", "yêu cầu Trung Quốc chấm dứt") still call. Names and
 * sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Arrest in Milan';

for (const [lang, body] of [
  ['zh', '据报道，荷兰警方上周应美方要求，在鹿特丹港逮捕了一名俄罗斯商人。'],
  ['zh', '荷蘭警方應美國的要求，逮捕了兩名俄羅斯工程師。'],
  ['fr', 'La police néerlandaise a interpellé un homme d’affaires russe à la demande des États-Unis.'],
  ['vi', 'Cảnh sát Hà Lan đã bắt giữ một doanh nhân Nga theo yêu cầu của Mỹ.'],
  ['vi', 'Cảnh sát Hà Lan đã bắt giữ một kỹ sư Nga theo đề nghị của phía Mỹ.'],
  ['es', 'La policía neerlandesa detuvo a un empresario ruso a petición de Estados Unidos.'],
  ['ru', 'Полиция Нидерландов задержала российского бизнесмена по просьбе США.'],
  ['de', 'Die niederländische Polizei nahm auf Ersuchen der USA einen russischen Geschäftsmann fest.'],
  ['en', 'Dutch police detained a Russian businessman at the request of the United States.'],
] as const) {
  test(`${lang}: a request told as the occasion of an arrest is no appeal (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body, who, whom] of [
  ['zh', '俄罗斯外交部要求荷方立即释放被捕的俄罗斯商人。', 'RU', 'NL'],
  ['fr', 'La Russie demande aux Pays-Bas de libérer sans délai son ressortissant.', 'RU', 'NL'],
  ['vi', 'Nga yêu cầu Hà Lan lập tức trả tự do cho doanh nhân này.', 'RU', 'NL'],
] as const) {
  test(`${lang}: the request verb as an appeal of its own still calls: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'calls-for' && c.target === whom), show(cs));
  });
}
