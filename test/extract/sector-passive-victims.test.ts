/**
 * A state body or a sector's people as the subject of a hostile act's passive ("the foreign ministry
 * was hacked", "das Außenministerium wurde angegriffen", "el ministerio fue atacado", "外交部遭到黑客
 * 攻击") are its victims, as they are after an active act; the same body that speaks, or that is only
 * the subject of another verb, is not. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const gov = (text: string, lang: string) => sectors(text, lang).includes('government');

test('a state body before a hostile passive is hit (en, de, fr, es, ru, vi, zh)', () => {
  assert.ok(gov('Brief\nThe foreign ministry of Latvia was hacked in the spring.\nSource: x', 'en'));
  assert.ok(gov('Kurz\nDas Außenministerium wurde im Frühjahr von Hackern angegriffen.\nSource: x', 'de'));
  assert.ok(gov('Brève\nLe ministère a été piraté au printemps.\nSource: x', 'fr'));
  assert.ok(gov('Resumen\nEl ministerio fue atacado por piratas en primavera.\nSource: x', 'es'));
  assert.ok(gov('Кратко\nМинистерство было атаковано хакерами весной.\nSource: x', 'ru'));
  assert.ok(gov('Tóm tắt\nBộ Ngoại giao bị tin tặc tấn công vào mùa xuân.\nSource: x', 'vi'));
  assert.ok(gov('简讯\n今年春天，外交部遭到黑客攻击。\nSource: x', 'zh'));
});

test('a sector\'s people before a hostile passive are hit (en, es)', () => {
  assert.ok(gov('Brief\nSeveral officials were targeted by the hackers in the spring.\nSource: x', 'en'));
  assert.ok(gov('Resumen\nVarios ministerios fueron atacados por piratas en primavera.\nSource: x', 'es'));
});

test('the body as speaker or as subject of another verb is no victim (en, de, fr, ru, zh)', () => {
  assert.equal(gov('Brief\nThe foreign ministry said a bank was hacked in the spring.\nSource: x', 'en'), false);
  assert.equal(gov('Brief\nThe ministry was informed that hackers attacked a bank.\nSource: x', 'en'), false);
  assert.equal(gov('Kurz\nDas Außenministerium erklärte, eine Bank sei von Hackern angegriffen worden.\nSource: x', 'de'), false);
  assert.equal(gov('Brève\nLe ministère a été informé que des pirates ont attaqué une banque.\nSource: x', 'fr'), false);
  assert.equal(gov('Кратко\nМинистерство сообщило, что банк был атакован хакерами.\nSource: x', 'ru'), false);
  assert.equal(gov('简讯\n外交部发言人表示，一家银行遭到黑客攻击。\nSource: x', 'zh'), false);
});
