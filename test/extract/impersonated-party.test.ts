/**
 * The disguise of an act is not its author: "Zeta said the hackers impersonated the Indian defence ministry",
 * "se sont fait passer pour le ministère indien", "gửi email giả mạo Bộ Ngoại giao Afghanistan", "en nombre
 * de la embajada de Kirguistán", "以吉尔吉斯斯坦驻华大使馆的名义" attribute nothing to the state impersonated.
 * Negative cases: the actor's state beside the actor noun is still accused, and "in the name of" before a bare
 * state (a sponsor: "actuaban en nombre de Rusia", "hoạt động nhân danh Nga") still attributes. Sentences
 * written for this test, the company invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const DISGUISE: Array<{ lang: string; s: string; state: string }> = [
  { lang: 'en', s: 'Zeta said the hackers impersonated the Indian defence ministry in phishing emails.', state: 'IN' },
  { lang: 'fr', s: 'Selon Zeta, les pirates se sont fait passer pour le ministère indien de la Défense.', state: 'IN' },
  { lang: 'es', s: 'Según Zeta, los piratas enviaron correos maliciosos en nombre de la embajada de Kirguistán.', state: 'KG' },
  { lang: 'vi', s: 'Zeta cho biết tin tặc đã gửi email giả mạo Bộ Ngoại giao Afghanistan.', state: 'AF' },
  { lang: 'vi', s: 'Zeta cho biết tin tặc đã gửi thư lừa đảo dưới danh nghĩa Bộ Quốc phòng Ấn Độ.', state: 'IN' },
  { lang: 'zh', s: 'Zeta公司称，黑客以吉尔吉斯斯坦驻华大使馆的名义发送钓鱼邮件。', state: 'KG' },
];

const ACTOR: Array<{ lang: string; s: string; state: string }> = [
  { lang: 'vi', s: 'Zeta cho biết tin tặc Trung Quốc đã gửi email giả mạo Bộ Ngoại giao Afghanistan.', state: 'CN' },
  { lang: 'en', s: 'Zeta said the hackers, posing as the Indian defence ministry, sent emails on behalf of Pakistan.', state: 'PK' },
  { lang: 'es', s: 'Según Zeta, los piratas actuaban en nombre de Rusia.', state: 'RU' },
  { lang: 'vi', s: 'Zeta cho biết tin tặc hoạt động nhân danh Nga.', state: 'RU' },
];

for (const c of DISGUISE) {
  test(`${c.lang}: the party impersonated is not the accused: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!attributes(cs, 'Zeta', c.state), show(cs));
  });
}

for (const c of ACTOR) {
  test(`${c.lang}: the actor's state, or a sponsor, is still accused (negative): ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, 'Zeta', c.state), show(cs));
  });
}
