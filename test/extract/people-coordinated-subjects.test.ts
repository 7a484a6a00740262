/**
 * Coordinated subjects: two people joined by a conjunction before one verb ("Foreign Minister A and
 * Defence Minister B condemned ...", "A und B verurteilten", "A et B ont dénoncé", "A y B
 * denunciaron", "A и B заявили", "A和B表示", "A và B cho biết") both act. The first person, or their
 * role phrase, opens the clause: an object joined to the next subject ("X met Ambassador Q and
 * Minister P said") does not act, nor do people joined as objects after a verb.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('en, de, fr, es: both coordinated people with roles act', () => {
  assert.deepEqual(people('Foreign Minister Halvard Lindqvist and Defence Minister Imogen Blackwood condemned the attack.', 'en'), ['Halvard Lindqvist', 'Imogen Blackwood']);
  assert.deepEqual(people('Außenministerin Gudrun Albrecht und Innenminister Bernd Kollwitz verurteilten den Angriff.', 'de'), ['Gudrun Albrecht', 'Bernd Kollwitz']);
  assert.deepEqual(people('Le ministre Lucien Dorval et la ministre Clémence Vautrin ont dénoncé une attaque russe.', 'fr'), ['Lucien Dorval', 'Clémence Vautrin']);
  assert.deepEqual(people('El ministro Rodrigo Salvatierra y la portavoz Pilar Escudero denunciaron el ataque.', 'es'), ['Rodrigo Salvatierra', 'Pilar Escudero']);
});

test('ru, zh, vi: both coordinated people act', () => {
  assert.equal(people('Министр Олег Скворцов и его заместитель Виктор Бурцев заявили, что атака отражена.', 'ru').length, 2);
  assert.deepEqual(people('外交部发言人郭振华和国防部发言人李明远表示，中方坚决反对。', 'zh'), ['Guo Zhenhua', 'Li Mingyuan']);
  assert.equal(people('Bộ trưởng Nguyễn Văn Lâm và Thứ trưởng Lê Hoàng Phúc cho biết các cuộc tấn công đã bị ngăn chặn.', 'vi').length, 2);
});

test('en, de: an object joined to the next subject, or objects after a verb, do not act', () => {
  assert.deepEqual(people('Minister Halvard Lindqvist met Ambassador Rosalind Achterberg and Foreign Minister Imogen Blackwood said the talks went well.', 'en'), ['Imogen Blackwood']);
  assert.deepEqual(people('Ministerin Gudrun Albrecht sagte, die Hacker hätten Jörg Brenner und Tobias Reinhardt ausspioniert.', 'de'), ['Gudrun Albrecht']);
});
