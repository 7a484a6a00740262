/**
 * A sentence that lists an operation's targets or victims names targeted sectors even without a
 * hostile verb of its own (ru, fr, es); a sector named with no target, victim or effect stays out.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('ru: "Среди целей - ..." lists targeted sectors', () => {
  const text = 'Отчет о группе\nГруппа активна с 2021 года. Среди целей - телекоммуникационные компании и оборонные ведомства Азии.\nSource: x';
  const got = sectors(text, 'ru');
  assert.ok(got.includes('telecommunications'), got.join(','));
});

test('fr: "les secteurs visés comprennent ..." and "s\'intéresse aux ..."', () => {
  const text = "Avis\nLe groupe est actif depuis 2020. Il s'intéresse particulièrement aux entreprises de défense.\nSource: x";
  assert.ok(sectors(text, 'fr').includes('defense'));
});

test('es: an effect ("quedaron fuera de servicio") tells what was hit', () => {
  const text = 'Incidente\nLos sistemas de varios hospitales quedaron fuera de servicio durante dos días.\nSource: x';
  assert.ok(sectors(text, 'es').includes('healthcare'));
});

test('a sector named with no target, victim or effect is not targeted (ru, fr)', () => {
  assert.deepEqual(sectors('Визит\nМинистр посетил телекоммуникационные компании региона.\nSource: x', 'ru'), []);
  assert.deepEqual(sectors("Visite\nLe ministre a visité des entreprises de défense à Toulouse.\nSource: x", 'fr'), []);
});
