/**
 * A state named inside the words an official's speech verb reports is what they say, not whose official they are,
 * with or without a complementiser: "Minister X said Russia had ...", "X cho biết Nga ...", "X表示，俄罗斯...",
 * "X sagte, Russland stecke ..." gave the official the accused state, and their warning was the accused state's.
 * An "attorney general" holds an office of state: with no state in the role phrase, the article's home state is theirs.
 * Negatives: a state in the role phrase stays the official's, also when they deny for it; a place adjunct right after
 * the verb ("said in Beijing") opens no reported words. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const stateOf = (text: string, name: string) => extract(text).people.find((p) => p.name === name)?.speaks_for;
const claims = (text: string) => extract(text).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

const REPORTED: Array<{ lang: string; text: string; name: string; accused: string }> = [
  { lang: 'en', text: 'Deputy Foreign Minister Lukas Orbendt said Russia had carried out the attack on the ministry.', name: 'Lukas Orbendt', accused: 'RU' },
  { lang: 'vi', text: 'Thứ trưởng Bộ Ngoại giao Trần Văn Khải cho biết Nga đứng sau vụ tấn công mạng.', name: 'Trần Văn Khải', accused: 'RU' },
  { lang: 'zh', text: '国防部副部长李明表示，俄罗斯对这次网络攻击负有责任。', name: 'Li Ming', accused: 'RU' },
  { lang: 'de', text: 'Staatssekretärin Lena Orbendt sagte, Russland stecke hinter dem Angriff auf das Ministerium.', name: 'Lena Orbendt', accused: 'RU' },
];

for (const { lang, text, name, accused } of REPORTED) {
  test(`${lang}: a state in the reported words is not the official's: ${text.slice(0, 40)}`, () => {
    assert.notEqual(stateOf(text, name), accused);
  });
}

test('en: an attorney general speaks for the home state, and warns the state his words accuse', () => {
  const text = 'The U.S. Justice Department charged two men on Tuesday. Assistant Attorney General Lukas Orbendt said Russia had directed the campaign, and warned that such attacks on the United States would be answered.';
  assert.equal(stateOf(text, 'Lukas Orbendt'), 'US');
  const cs = claims(text);
  assert.ok(cs.includes('US warns RU'), cs.join('; '));
  assert.ok(!cs.some((c) => c.startsWith('RU ')), cs.join('; '));
});

test('en: the state of the role phrase stays the official\'s', () => {
  assert.equal(stateOf('Russian Foreign Ministry spokeswoman Maria Orlova said Ukraine had staged the attack.', 'Maria Orlova'), 'RU');
});

test('en: an official of the accused state denying keeps his state', () => {
  const text = 'Chinese Foreign Ministry spokesman Zhou Ming said China had nothing to do with the attack.';
  assert.equal(stateOf(text, 'Zhou Ming'), 'CN');
  assert.ok(claims(text).includes('CN denies CN'), claims(text).join('; '));
});

test('ru: the role phrase names the state, the reported words another', () => {
  assert.equal(stateOf('Пресс-секретарь МИД России Мария Орлова заявила, что Украина организовала атаку.', 'Мария Орлова'), 'RU');
});

test('zh: an official of the accused state denying keeps his state', () => {
  const cs = claims('中国外交部发言人周明表示，中方从未参与任何网络攻击。');
  assert.ok(cs.some((c) => c.startsWith('CN denies')), cs.join('; '));
});
