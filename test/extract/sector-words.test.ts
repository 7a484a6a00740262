/**
 * Sector words as news writes them (inflected, singular, compound), a sector that could be hit but
 * was not, and a sector term spelled inside a name; country names in their Russian cases and English
 * plural demonyms. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { enDemonymPlural, ruNounCases } from '../../src/knowledge/data/inflect.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { linkEntities } from '../../src/extract/entities.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const doc = (body: string) => `Meldung\n${body}\nSource: x`;

test('inflected and singular sector words name the sector hit (de, es, fr, ru, en, zh)', () => {
  assert.ok(sectors(doc('Die Schadsoftware legte im März mehrere Kraftwerken nahe Hamburg lahm und wurde von Hackern eingeschleust.'), 'de').includes('energy'));
  assert.ok(sectors(doc('Los piratas informáticos atacaron a una naviera y a dos aseguradoras del país.'), 'es').includes('transportation'));
  assert.ok(sectors(doc("Les pirates ont attaqué plusieurs institutions publiques de la région la semaine dernière."), 'fr').includes('government'));
  assert.ok(sectors(doc('Хакеры атаковали серверы железной дороги и парализовали продажу билетов.'), 'ru').includes('transportation'));
  assert.ok(sectors(doc('The hackers breached a cryptocurrency exchange and stole funds worth millions.'), 'en').includes('finance'));
  assert.ok(sectors(doc('黑客攻击了当地多个变电站，导致部分地区停电。'), 'zh').includes('energy'));
});

test('a sector that could be hit is not one that was (en, ru, vi, zh, es)', () => {
  assert.deepEqual(sectors(doc('The hackers attacked the time service; a failure could disrupt banks and power grids.'), 'en'), []);
  assert.deepEqual(sectors(doc('Хакеры атаковали службу времени. Нарушение её работы могло бы привести к остановке энергосистемы и банков.'), 'ru'), []);
  assert.deepEqual(sectors(doc('Tin tặc tấn công hệ thống; nếu bị phá hoại, sự cố có thể khiến lưới điện bị gián đoạn.'), 'vi'), []);
  assert.deepEqual(sectors(doc('黑客攻击了该中心，一旦系统失灵，可能导致电网瘫痪。'), 'zh'), []);
  assert.deepEqual(sectors(doc('Los piratas atacaron el servicio, cuya caída podría paralizar la red eléctrica.'), 'es'), []);
});

test('a sector that attacks "will continue" against is a forecast, not a target (en)', () => {
  assert.deepEqual(sectors(doc('The hackers attacked the portal; the agency said attacks will continue against the energy and transport sectors.'), 'en'), []);
});

test('a German "IT-" compound is the IT sector only when it names IT firms (de)', () => {
  assert.ok(!sectors(doc('Das Amt meldete Angriffe auf Behörden und rief die IT-Bedrohungslage 3 aus.'), 'de').includes('technology'));
  assert.ok(sectors(doc('Die Hacker griffen mehrere IT-Dienstleister an und stahlen Daten.'), 'de').includes('technology'));
});

test('what was hit stays a target beside a "could" that is about the past ("who could have")', () => {
  assert.ok(sectors(doc('Officials did not say who could have hacked the hospitals last spring.'), 'en').includes('healthcare'));
});

test('a multi-word sector term written in capitals mid-sentence is part of a name (en, fr)', () => {
  assert.ok(!sectors(doc('London sanctioned the Northern Star Science and Technology Company, which it said ran the hacking campaign.'), 'en').includes('technology'));
  assert.ok(sectors(doc('Technology companies were among the victims of the hacking campaign.'), 'en').includes('technology'));
});

test('Russian country names in their cases; English plural demonyms', () => {
  assert.deepEqual(ruNounCases('Киргизия'), ['Киргизии', 'Киргизию', 'Киргизией']);
  assert.ok(ruNounCases('Новая Зеландия').includes('Новой Зеландии'));
  assert.ok(ruNounCases('Филиппины').includes('Филиппинах'));
  assert.ok(ruNounCases('Узбекистан').includes('Узбекистане'));
  assert.deepEqual(ruNounCases('Беларусь'), []);
  assert.deepEqual(enDemonymPlural('Kenyan'), ['Kenyans']);
  const text = 'Группа атаковала госорганы Киргизии, Мьянмы и Новой Зеландии.';
  const codes = new Set(linkEntities(defaultResolver(), text, text.length, 'ru').countries.map((c) => c.code));
  for (const c of ['KG', 'MM', 'NZ']) assert.ok(codes.has(c), [...codes].join(','));
});
