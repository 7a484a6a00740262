/**
 * A press event or press office ("a press conference", "point de presse", "rueda de prensa",
 * "Pressekonferenz", "пресс-служба", "họp báo", "新闻发布会") is where or by whom a statement was made,
 * not a targeted media sector; the media named as the act's victims still are.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('fr, es: "lors d\'une conférence de presse", "point de presse", "en rueda de prensa"', () => {
  assert.deepEqual(sectors(brief("Lors d'une conférence de presse, le ministre Paul Varon a dit que des pirates ont attaqué les hôpitaux."), 'fr'), ['healthcare']);
  assert.deepEqual(sectors(brief('Lors du point de presse quotidien, la porte-parole a accusé la Borvanie des cyberattaques.'), 'fr'), []);
  assert.deepEqual(sectors(brief('En rueda de prensa, el ministro dijo que los hackers atacaron varios bancos.'), 'es'), ['finance']);
});

test('vi, zh, ru, de, en: press releases, press services and briefings', () => {
  assert.deepEqual(sectors(brief('Thông cáo báo chí cho biết tin tặc đã tấn công máy chủ thanh toán của một ngân hàng ở Hải Phòng.'), 'vi'), ['finance']);
  assert.deepEqual(sectors(brief('外交部发言人在新闻发布会上表示，黑客攻击了多家银行。'), 'zh'), ['finance']);
  assert.deepEqual(sectors(brief('Как сообщила пресс-служба компании, хакеры атаковали её серверы.'), 'ru'), []);
  assert.deepEqual(sectors(brief('Auf einer Pressekonferenz nannte die Polizei Einzelheiten zu den Cyberangriffen auf Banken.'), 'de'), ['finance']);
  assert.deepEqual(sectors(brief("The army's media wing said hackers had attacked the phones of officers."), 'en'), []);
});

test('the media as victims are still a sector (fr, ru, en)', () => {
  assert.deepEqual(sectors(brief('Des pirates ont attaqué plusieurs médias et journaux du pays.'), 'fr'), ['media']);
  assert.deepEqual(sectors(brief('Хакеры атаковали сайты нескольких СМИ.'), 'ru'), ['media']);
  assert.deepEqual(sectors(brief('The hackers attacked newspapers and broadcasters after the press conference.'), 'en'), ['media']);
});
