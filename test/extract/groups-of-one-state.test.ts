/**
 * Reported speech about an act told of several threat groups at once, all known to serve one same state: a
 * group and the larger set it is said to belong to ("X, believed to be part of Y, stole ..."), or two groups
 * joined ("X and Y broke into ..."). The speaker attributes the act to that state, as it does for a single
 * group, when the text ties the groups to it (here its title); a text that names no state for them names none. Negatives: groups of different states name no state; a group tied to another by a marker of
 * linkage or overlap ("X is linked to Y", "X overlaps with Y") is a claim of the tie, not of a state; a group
 * the speaker names ("a variant we call X") is no co-actor. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant, state, title] of [
  ['en', 'The FBI said the Andariel group, believed to be part of the Lazarus Group, stole 40 million dollars from a cryptocurrency exchange.', 'US', 'KP', 'North Korean hackers suspected'],
  ['en', 'The FBI said APT28 and APT29 broke into the networks of the ministry.', 'US', 'RU', 'Russian hackers suspected'],
  ['vi', 'FBI cho biết nhóm Andariel, được cho là một phần của nhóm Lazarus, đã đánh cắp 40 triệu USD từ một sàn giao dịch tiền số.', 'US', 'KP', 'Tin tặc Triều Tiên bị nghi tấn công'],
  ['vi', 'Bộ Ngoại giao Anh cho biết APT28 và APT29 đã xâm nhập mạng lưới của bộ quốc phòng.', 'GB', 'RU', 'Tin tặc Nga bị nghi tấn công'],
  ['zh', '美国联邦调查局表示，Andariel和Lazarus Group窃取了一家加密货币交易所的4000万美元。', 'US', 'KP', '朝鲜黑客涉嫌攻击'],
  ['ru', 'ФБР заявило, что группировки APT28 и APT29 взломали сети министерства обороны.', 'US', 'RU', 'Российские хакеры под подозрением'],
  ['fr', "Le FBI a déclaré que les groupes APT28 et APT29 ont piraté les réseaux du ministère.", 'US', 'RU', 'Des pirates russes soupçonnés'],
] as const) {
  // The text ties the groups to their state (here in its title, group-target.ts): the speaker accuses that state.
  test(`${lang}: groups of one state told of an act: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, claimant, state), show(cs));
  });
  // A text that never names the state accuses no state for the groups (the labelling convention).
  test(`${lang}: groups of one state the text ties to no state name no state (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack: state hackers' });
    assert.ok(!attributes(cs, claimant, state), show(cs));
  });
}

for (const [lang, body, claimant] of [
  ['en', 'The FBI said APT28 and APT41 broke into the networks of the ministry.', 'US'],
  ['ru', 'ФБР заявило, что группировки APT28 и APT41 взломали сети министерства обороны.', 'US'],
  ['vi', 'Kaspersky đánh giá rằng APT41 có liên hệ với APT28, dựa trên hạ tầng mạng chung.', 'Kaspersky'],
  ['en', 'Microsoft said that APT29 overlapped heavily with APT28 in its early activity.', 'Microsoft'],
] as const) {
  test(`${lang}: groups of several states, or tied to one another, name no state (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack: state hackers' });
    assert.ok(!attributes(cs, claimant, 'RU') && !attributes(cs, claimant, 'CN'), show(cs));
  });
}
