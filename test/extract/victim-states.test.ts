/**
 * Victims named by their state: a state (often its adjective) in the object of a hostile act, after
 * the act's victim marker or a transitive hostile verb, is a party ("attacks on Canadian hospitals",
 * "attaqué des banques françaises", "атаковали казахстанские банки", "攻击了智利银行"), and so is a state
 * in a noun phrase coordinated with that object ("... and Colombian telecom firms"). A generic phrase
 * ("any Chilean bank could be hit") names no victim, and a block of links to other stories is not this
 * article's (src/extract/parties.ts; demonyms in src/knowledge/data/country-forms.ts). Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const countries = (text: string, lang: string) => extract(`Headline\n${text}\nSource: x`, { lang }).countries.map((c) => c.code).sort();

test('a state in the object of a hostile act is its victim (en, fr, es, ru, de, zh, vi)', () => {
  assert.deepEqual(countries('Iranian hackers targeted Israeli water facilities, the agency said.', 'en'), ['IL', 'IR']);
  assert.deepEqual(countries('Des pirates ont attaqué des banques françaises et des hôpitaux belges.', 'fr'), ['BE', 'FR']);
  assert.deepEqual(countries('Los piratas atacaron bancos chilenos y hospitales peruanos.', 'es'), ['CL', 'PE']);
  assert.deepEqual(countries('Хакеры атаковали казахстанские банки и узбекские министерства.', 'ru'), ['KZ', 'UZ']);
  assert.deepEqual(countries('Die Angriffe auf kolumbianische Ministerien dauerten eine Woche.', 'de'), ['CO']);
  assert.deepEqual(countries('Die Gruppe attackierte kolumbianische Ministerien und argentinische Versorger.', 'de'), ['AR', 'CO']);
  assert.deepEqual(countries('Le groupe a visé des ministères marocains et des entreprises algériennes.', 'fr'), ['DZ', 'MA']);
  assert.deepEqual(countries('黑客攻击了智利银行和哥伦比亚电信公司。', 'zh'), ['CL', 'CO']);
  assert.deepEqual(countries('Tin tặc đã tấn công các ngân hàng Chile và các bệnh viện Colombia.', 'vi'), ['CL', 'CO']);
});

test('a victim coordinated with another is one too (en)', () => {
  assert.deepEqual(countries('The gang hit Chilean banks and Colombian telecom firms last week.', 'en'), ['CL', 'CO']);
});

test('a generic phrase names no victim (negative case: es, en, fr)', () => {
  assert.deepEqual(countries('Cualquier empresa chilena, mexicana o colombiana podría ser víctima de un ciberataque.', 'es'), []);
  assert.deepEqual(countries('Any Chilean, Peruvian or Colombian bank could be hit by such an attack.', 'en'), []);
  assert.deepEqual(countries('N’importe quelle banque belge, suisse ou canadienne pourrait être visée par une telle attaque.', 'fr'), []);
});

test('states in a block of links to other stories, or a defendant’s nationality, are no parties (negative case: en)', () => {
  assert.deepEqual(countries('Related articles: Attacks on Polish and Ukrainian agencies | Hackers hit Chilean banks', 'en'), []);
  assert.deepEqual(countries('A Ukrainian man was sentenced in Florida for running a botnet.', 'en'), []);
});
