/**
 * A state's government named beside the state is the state acting ("the Chinese government said"),
 * unless it is the object of the hostile act (after the act and its victim marker: "attacks on
 * Estonian ministries", "contra el Gobierno de Ucrania"; in Chinese, between 对 and the act) or an
 * item of a list of targeted sectors. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('the government after a hostile act and its victim marker is a victim (en, es, ru, fr)', () => {
  assert.ok(sectors('Report\nThe unit carried out cyberattacks on several Latvian ministries last spring.\nSource: x', 'en').includes('government'));
  assert.ok(sectors('Informe\nEl grupo lanzó ciberataques contra el Gobierno de Letonia en marzo.\nSource: x', 'es').includes('government'));
  assert.ok(sectors('Отчет\nГруппа провела кибератаки против правительства Латвии в марте.\nSource: x', 'ru').includes('government'));
  assert.ok(sectors('Rapport\nLe groupe a mené des cyberattaques contre le gouvernement letton en mars.\nSource: x', 'fr').includes('government'));
});

test('the government as the agent or sponsor of the act stays the state acting (en, es, fr)', () => {
  assert.deepEqual(sectors('Report\nHackers linked to the Latvian government breached a bank in Oslo.\nSource: x', 'en').filter((s) => s === 'government'), []);
  assert.deepEqual(sectors('Informe\nLos ataques del Gobierno ruso afectaron a un banco de Oslo.\nSource: x', 'es').filter((s) => s === 'government'), []);
  assert.deepEqual(sectors('Rapport\nDes pirates liés au gouvernement letton ont attaqué une banque à Oslo.\nSource: x', 'fr').filter((s) => s === 'government'), []);
});

test('zh: 对 + the government + the act makes the government a victim', () => {
  assert.ok(sectors('报告\n该组织去年对拉脱维亚议员实施了网络攻击。\nSource: x', 'zh').includes('government'));
  assert.ok(sectors('报告\n该组织针对拉脱维亚政府机构发动网络攻击。\nSource: x', 'zh').includes('government'));
});

test('only a list joins a state\'s government to targeted sectors: a verb between two mentions does not (en, fr)', () => {
  assert.deepEqual(sectors('Brief\nHackers tied to the Latvian government accessed networks of Norwegian broadband providers.\nSource: x', 'en'), ['telecommunications']);
  assert.ok(sectors('Brief\nThe hackers breached Norwegian telecoms firms and Latvian government agencies.\nSource: x', 'en').includes('government'));
  assert.deepEqual(sectors('Brève\nDes pirates proches du gouvernement letton ont piraté des opérateurs télécoms norvégiens.\nSource: x', 'fr'), ['telecommunications']);
});
