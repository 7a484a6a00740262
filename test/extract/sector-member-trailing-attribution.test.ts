/**
 * People of a sector named after the act are its victims ("the group targeted officials in two
 * capitals"), unless a later speech or stance verb is theirs ("officials said"). A verb that comes
 * after a clause break is another subject's, a trailing attribution ("..., the researchers said")
 * or the main clause's participle ("..., приписав её ..."), so the victims stay victims.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('en: "targeted officials in two capitals, the researchers said" keeps the officials as victims', () => {
  const text = 'Brief\nThe crew behind the implant also targeted officials in Velmora and Ostrava last spring, the researchers said.\nSource: x';
  assert.ok(sectors(text, 'en').includes('government'), sectors(text, 'en').join(','));
});

test('en: officials who go on to speak are no victims', () => {
  const text = 'Brief\nAfter the intrusion was found, officials said the systems had been restored.\nSource: x';
  assert.ok(!sectors(text, 'en').includes('government'), sectors(text, 'en').join(','));
});

test('ru: "атаку на дипломатов, приписав её ..." keeps the diplomats as victims', () => {
  const text = 'Сводка\nВ четверг ведомство сообщило об атаке на иностранных дипломатов, приписав её зарубежным спецслужбам.\nSource: x';
  assert.ok(sectors(text, 'ru').includes('government'), sectors(text, 'ru').join(','));
});

test('fr: "ont visé des diplomates ..., ont indiqué les chercheurs" keeps the diplomats as victims', () => {
  const text = "Brève\nLes pirates ont visé des diplomates en poste à Velmora depuis 2021, ont indiqué les chercheurs.\nSource: x";
  assert.ok(sectors(text, 'fr').includes('government'), sectors(text, 'fr').join(','));
});

test('es: "atacaron la Cancillería ..., dijeron los investigadores" keeps the ministry as the victim', () => {
  const text = 'Breve\nLos piratas atacaron la Cancillería de Velmora durante meses, dijeron los investigadores.\nSource: x';
  assert.ok(sectors(text, 'es').includes('government'), sectors(text, 'es').join(','));
});

test('de: "richtete sich gegen Diplomaten ..., sagten die Forscher" keeps the diplomats as victims', () => {
  const text = 'Kurz\nDie Kampagne richtete sich gegen Diplomaten in Velmora, sagten die Forscher.\nSource: x';
  assert.ok(sectors(text, 'de').includes('government'), sectors(text, 'de').join(','));
});
