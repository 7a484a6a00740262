/**
 * A state named by an adjective and a noun in Russian ("Северная Корея", "Южная Корея", "Саудовская
 * Аравия") after "с" takes the instrumental ("связанная с Северной Кореей", "связала атаку с Северной
 * Кореей"): the generated case forms lacked it, so the accused was not found. The same construction
 * in other languages is read already ("linked the attack to North Korea", "a lié l'attaque à la Corée du
 * Nord"). Not changed: one-word names keep their forms. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruNounCases } from '../../src/knowledge/data/inflect.ts';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

test('ru: two-word state names get the instrumental', () => {
  assert.ok(ruNounCases('Северная Корея').includes('Северной Кореей'));
  assert.ok(ruNounCases('Южная Корея').includes('Южной Кореей'));
  assert.ok(ruNounCases('Саудовская Аравия').includes('Саудовской Аравией'));
  assert.deepEqual(ruNounCases('Киргизия'), ['Киргизии', 'Киргизию', 'Киргизией']);
});

const LINKED: Array<[lang: string, body: string]> = [
  ['ru', 'Литва связала атаку с Северной Кореей.'],
  ['ru', 'Литва обвинила хакеров, связанных с Северной Кореей, во взломе.'],
  ['en', 'Lithuania linked the attack to North Korea.'],
  ['fr', "La Lituanie a lié l'attaque à la Corée du Nord."],
];

for (const [lang, body] of LINKED) {
  test(`${lang}: the state an attack is linked to is accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'LT', 'KP'), show(cs));
  });
}

test('ru: a state in the instrumental as a partner is not accused', () => {
  const cs = claimsOf('Литва обвинила Россию в атаке и договорилась о сотрудничестве с Южной Кореей.', 'ru');
  assert.ok(attributes(cs, 'LT', 'RU'), show(cs));
  assert.ok(!attributes(cs, 'LT', 'KR'), show(cs));
});
