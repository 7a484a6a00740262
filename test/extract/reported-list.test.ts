/**
 * A coordinated list of states in a reported attribution (rules/reported-act.ts `listedStates`): each state joined to
 * the accused by "and", "or" or their equivalents (the list disjunct-accused.ts reads for the stance path) is accused
 * too, when the list is the actor's phrase. Victims joined by "and", "neither ... nor", a list inside what was hit and
 * a list of where the attacks came from accuse no second state.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVE: [string, string, string][] = [
  ['en', 'The Uruguayan defence ministry said operatives from Belarus or Iran had broken into the harbour ledger last spring.', 'UY'],
  ['ru', 'Министерство обороны Уругвая сообщило, что хакеры из Белоруссии или Ирана взломали портовый реестр Монтевидео.', 'UY'],
  ['vi', 'Theo Bộ Quốc phòng Uruguay, tin tặc Belarus và Iran đã xâm nhập sổ đăng ký cảng Montevideo.', 'UY'],
  ['zh', '乌拉圭国防部称，白俄罗斯和伊朗黑客入侵了蒙得维的亚港口登记簿。', 'UY'],
  ['es', 'El Ministerio de Defensa de Uruguay afirmó que hackers de Bielorrusia o Irán atacaron el registro del puerto de Montevideo.', 'UY'],
  ['fr', "Le ministère uruguayen de la Défense a indiqué que des pirates liés à la Biélorussie et à l'Iran avaient piraté le registre du port de Montevideo.", 'UY'],
  ['de', 'Das uruguayische Verteidigungsministerium erklärte, hinter dem Angriff auf das Hafenregister von Montevideo stünden Hacker aus Belarus und Iran.', 'UY'],
];

for (const [lang, body, speaker] of POSITIVE) {
  test(`reported-list: each state of the actor's list is accused (${lang})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, speaker, 'BY'), show(cs));
    assert.ok(attributes(cs, speaker, 'IR'), show(cs));
  });
}

test('reported-list: victims joined by "and" are not accused (en, fr, ru, de)', () => {
  for (const [lang, body] of [
    ['en', 'The Uruguayan defence ministry said hackers from Belarus carried out raids on Latvia and Estonia over the winter.'],
    ['fr', "Le ministère uruguayen de la Défense a indiqué que des pirates biélorusses avaient attaqué la Lettonie et l'Estonie cet hiver."],
    ['ru', 'Министерство обороны Уругвая сообщило, что хакеры из Белоруссии атаковали Латвию и Эстонию этой зимой.'],
    ['de', 'Das uruguayische Verteidigungsministerium erklärte, Hacker aus Belarus hätten im Winter Behörden in Lettland und Estland angegriffen.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'UY', 'BY'), `${lang} ${show(cs)}`);
    assert.ok(!attributes(cs, 'UY', 'LV') && !attributes(cs, 'UY', 'EE'), `${lang} ${show(cs)}`);
  }
});

test('reported-list: a list inside what was hit is not accused (en)', () => {
  const cs = claimsOf('The Uruguayan defence ministry said Belarusian hackers broke into the harbour ledgers of Latvia and Estonia.', 'en');
  assert.ok(attributes(cs, 'UY', 'BY'), show(cs));
  assert.ok(!attributes(cs, 'UY', 'LV') && !attributes(cs, 'UY', 'EE'), show(cs));
});

test('reported-list: "neither ... nor" accuses no state (en)', () => {
  const cs = claimsOf('The Uruguayan defence ministry said neither Belarus nor Iran broke into the harbour ledger.', 'en');
  assert.ok(!attributes(cs, 'UY', 'IR'), show(cs));
});

test('reported-list: a list of where the attacks came from after the act is not expanded (es, en)', () => {
  for (const [lang, body] of [
    ['es', 'El viceministro uruguayo dijo que los ataques proceden sobre todo de Bielorrusia, Irán, Letonia y Estonia.'],
    ['en', 'The Uruguayan deputy minister said the attacks on the harbour ledger came mainly from Belarus, Iran, Latvia and Estonia.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!attributes(cs, 'UY', 'LV') && !attributes(cs, 'UY', 'EE'), `${lang} ${show(cs)}`);
  }
});
