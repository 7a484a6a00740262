/**
 * States listed where an attacker's infrastructure sits (jump servers, proxies, IP addresses) are
 * places the traffic passed through, not parties; the same list after a victim word still is.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const codes = (text: string, lang: string) => extract(text, { lang }).countries.map((c) => c.code).sort();

test('a list of states after a noun of attack infrastructure names no parties (en, fr, ru, zh, vi)', () => {
  assert.deepEqual(codes('Report\nThe attackers used jump servers located in Norway, Chile, Portugal and Kenya to hide the intrusion.\nSource: x', 'en'), []);
  assert.deepEqual(codes("Rapport\nLes pirates ont utilisé des serveurs relais situés en Norvège, au Chili, au Portugal et au Kenya pour masquer l'attaque.\nSource: x", 'fr'), []);
  assert.deepEqual(codes('Отчет\nХакеры использовали серверы, расположенные в Норвегии, Чили, Португалии и Кении, чтобы скрыть атаку.\nSource: x', 'ru'), []);
  assert.deepEqual(codes('报告\n攻击者使用了大量跳板机，这些跳板机主要分布在挪威、智利、葡萄牙和肯尼亚。\nSource: x', 'zh'), []);
  assert.deepEqual(codes('Báo cáo\nTin tặc tấn công dùng các máy chủ trung chuyển đặt tại Na Uy, Chile, Bồ Đào Nha và Kenya.\nSource: x', 'vi'), []);
});

test('the same list as victims of the act stays a list of parties (en, fr)', () => {
  assert.deepEqual(codes('Report\nThe attackers hacked ministries in Norway, Chile, Portugal and Kenya.\nSource: x', 'en'), ['CL', 'KE', 'NO', 'PT']);
  assert.deepEqual(codes("Rapport\nLes pirates ont attaqué des ministères en Norvège, au Chili, au Portugal et au Kenya.\nSource: x", 'fr'), ['CL', 'KE', 'NO', 'PT']);
});
