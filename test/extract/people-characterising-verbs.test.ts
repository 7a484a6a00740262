/**
 * Characterising what happened is an official's act as saying is ("X called it a carefully planned raid",
 * "X bezeichnete den Angriff als gezielt", "X gọi đây là một hành vi tấn công"): the person acts. The passive
 * ("wird als ... bezeichnet", "được gọi là") names what is called, no person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('de, vi: characterising verbs after a named official', () => {
  assert.deepEqual(people('Minister Jan Kowal bezeichnete den Angriff als gezielten Einbruch.', 'de'), ['Jan Kowal']);
  assert.deepEqual(people('Ministerin Jana Kowal bezeichnet die Attacke als Spionage.', 'de'), ['Jana Kowal']);
  assert.deepEqual(people('Bộ trưởng Tư pháp Nguyễn Văn Hùng gọi đây là một hành vi tấn công được chuẩn bị kỹ lưỡng.', 'vi'), ['Nguyễn Văn Hùng']);
  assert.deepEqual(people('Bộ trưởng Tư pháp John Kowal gọi vụ việc này là nghiêm trọng.', 'vi'), ['John Kowal']);
});

test('en, fr, es: the same act in other languages', () => {
  assert.deepEqual(people('Attorney General John Kowal called it a carefully planned raid on customer records.', 'en'), ['John Kowal']);
  assert.deepEqual(people("Le ministre Jean Kowal a qualifié l'attaque d'intrusion délibérée.", 'fr'), ['Jean Kowal']);
  assert.deepEqual(people('El ministro Juan Kowal calificó el ataque de intrusión deliberada.', 'es'), ['Juan Kowal']);
});

test('de, vi: the passive names no person', () => {
  assert.deepEqual(people('Der Angriff wird von Experten als gezielt bezeichnet.', 'de'), []);
  assert.deepEqual(people('Nhóm tin tặc này được gọi là Ocean Lotus.', 'vi'), []);
});
