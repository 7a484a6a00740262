/**
 * A sector named a few words after a word that ties the operators to their sponsor ("linked to",
 * "rattachés au", "vinculados a", "связанные с", "im Auftrag des") is the side behind the act, not a
 * sector hit; a hostile act between ends the sponsor's phrase, and what that act hits stays a
 * victim, as does any word that cannot belong to the sponsor's name. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('the sponsor after a link word is no target (en, fr, es, ru, de)', () => {
  assert.deepEqual(sectors('Brief\nHackers tied to the Defence Ministry of Velmoria broke into a regional bank.\nSource: x', 'en'), ['finance']);
  assert.deepEqual(sectors('Brief\nThe breach of a regional bank was the work of APT00, a unit controlled by the General Staff of the Armed Forces.\nSource: x', 'en'), ['finance']);
  assert.deepEqual(sectors('Brève\nDes pirates rattachés au ministère russe de la Défense ont attaqué une banque régionale.\nSource: x', 'fr'), ['finance']);
  assert.deepEqual(sectors('Resumen\nPiratas vinculados a las fuerzas armadas velmorianas atacaron un banco regional.\nSource: x', 'es'), ['finance']);
  assert.deepEqual(sectors('Кратко\nХакеры, связанные с Министерством обороны Велмории, атаковали региональный банк.\nSource: x', 'ru'), ['finance']);
  assert.deepEqual(sectors('Kurz\nHacker im Auftrag des Verteidigungsministeriums haben eine Bank angegriffen.\nSource: x', 'de'), ['finance']);
});

test('what the act after the link hits stays a victim (en, fr, es, ru)', () => {
  assert.ok(sectors('Brief\nHackers linked to Velmoria attacked ministries and a regional bank.\nSource: x', 'en').includes('government'));
  assert.ok(sectors('Brève\nDes pirates liés à la Velmorie ont attaqué des ministères et une banque.\nSource: x', 'fr').includes('government'));
  assert.ok(sectors('Resumen\nPiratas vinculados a Velmoria atacaron ministerios y un banco.\nSource: x', 'es').includes('government'));
  assert.ok(sectors('Кратко\nХакеры, связанные с Велморией, атаковали министерства и банк.\nSource: x', 'ru').includes('government'));
});

test('a verb or object after the link ends the sponsor\'s phrase (en, de)', () => {
  assert.ok(sectors('Brief\nHackers linked to Velmoria have stolen data from several banks.\nSource: x', 'en').includes('finance'));
  assert.ok(sectors('Kurz\nHacker mit Verbindungen zur Regierung haben Ministerien ausgespäht.\nSource: x', 'de').includes('government'));
});
