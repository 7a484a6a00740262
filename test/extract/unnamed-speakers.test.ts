/**
 * An unnamed company, researcher, expert or media outlet told by its nationality ("a Norwegian security
 * firm", "eine russische Firma", "美国网络安全公司", "một công ty an ninh mạng Mỹ", "US media") is no state:
 * it makes no claim under the state's code. A number word or quantifier counting the speakers ("Two
 * researchers", "Dos investigadores", "Hai nhà nghiên cứu") is no organisation. Positives: officials,
 * authorities and state bodies still speak for their state, and a company described then named speaks
 * under its name. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Cyberattack on the power grid';

for (const [lang, body, state] of [
  ['de', 'Eine norwegische Firma erklärte am Montag, Nordkorea stecke hinter dem Cyberangriff auf das Stromnetz.', 'NO'],
  ['de', 'Norwegische Medien berichteten, Nordkorea stecke hinter dem Cyberangriff auf das Stromnetz.', 'NO'],
  ['en', 'Norwegian media reported on Monday that North Korea was behind the cyberattack on the power grid.', 'NO'],
  ['zh', '一家挪威网络安全公司周一表示，朝鲜是这次针对电网的网络攻击的幕后黑手。', 'NO'],
  ['zh', '挪威媒体指出，朝鲜是这次针对电网的网络攻击的幕后黑手。', 'NO'],
  ['zh', '挪威网络安全协会一位专家表示，朝鲜是这次针对电网的网络攻击的幕后黑手。', 'NO'],
  ['zh', '日本專家表示，北韓是這次針對電網的網路攻擊的幕後黑手。', 'JP'],
  ['vi', 'Một công ty an ninh mạng Na Uy cho biết Triều Tiên đứng sau vụ tấn công mạng nhằm vào lưới điện.', 'NO'],
  ['es', 'Medios noruegos informaron de que Corea del Norte estaba detrás del ciberataque contra la red eléctrica.', 'NO'],
] as const) {
  test(`${lang}: an unnamed company or outlet of a nation is not the state: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.claimant === state), show(cs));
  });
}

for (const [lang, body, word] of [
  ['en', 'Two researchers said on Monday that North Korea was behind the cyberattack on the power grid.', 'Two'],
  ['en', 'Several analysts said on Monday that North Korea was behind the cyberattack on the power grid.', 'Several'],
  ['es', 'Dos investigadores afirmaron el lunes que Corea del Norte estaba detrás del ciberataque contra la red eléctrica.', 'Dos'],
  ['fr', "Deux chercheurs ont affirmé lundi que la Corée du Nord était derrière la cyberattaque contre le réseau électrique.", 'Deux'],
  ['vi', 'Hai nhà nghiên cứu cho biết Triều Tiên đứng sau vụ tấn công mạng nhằm vào lưới điện.', 'Hai'],
] as const) {
  test(`${lang}: a number word counting speakers is no organisation: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.claimant === word), show(cs));
  });
}

for (const [lang, body, claimant] of [
  ['en', 'Norwegian officials said on Monday that North Korea was behind the cyberattack on the power grid.', 'NO'],
  ['de', 'Die norwegische Regierung erklärte, Nordkorea stecke hinter dem Cyberangriff auf das Stromnetz.', 'NO'],
  ['zh', '挪威官员周一表示，朝鲜是这次针对电网的网络攻击的幕后黑手。', 'NO'],
  ['vi', 'Các quan chức Na Uy cho biết Triều Tiên đứng sau vụ tấn công mạng nhằm vào lưới điện.', 'NO'],
  ['en', 'A Norwegian firm, Fjordwatch Security, said North Korea was behind the cyberattack on the power grid.', 'Fjordwatch Security'],
] as const) {
  test(`${lang}: officials and named companies still speak: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, claimant, 'KP'), show(cs));
  });
}

// "The American firm X made similar accusations": the company echoes the attribution, the state telling its nationality does not.
for (const [lang, body] of [
  ['en', 'The Dutch intelligence service MIVD said Russia was behind the cyberattack by the group Velvet Marmot. The American firm Velmora made similar accusations.'],
  ['es', 'El servicio neerlandés MIVD afirmó que Rusia estaba detrás del ciberataque del grupo Velvet Marmot. La empresa estadounidense Velmora hizo acusaciones similares.'],
  ['fr', 'Le service néerlandais MIVD a affirmé que la Russie était derrière la cyberattaque du groupe Velvet Marmot. La société américaine Velmora a porté des accusations similaires.'],
  ['de', 'Der niederländische Geheimdienst MIVD erklärte, Russland stecke hinter dem Cyberangriff der Gruppe Velvet Marmot. Die amerikanische Firma Velmora hat heute ebenfalls über dieselbe Gruppe berichtet.'],
] as const) {
  test(`${lang}: a company's nationality does not echo an attribution: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack by Velvet Marmot' });
    assert.ok(attributes(cs, 'NL', 'RU'), show(cs));
    assert.ok(!attributes(cs, 'US', 'RU'), show(cs));
  });
}
