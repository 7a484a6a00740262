/**
 * Bare infrastructure right next to a state's name ("Velmorian infrastructure" with a real state,
 * "la infraestructura de Francia", "инфраструктуру Латвии", "法国基础设施") is that state's critical
 * infrastructure where the act hits it; infrastructure of one organisation ("its", "our", "the
 * government's") or the attackers' means ("used Latvian infrastructure") is not. Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const ci = (text: string, lang: string) => sectors(text, lang).includes('critical-infrastructure');

test('a state\'s infrastructure hit is critical infrastructure (en, es, de, ru, fr, vi, zh)', () => {
  assert.ok(ci('Brief\nThe intruders hid inside Latvian infrastructure to prepare sabotage, the hackers\' victims said.\nSource: x', 'en'));
  assert.ok(ci('Brief\nThe hackers attacked French infrastructure over the weekend.\nSource: x', 'en'));
  assert.ok(ci('Resumen\nLos hackers atacaron la infraestructura de Francia durante el fin de semana.\nSource: x', 'es'));
  assert.ok(ci('Kurz\nDie Hacker haben sich in lettischer Infrastruktur eingenistet und Angriffe vorbereitet.\nSource: x', 'de'));
  assert.ok(ci('Кратко\nХакеры атаковали инфраструктуру Латвии в выходные.\nSource: x', 'ru'));
  assert.ok(ci("Brève\nLes pirates ont attaqué les infrastructures de la Lettonie ce week-end.\nSource: x", 'fr'));
  assert.ok(ci('Tóm tắt\nTin tặc đã tấn công hạ tầng của Pháp vào cuối tuần.\nSource: x', 'vi'));
  assert.ok(ci('简讯\n黑客攻击了法国基础设施。\nSource: x', 'zh'));
});

test('one organisation\'s infrastructure names no sector (en, es, de)', () => {
  assert.equal(ci('Brief\nThe hackers attacked its infrastructure over the weekend.\nSource: x', 'en'), false);
  assert.equal(ci('Resumen\nLos ataques contra nuestra infraestructura continúan.\nSource: x', 'es'), false);
  assert.equal(ci('Kurz\nHacker griffen die Infrastruktur der Regierung an.\nSource: x', 'de'), false);
});

test('the attackers\' means is no target (en, ru, zh, fr)', () => {
  assert.equal(ci('Brief\nThe hackers used Latvian infrastructure to attack a regional bank.\nSource: x', 'en'), false);
  assert.equal(ci('Кратко\nХакеры атаковали банк через латвийскую инфраструктуру.\nSource: x', 'ru'), false);
  assert.equal(ci('简讯\n黑客利用法国基础设施攻击了银行。\nSource: x', 'zh'), false);
  assert.equal(ci("Brève\nLes pirates ont attaqué une banque depuis des infrastructures lettonnes.\nSource: x", 'fr'), false);
});
