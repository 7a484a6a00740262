/**
 * Effects told with no act word: what went out, stopped, was damaged or lost names the sector hit
 * ("the lights went out and hospitals switched to generators", "Schäden verursacht", "a perdu la
 * supervision", "перебои в работе", "ngừng hoạt động", "停电或系网络破坏"). An outage noun alone is
 * no cue: a group's earlier blackouts are its background, not this article's target.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('en: "the lights went out ..., hospitals switched to generators" names the hospitals hit', () => {
  const text = 'Night of the outage\nWhen the lights went out across Velmora on Tuesday, hospitals switched to generators for six hours.\nSource: x';
  assert.ok(sectors(text, 'en').includes('healthcare'), sectors(text, 'en').join(','));
});

test('de: "Schäden verursacht" and "beschädigt" tell the effect', () => {
  const text = 'Kommentar\nDer Wurm hat in mehreren Ländern Schäden verursacht, unter anderem bei Kraftwerken im Norden.\nSource: x';
  assert.ok(sectors(text, 'de').includes('energy'), sectors(text, 'de').join(','));
});

test('fr: "a perdu la supervision de" tells the effect', () => {
  const text = "Analyse\nEn Bavière, un hôpital régional a perdu la supervision de ses équipements pendant deux jours.\nSource: x";
  assert.ok(sectors(text, 'fr').includes('healthcare'), sectors(text, 'fr').join(','));
});

test('ru: "перебои в работе" and "вывод из строя" tell the effect', () => {
  const text = 'Сводка\nПассажиры сообщили о перебоях в работе сайта железной дороги в понедельник.\nSource: x';
  assert.ok(sectors(text, 'ru').includes('transportation'), sectors(text, 'ru').join(','));
});

test('es: "quedaron inaccesibles" tells the effect', () => {
  const text = 'Incidente\nLos portales de varios bancos quedaron inaccesibles durante la mañana del lunes.\nSource: x';
  assert.ok(sectors(text, 'es').includes('finance'), sectors(text, 'es').join(','));
});

test('vi: "ngừng hoạt động" tells the effect', () => {
  const text = 'Tin nhanh\nHệ thống bán vé của nhiều sân bay đã ngừng hoạt động trong ba giờ sáng nay.\nSource: x';
  assert.ok(sectors(text, 'vi').includes('transportation'), sectors(text, 'vi').join(','));
});

test('zh: a threat word in the same clause ("停电或系网络破坏") counts for the clause scope', () => {
  const text = '简讯\n官员称，该市上月电网停电或系“网络破坏”，调查仍在进行。\nSource: x';
  assert.ok(sectors(text, 'zh').includes('energy'), sectors(text, 'zh').join(','));
});

test('an outage noun alone does not make its sentence tell an act (en, de, fr)', () => {
  assert.deepEqual(sectors('Profile\nThe group is the one behind the 2015 blackouts, a state government said.\nSource: x', 'en'), []);
  assert.deepEqual(sectors('Profil\nDie Gruppe sorgte früher für Stromausfälle, sagte die Regierung.\nSource: x', 'de'), []);
  assert.deepEqual(sectors("Profil\nLe groupe est soupçonné d'être derrière des coupures de courant, selon le gouvernement.\nSource: x", 'fr'), []);
});
