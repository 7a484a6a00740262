/**
 * The accused calling an accusation absurd denies it: "jugé ces allégations absurdes", "bezeichnete die
 * Vorwürfe als absurd", "calificó las acusaciones de absurdas", "称这些指控荒谬", "gọi các cáo buộc này là vô
 * lý" (en "dismissed the allegations as absurd" and ru "назвали абсурдными" are read already). Not a
 * denial: "absurd" said of anything else with no accusation told, or by someone who is not accused.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const ABSURD: Array<[lang: string, body: string]> = [
  ['en', 'Sweden accused Russia of the attack. Moscow dismissed the allegations as absurd.'],
  ['fr', "La Suède a accusé la Russie de l'attaque. Moscou a jugé ces allégations absurdes."],
  ['de', 'Schweden beschuldigte Russland des Angriffs. Moskau bezeichnete die Vorwürfe als absurd.'],
  ['es', 'Suecia acusó a Rusia del ataque. Moscú calificó las acusaciones de absurdas.'],
  ['ru', 'Швеция обвинила Россию в атаке. В Москве назвали эти обвинения абсурдными.'],
  ['zh', '瑞典指责俄罗斯发动了这次攻击。莫斯科称这些指控荒谬。'],
  ['vi', 'Thụy Điển cáo buộc Nga đứng sau vụ tấn công. Moskva gọi các cáo buộc này là vô lý.'],
];

for (const [lang, body] of ABSURD) {
  test(`${lang}: the accused calling the accusation absurd denies it`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
  });
}

const NOT_DENIALS: Array<[lang: string, body: string]> = [
  ['de', 'Experten nannten die Lage absurd.'],
  ['fr', 'Les experts ont jugé la situation absurde.'],
  ['es', 'Los analistas calificaron la situación de absurda.'],
];

for (const [lang, body] of NOT_DENIALS) {
  test(`${lang}: "absurd" with no accusation to rebut denies nothing`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}
