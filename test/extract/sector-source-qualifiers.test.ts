/**
 * The media as a source: after a source cue with the source's qualifiers between ("по данным
 * израильских и западных СМИ", "nach Angaben beider Medien", "according to some US and British
 * media"), or as the asker of a transcript's turn ("Question (CNN): ..."), they are no targeted
 * sector; the media as the act's victims still are.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('a source cue, then states, blocs, determiners and coordinators, then the media (ru, de, en)', () => {
  assert.deepEqual(sectors(brief('Однако, по данным израильских и западных СМИ, за кибератакой стоит Иран.'), 'ru'), []);
  assert.deepEqual(sectors(brief('Die Spuren des Einbruchs deuteten nach Angaben beider Medien auf Nordkorea hin.'), 'de'), []);
  assert.deepEqual(sectors(brief('According to some US and British media, the hackers attacked banks.'), 'en'), ['finance']);
});

test('an outlet in brackets before the colon of a transcript turn asks (en, ru)', () => {
  assert.deepEqual(sectors(brief('Question (CNN): Hackers attacked American companies. Who is behind it?'), 'en'), []);
  assert.deepEqual(sectors(brief('Вопрос (CNN): Американские компании пострадали от кибератак.'), 'ru'), []);
});

test('the media attacked are still media (ru, de, en)', () => {
  assert.deepEqual(sectors(brief('По данным полиции, хакеры атаковали сайты нескольких СМИ.'), 'ru'), ['media']);
  assert.deepEqual(sectors(brief('Nach Angaben der Polizei griffen Hacker mehrere Medien an.'), 'de'), ['media']);
  assert.deepEqual(sectors(brief('Question (Reuters): Hackers attacked American companies and newspapers.'), 'en'), ['media']);
});
