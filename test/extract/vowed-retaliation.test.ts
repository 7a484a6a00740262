/**
 * A state vowing to retaliate against a party warns it: "vowed to retaliate against Israel", "a promis
 * de riposter contre Israël", "kündigte Vergeltung gegen Israel an", "prometió tomar represalias contra
 * Israel", "пообещал ответить Израилю", "誓言对以色列进行报复", "tuyên bố sẽ trả đũa Israel". Not a
 * warning: a group telling that its attack was revenge on a state it names is no warning by that state.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const VOWS: Array<[lang: string, body: string]> = [
  ['en', 'Iran vowed to retaliate against Israel for the cyberattack.'],
  ['fr', "L'Iran a promis de riposter contre Israël après la cyberattaque."],
  ['de', 'Der Iran kündigte Vergeltung gegen Israel für den Cyberangriff an.'],
  ['es', 'Irán prometió tomar represalias contra Israel por el ciberataque.'],
  ['ru', 'Иран пообещал ответить Израилю на кибератаку.'],
  ['zh', '伊朗誓言将就网络攻击对以色列进行报复。'],
  ['vi', 'Iran tuyên bố sẽ trả đũa Israel vì vụ tấn công mạng.'],
];

for (const [lang, body] of VOWS) {
  test(`${lang}: the state vowing retaliation warns the one it names`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'IR' && c.stance === 'warns' && c.target === 'IL'), show(cs));
  });
}

const NOT_VOWS: Array<[lang: string, body: string]> = [
  ['zh', '黑客组织称此次攻击是对以色列的报复。'],
  ['ru', 'Хакеры заявили, что атака стала местью Израилю.'],
];

for (const [lang, body] of NOT_VOWS) {
  test(`${lang}: an attack told as revenge is no state's warning`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.claimant === 'IL'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.target === 'IL' && c.claimant.length === 2), show(cs));
  });
}
