/**
 * A peer's title before a single word is part of the name ("Lord Hartwell" is how the press names a
 * peer), while a title before a given name and surname is not ("Sir Keir Hardy"); Vietnamese role
 * words for a minister of state and for the head of a body ("Quốc vụ khanh", "Trưởng ...") introduce
 * a name; a statement noun with its medium ("video message from", "Videobotschaft des") names its
 * author. Names and sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (text: string, lang: string) => extract(`Tin tức\n${text}\nSource: x`, { lang }).people.map((p) => p.name);

test('en: a peer named by title and one word keeps the title', () => {
  assert.deepEqual(names('Foreign Office minister Lord Hartwell said the attack was reckless.', 'en'), ['Lord Hartwell']);
  assert.deepEqual(names('The minister, Baroness Quill, said the group was responsible.', 'en'), ['Baroness Quill']);
  assert.deepEqual(names('Sir Keir Hardy said the attack was reckless.', 'en'), ['Keir Hardy']);
});

test('fr, de, vi: the English peer title stays in the name', () => {
  assert.deepEqual(names('Le ministre britannique Lord Hartwell a déclaré que le groupe était responsable.', 'fr'), ['Lord Hartwell']);
  assert.deepEqual(names('Der britische Staatsminister Lord Hartwell sagte, die Gruppe sei verantwortlich.', 'de'), ['Lord Hartwell']);
  assert.deepEqual(names('Quốc vụ khanh Bộ Ngoại giao và Phát triển Anh Lord Hartwell cho rằng nhóm này đứng sau vụ tấn công.', 'vi'), ['Lord Hartwell']);
});

test('vi: the head of a body ("Trưởng ...") introduces a name', () => {
  assert.deepEqual(names('Trưởng cơ quan an ninh mạng Lê Văn Tám cho biết vụ tấn công đã bị chặn.', 'vi'), ['Lê Văn Tám']);
  assert.deepEqual(names('Trưởng KSND Ardi Wiranata: Vụ tấn công sử dụng một biến thể mới.', 'vi'), ['Ardi Wiranata']);
});

test('a statement noun with its medium ("video message from", "mensaje en vídeo del", "message vidéo du", "Videobotschaft des") makes the person named after the role its author', () => {
  assert.deepEqual(names('Mensaje en vídeo del primer ministro albanés, Anton Keller, difundido en sus redes sociales el lunes.', 'es'), ['Anton Keller']);
  assert.deepEqual(names('Message vidéo du Premier ministre de Albanie, Anton Keller, diffusé lundi sur les réseaux sociaux.', 'fr'), ['Anton Keller']);
  assert.deepEqual(names('Videobotschaft des Ministerpräsidenten von Albanien, Anton Keller, am Montag in sozialen Netzwerken verbreitet.', 'de'), ['Anton Keller']);
  assert.deepEqual(names('Video message from the Prime Minister of Albania, Anton Keller, posted on social media on Monday.', 'en'), ['Anton Keller']);
  assert.deepEqual(names('Thông điệp video của Thủ tướng Albania Anton Keller được đăng trên mạng xã hội hôm thứ Hai.', 'vi'), ['Anton Keller']);
});
