/**
 * What stands between a group's name and its group noun does not hide the noun: a descriptor of the group's
 * kind between 的 and the noun ("名为“X”的网络间谍组织"), a gloss in brackets in any script after the name
 * ("「X」（gloss）的駭客組織", "als «X» (gloss) bezeichnete Gruppe"), a capitalised sentence-opening group word
 * ("Хактивистская группа X") and a genitive of who its members are ("группировка вымогателей X"). Negatives:
 * malware, a campaign and a company named the same way. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('a kind of group between 的 and the group noun, or a gloss after the name, keeps the noun deciding (zh)', () => {
  assert.deepEqual(groups('安全公司表示，一个名为“Ironfish”的网络间谍组织曾入侵多个政府机构。', 'zh'), ['Ironfish']);
  assert.deepEqual(groups('该公司将攻击归于其命名为「Ironfish」（铁鱼）的黑客组织。', 'zh'), ['Ironfish']);
});

test('a gloss between the name and its naming verb (de)', () => {
  assert.deepEqual(groups('Die von Velmora als «Silt Heron» (Schlickreiher) bezeichnete Spionagegruppe griff Reedereien an.', 'de'), ['Silt Heron']);
});

test('a capitalised group word opening the sentence, or a genitive of its members, introduces the name (ru)', () => {
  assert.deepEqual(groups('Хактивистская группа Silt Heron с 2023 года атакует организации в России.', 'ru'), ['Silt Heron']);
  assert.deepEqual(groups('Компания обеспечивала инфраструктуру участникам группировки вымогателей Silt Heron.', 'ru'), ['Silt Heron']);
  assert.deepEqual(groups('Группа хакеров Silt Heron взломала сайт министерства.', 'ru'), ['Silt Heron']);
});

test('malware, a campaign and a company stay no group (negatives: zh, de, ru)', () => {
  assert.deepEqual(groups('研究人员发现一个名为“Ironfish”的网络攻击活动，黑客窃取了数据。', 'zh'), []);
  assert.deepEqual(groups('研究人员发现名为「Ironfish」（铁鱼）的恶意软件，黑客利用它窃取数据。', 'zh'), []);
  assert.deepEqual(groups('Die von Velmora als «Silt Heron» (Schlickreiher) bezeichnete Schadsoftware traf Reedereien.', 'de'), []);
  assert.deepEqual(groups('Группа компаний Silt Heron сообщила о росте выручки.', 'ru'), []);
});
