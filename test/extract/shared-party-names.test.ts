/**
 * A written form that names a party of one kind in several states ("Công đảng", "工党", "Parti travailliste",
 * "Labour Party") names the one whose state the article names most: an Israeli member "thuộc Công đảng" speaks for
 * the Israeli Labor Party, not the British one that the form always gave. Negatives: in an article about Britain,
 * or one that names none of the parties' states, the form stays the British Labour Party. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyberattack on parliament' };

for (const [lang, body, party, target] of [
  ['vi', 'Tại Israel, nghị sĩ Dov Lerman thuộc Công đảng chủ trì phiên họp. Ông cáo buộc Iran đứng sau vụ tấn công vào Israel.', 'Israeli Labor Party', 'IR'],
  ['zh', '以色列议会委员会主席、工党议员多夫·莱尔曼指责伊朗对以色列发动了网络攻击。', 'Israeli Labor Party', 'IR'],
  ['fr', 'En Israël, le député Dov Lerman, membre du Parti travailliste, a accusé l’Iran d’être derrière l’attaque contre Israël.', 'Israeli Labor Party', 'IR'],
  ['en', 'In Israel, Labour Party lawmaker Dov Lerman accused Iran of the attack on Israel.', 'Israeli Labor Party', 'IR'],
  ['vi', 'Tại Úc, nghị sĩ Jack Morley thuộc Công đảng cáo buộc Trung Quốc đứng sau vụ tấn công vào quốc hội Úc.', 'Australian Labor Party', 'CN'],
  // the British party where the article is about Britain, or names no party's state
  ['vi', 'Tại Anh, nghị sĩ John Fenwick thuộc Công đảng chủ trì phiên họp. Ông cáo buộc Trung Quốc đứng sau vụ tấn công vào Anh.', 'Labour Party', 'CN'],
  ['en', 'Labour MP John Fenwick accused China of the attack.', 'Labour Party', 'CN'],
] as const) {
  test(`${lang}: a shared party form names the party of the article's state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, party, target), show(cs));
  });
}
