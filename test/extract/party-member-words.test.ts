/**
 * A party's member word qualifying a member's role makes the member the party's voice ("Democratic
 * senator X", "la congresista demócrata X", "le sénateur républicain X", "der republikanische Senator
 * X"), in an article that names the state those parties belong to. Negatives: the same words in an
 * article about another state, an office of state qualified by the word, and the word with no member's
 * role. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Hackers in the county voter rolls' };

for (const [lang, body, party, target] of [
  ['en', 'Democratic senator Orla Pennick said Russian hackers had got into voter rolls in several counties of the United States.', 'Democratic Party', 'RU'],
  ['es', 'El senador republicano Tomás Ibarrola afirmó que hackers rusos habían entrado en los padrones de varios condados de Estados Unidos.', 'Republican Party', 'RU'],
  ['ru', 'Как заявил республиканский сенатор Томас Ибаррола, российские хакеры проникли в списки избирателей нескольких округов США.', 'Republican Party', 'RU'],
  ['vi', 'Thượng nghị sĩ đảng Dân chủ Orla Pennick cho biết tin tặc Nga đã xâm nhập danh sách cử tri ở nhiều quận của Mỹ.', 'Democratic Party', 'RU'],
  ['fr', 'Le sénateur démocrate Orla Pennick a affirmé que des pirates russes étaient entrés dans les listes électorales de plusieurs comtés des États-Unis.', 'Democratic Party', 'RU'],
] as const) {
  test(`${lang}: a member named with the party's word speaks for the party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, party, target), show(cs));
  });
}

for (const [lang, body, party] of [
  ['en', 'Republican Rep. Tomas Ibarrola urged the FBI to tell every member of Congress which counties of the United States had been breached.', 'Republican Party'],
  ['es', 'La congresista demócrata Orla Pennick exigió al FBI que revele qué condados de Estados Unidos sufrieron la intrusión.', 'Democratic Party'],
  ['de', 'Der republikanische Senator Tomas Ibarrola forderte das FBI auf, die betroffenen Bezirke in den USA zu nennen.', 'Republican Party'],
] as const) {
  test(`${lang}: a member named with the party's word calls for the party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(cs.some((c) => c.claimant === party && c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body, party] of [
  // the article names no state of those parties: another state's "Democratic" lawmaker
  ['en', 'Democratic lawmaker Kim Dohyun said North Korean hackers had stolen files from the nuclear institute in South Korea.', 'Democratic Party'],
  // an office of state is the state's, whatever party holds it
  ['en', 'Republican Secretary of State Tomas Ibarrola said Russian hackers had scanned the voter rolls of the United States.', 'Republican Party'],
  // the word with no member's role
  ['es', 'Según expertos de Estados Unidos, el sistema demócrata de control fue vulnerado por hackers rusos.', 'Democratic Party'],
] as const) {
  test(`${lang}: no claim of the party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.claimant === party), show(cs));
  });
}
