/**
 * A word for a group of states next to a government word ("Western governments", "gouvernements
 * occidentaux", "западные правительства", "西方政府", "các chính phủ phương Tây") is those states
 * acting, as a state's own name is ("the Chinese government"): not a targeted sector, unless it is
 * the act's object ("attacks on Western governments"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(`Brief\n${text}\nSource: x`, { lang }).sectors.map((s) => s.name).sort();

const acting: [string, string][] = [
  ['en', 'Western governments blamed the hackers for the attack on the grid.'],
  ['fr', 'Les gouvernements occidentaux ont attribué la cyberattaque à Moscou.'],
  ['ru', 'Западные правительства связывают кибератаку с группировкой из Москвы.'],
  ['de', 'Westliche Regierungen machen die Hacker für den Cyberangriff verantwortlich.'],
  ['es', 'Los gobiernos occidentales atribuyeron el ciberataque a Moscú.'],
  ['zh', '西方政府将这次网络攻击归咎于黑客组织。'],
  ['vi', 'Các chính phủ phương Tây quy trách nhiệm vụ tấn công mạng cho nhóm tin tặc.'],
];
for (const [lang, text] of acting) {
  test(`${lang}: a bloc's governments that accuse are no target`, () => {
    assert.ok(!sectors(text, lang).includes('government'), sectors(text, lang).join(','));
  });
}

const hit: [string, string][] = [
  ['en', 'The hackers launched attacks on Western governments for years.'],
  ['fr', 'Les pirates ont lancé des attaques contre les gouvernements occidentaux.'],
  ['ru', 'Хакеры провели атаки на западные правительства.'],
  ['de', 'Die Hacker verübten Angriffe auf westliche Regierungen.'],
  ['zh', '黑客对西方政府发动了网络攻击。'],
];
for (const [lang, text] of hit) {
  test(`${lang}: a bloc's governments that are the act's object are its target`, () => {
    assert.ok(sectors(text, lang).includes('government'), sectors(text, lang).join(','));
  });
}
