/**
 * A body telling that it, or its systems, underwent an attack ("подвергся DDoS-атаке"): Russian marks the perfective
 * masculine past without the "-л-" of its other forms ("подвергся" beside "подверглась", "подверглись"), so a
 * masculine subject ("сайт", "парламент", "портал") was no confirmation. The speaker confirms its own hit, in a
 * reported clause or in a quotation with its speaker after it.
 * Negatives: the same verb about another state's systems told by a third party, a hypothetical ("мог бы
 * подвергнуться"), a negated confirmation, and the same construction in other languages about another state.
 * Names and events invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['ru', 'EE', 'Министр обороны Эстонии сообщил, что парламент Эстонии подвергся мощной кибератаке.'],
  ['ru', 'EE', '«Портал Рийгикогу подвергся изощрённой DDoS-атаке», — сообщил министр обороны Эстонии.'],
] as const) {
  test(`${lang}: a body tells it underwent an attack: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Кибератака' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, body] of [
  ['ru', 'EE', 'Министр обороны Эстонии сообщил, что сайт министерства мог бы подвергнуться DDoS-атаке.'],
  ['ru', 'EE', 'Министр обороны Эстонии не подтвердил, что сайт министерства подвергся DDoS-атаке.'],
  ['ru', 'EE', 'Министр обороны Эстонии заявил, что Молдова подвергалась нападкам в прессе.'],
  ['en', 'EE', 'The Estonian defence minister said Moldova\'s parliament came under a sophisticated cyberattack.'],
  ['fr', 'EE', 'Le ministre estonien de la Défense a indiqué que le portail du Parlement moldave avait fait l\'objet d\'une attaque.'],
  ['vi', 'EE', 'Theo lời Bộ trưởng Quốc phòng Estonia, cổng thông tin quốc hội Moldova vừa hứng chịu đợt tấn công DDoS dữ dội.'],
] as const) {
  test(`${lang}: not its own hit, or none told (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Кибератака' });
    assert.ok(!confirms(cs, who), show(cs));
  });
}
