/**
 * Two ways the media (or another sector's people) are named without being hit:
 * - a disguise: the operators pose as them ("posing as journalists", "suplantaron a periodistas",
 *   "se faisant passer pour des journalistes", "giả danh nhà báo", "冒充记者");
 * - a source or venue: the story comes from them ("Nach Recherchen der Zeitung", "據美國媒體報導",
 *   "viết trên tờ báo", "alegaciones difundidas por varios medios").
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('a disguise is not a victim (en, es, fr, vi, zh, ru)', () => {
  assert.deepEqual(sectors('Campaign\nThe hackers targeted academics while posing as journalists from a magazine.\nSource: x', 'en'), []);
  assert.deepEqual(sectors('Campaña\nLos operadores suplantaron a periodistas para atacar a académicos.\nSource: x', 'es'), []);
  assert.deepEqual(sectors("Campagne\nLes pirates ont ciblé des chercheurs en se faisant passer pour des journalistes.\nSource: x", 'fr'), []);
  assert.deepEqual(sectors('Chiến dịch\nTin tặc giả danh nhà báo để tấn công các học giả.\nSource: x', 'vi'), []);
  assert.deepEqual(sectors('简讯\n黑客冒充记者对学者发动网络攻击。\nSource: x', 'zh'), []);
  assert.deepEqual(sectors('Кампания\nХакеры атаковали учёных, выдавая себя за журналистов.\nSource: x', 'ru'), []);
});

test('the victims of the same sentence stay (en, es)', () => {
  assert.deepEqual(sectors('Campaign\nPosing as journalists, the hackers attacked universities in three countries.\nSource: x', 'en'), ['education']);
  assert.deepEqual(sectors('Campaña\nSuplantando a periodistas, los piratas atacaron universidades de tres países.\nSource: x', 'es'), ['education']);
});

test('the media as a source or venue is not a victim (de, zh, vi, es)', () => {
  assert.deepEqual(sectors('Kommentar\nNach Recherchen der Medien steckte ein Geheimdienst hinter dem Cyberangriff.\nSource: x', 'de'), []);
  assert.deepEqual(sectors('簡訊\n據美國媒體報導，駭客攻擊持續數月。\nSource: x', 'zh'), []);
  assert.deepEqual(sectors('Bình luận\nÔng viết trên tờ báo rằng vụ tấn công mạng là do một nhóm tin tặc thực hiện.\nSource: x', 'vi'), []);
  assert.deepEqual(sectors('Comunicado\nRechazamos las acusaciones de ciberataque difundidas por varios medios de comunicación.\nSource: x', 'es'), []);
});
