/**
 * A sector word inside a phrase for something every organisation has ("social media", "its IT
 * infrastructure", "internal communications", "mạng xã hội", "社交媒体", "ИТ-инфраструктура") names no
 * targeted sector; the sector word alone in the same kind of sentence still does.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('en: "claimed the attacks on social media", "isolated its IT infrastructure", "internal communications were hacked"', () => {
  assert.deepEqual(sectors('Brief\nA group claimed the attacks on social media on Friday.\nSource: x', 'en'), []);
  assert.deepEqual(sectors('Brief\nAfter the intrusion the agency isolated its IT infrastructure.\nSource: x', 'en'), []);
  assert.deepEqual(sectors('Brief\nThe campaign said its internal communications had been hacked.\nSource: x', 'en'), []);
});

test('vi, es, de, fr: the same phrases', () => {
  assert.deepEqual(sectors('Tin nhanh\nTin tặc đã tấn công và làm tê liệt hạ tầng công nghệ thông tin của bộ.\nSource: x', 'vi'), []);
  assert.deepEqual(sectors('Breve\nEl grupo reivindicó el ciberataque en las redes sociales y los medios sociales.\nSource: x', 'es'), []);
  assert.deepEqual(sectors('Kurz\nDie Gruppe bekannte sich in sozialen Medien zu dem Cyberangriff.\nSource: x', 'de'), []);
  assert.deepEqual(sectors("Brève\nLe groupe a revendiqué la cyberattaque sur les médias sociaux.\nSource: x", 'fr'), []);
});

test('the sector word alone is still a target (en)', () => {
  assert.deepEqual(sectors('Brief\nThe hackers attacked newspapers and IT companies in three countries.\nSource: x', 'en'), ['media', 'technology']);
});
