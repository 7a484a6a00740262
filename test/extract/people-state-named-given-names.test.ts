/**
 * A state's name as a given or middle name. Vietnamese middle names are often spelled like a state
 * ("Ngô Đức X", "Trần Anh X"), and Latin-script given names too ("Israel X", "Georgia X", "Jordan X"):
 * after a role phrase or an honorific such a run is the person, wherever the state's word stands in it
 * (the name's first word no longer is cut off as the role's state). An article before the run makes
 * it a noun phrase ("in der Tschechischen Republik"), and a run of states alone is no name. Vietnamese
 * experts, degrees and ranks are role words ("chuyên gia X", "Đại tá X") as officials are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => [p.name, ...p.aliases]);

test('vi: a middle name spelled like a state, after an honorific or a role', () => {
  assert.deepEqual(people('Ông Ngô Đức Thắng cho biết nhóm này hoạt động từ năm 2020.', 'vi').map((n) => n[0]), ['Ngô Đức Thắng']);
  assert.deepEqual(people('Giám đốc công ty an ninh mạng Phan Đức Thịnh cho biết nhóm này hoạt động từ năm 2020.', 'vi').map((n) => n[0]), ['Phan Đức Thịnh']);
  assert.deepEqual(people('Bà Trần Anh Thư khẳng định tin tặc đến từ nước ngoài.', 'vi').map((n) => n[0]), ['Trần Anh Thư']);
});

test('en, es: a given name spelled like a state after a role', () => {
  assert.deepEqual(people('Defence Minister Israel Kazmar said the attack came from Iran.', 'en').map((n) => n[0]), ['Israel Kazmar']);
  assert.deepEqual(people('Deputy Minister Georgia Whitfield said the attack was contained.', 'en').map((n) => n[0]), ['Georgia Whitfield']);
  assert.deepEqual(people('El ministro de Defensa, Israel Kazmar, afirmó que el ataque procedía de Irán.', 'es').map((n) => n[0]), ['Israel Kazmar']);
});

test('vi: experts, degrees and ranks are role words', () => {
  assert.deepEqual(people('Chuyên gia Vũ Ngọc Sơn nhận định các cuộc tấn công có dấu hiệu được nhà nước hậu thuẫn.', 'vi').map((n) => n[0]), ['Vũ Ngọc Sơn']);
  assert.deepEqual(people('Theo Đại tá Nguyễn Văn Lâm, các cuộc tấn công đã bị ngăn chặn.', 'vi').map((n) => n[0]), ['Nguyễn Văn Lâm']);
});

test('de, en, vi: an article before the run, states alone, a role without a name: no person', () => {
  assert.deepEqual(people('Der Sprecher der Botschaft in der Tschechischen Republik erklärte, die Vorwürfe seien haltlos.', 'de'), []);
  assert.deepEqual(people('Britain Smith said the attack came from Iran.', 'en'), []);
  assert.deepEqual(people('Các chuyên gia cho biết nhóm này hoạt động từ năm 2020.', 'vi'), []);
});
