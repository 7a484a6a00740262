/**
 * An advisory that names its author on the line under the title, alone ("Canadian Centre for Cyber
 * Security", "Centre canadien pour la cybersécurité", a CERT's full name): that body publishes it, and
 * its first-person plural ("we assess", "nous évaluons", "мы оцениваем") is that body's state.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(`${text}\nSource: https://example.org/a`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('en: the name line under an advisory\'s title is its publisher', () => {
  assert.deepEqual(claims('Advisory: Russian military cyber actors target critical infrastructure\nCanadian Centre for Cyber Security\nDate: 5 September 2024\n\nWe assess that the cyber actors of the Russian GRU are responsible for the attacks on energy networks since 2020.', 'en'), ['CA attributes RU']);
});

test('fr: « Centre canadien pour la cybersécurité » under the title publishes the advisory', () => {
  assert.deepEqual(claims("Avis : des cyberacteurs russes ciblent les infrastructures essentielles\nCentre canadien pour la cybersécurité\nDate : 5 septembre 2024\n\nNous évaluons que les cyberacteurs du GRU russe sont responsables des attaques contre les réseaux d'énergie depuis 2020.", 'fr'), ['CA attributes RU']);
});

test('ru: a CERT\'s full name under the title publishes the bulletin', () => {
  assert.deepEqual(claims('Кибератака на объекты энергетики\nПравительственная команда реагирования на компьютерные события Украины CERT-UA\n12.04.2022 | Бюллетень\n\nМы оцениваем, что за атаками на энергетические объекты стоит российская группировка Sandworm.', 'ru'), ['UA attributes RU']);
});

test('a line that ends a sentence under the title is no name line', () => {
  assert.deepEqual(claims('Russian hackers hit power grid\nOfficials met in Ottawa on Monday.\n\nWe assess that the cyber actors of the Russian GRU are responsible for the attacks on energy networks.', 'en'), []);
});
