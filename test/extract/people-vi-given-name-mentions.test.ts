/**
 * Vietnamese call a person by the given name, the last word of the full name, after an honorific
 * ("Thượng tá Triệu Minh Tùng ... Ông Tùng cho biết"): that mention is the person's, and a speech verb
 * after it makes them speak. Chinese names in Vietnamese keep the family name ("bà Mao"), and other
 * languages the surname ("Lindqvist said", "Бурцев добавил"). A given name after an honorific with no
 * full name before it is no person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('vi: "ông Tùng" is the person named "Triệu Minh Tùng" before, and speaks', () => {
  assert.deepEqual(people('Ông Triệu Minh Tùng đã tham dự hội nghị tại Hà Nội. Ông Tùng cho biết thêm rằng các cuộc tấn công gia tăng.', 'vi'), ['Triệu Minh Tùng']);
});

test('vi: with two people of one given name, the one named last', () => {
  const text = 'Ông Lê Văn Tùng đã tham dự hội nghị. Sau đó ông Phạm Quốc Tùng cũng đến dự. Ông Tùng cho biết các cuộc tấn công gia tăng.';
  assert.deepEqual(people(text, 'vi'), ['Phạm Quốc Tùng']);
});

test('en, ru: a later surname mention speaks for the person', () => {
  assert.deepEqual(people('Minister Oskar Lindahl attended the meeting in Oslo. Lindahl said the attacks were increasing.', 'en'), ['Oskar Lindahl']);
  assert.equal(people('Министр Олег Скворцов прибыл в Осло. Скворцов заявил, что атаки участились.', 'ru').length, 1);
});

test('vi: a given name alone after an honorific, with no full name before, is no person', () => {
  assert.deepEqual(people('Ông Tùng cho biết các cuộc tấn công gia tăng.', 'vi'), []);
});
