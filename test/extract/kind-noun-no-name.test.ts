/**
 * A noun for a kind of speaker made of a field word and a role word ("安全专家", "资安分析师", "security experts",
 * "chuyên gia an ninh") opens a clause before a verb of speech: the field word is no name and the role word no
 * role of a person named before it ("安全专家提醒" is no "An Quan", expert). A real name before the same role word
 * still is one. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

const NO_PERSON: Array<[string, string]> = [
  ['zh', '安全专家提醒，海湾国家的能源企业应警惕APT33的钓鱼邮件。'],
  ['zh', '安全分析师认为，APT41的活动近期明显增多。'],
  // Traditional characters
  ['zh', '安全專家提醒，海灣國家的能源企業應警惕APT33的釣魚郵件。'],
  ['en', 'Security experts warned that APT33 had sent phishing emails to energy firms in the Gulf.'],
  ['vi', 'Các chuyên gia an ninh cảnh báo nhóm APT33 đã gửi thư lừa đảo tới các công ty năng lượng vùng Vịnh.'],
];
for (const [lang, body] of NO_PERSON) {
  test(`${lang}: a noun for a kind of speaker names no person: ${body.slice(0, 30)}`, () => {
    assert.deepEqual(people(body, lang), []);
  });
}

test('zh: a real name before the same role word is still a person', () => {
  assert.deepEqual(people('安明专家指出，APT41入侵了多家能源企业。', 'zh'), ['An Ming']);
  assert.deepEqual(people('郭振华副部长表示，APT41入侵了多家能源企业。', 'zh'), ['Guo Zhenhua']);
});
