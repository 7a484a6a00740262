/**
 * Common words spelled like a place's name: written in lower case they are the word, and
 * capitalised only because they open a sentence or a title they are the word too; the place needs
 * a capital where no sentence starts. Short Spanish news sentences are Spanish, not French.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { detectLanguage } from '../../src/extract/language.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';

const countries = (text: string) => extract(`${text}\nSource: https://example.org/story`).countries.map((c) => c.code).sort();

test('es: "reunión" (a meeting) is not Réunion, in lower case or opening a sentence or the title', () => {
  assert.deepEqual(countries('Reunión urgente en Bruselas\nTras la reunión, Bélgica acusó a Rusia de los ataques informáticos.'), ['BE', 'RU']);
  assert.deepEqual(countries('Resumen\nReunión tras reunión, Chile pidió pruebas a China sobre el espionaje.'), ['CL', 'CN']);
  // The island, named mid-sentence with its capital, is still found.
  assert.ok(defaultResolver().findMentions('atacó la red eléctrica de Reunión y de Mayotte', { lang: 'es' }).some((m) => m.entity.code === 'RE'));
});

test('fr: "réunion" opening a sentence is a meeting; "La Réunion" mid-sentence is the island', () => {
  assert.deepEqual(countries('Titre\nRéunion de crise à Paris : la France accuse la Russie.'), ['FR', 'RU']);
  assert.ok(defaultResolver().findMentions('Des pirates ont visé les hôpitaux de La Réunion.', { lang: 'fr' }).some((m) => m.entity.code === 'RE'));
});

test('a proper name in lower case is a common word (es, vi, ru)', () => {
  const r = defaultResolver();
  assert.ok(!r.findMentions('se celebró una reunión en la sede', { lang: 'es' }).some((m) => m.entity.kind === 'country'));
  assert.ok(r.findMentions('Tổng thống Mỹ phát biểu', { lang: 'vi' }).some((m) => m.entity.code === 'US'));
  assert.ok(!r.findMentions('bảo tàng mỹ thuật', { lang: 'vi' }).some((m) => m.entity.code === 'US'));
  assert.ok(r.findMentions('Россия отвергла обвинения', { lang: 'ru' }).some((m) => m.entity.code === 'RU'));
});

test('short Spanish news sentences are Spanish; French and German stay themselves', () => {
  assert.equal(detectLanguage('La policía detuvo a tres personas en Sevilla.'), 'es');
  assert.equal(detectLanguage('Los piratas informáticos accedieron a datos de millones de clientes, según la empresa.'), 'es');
  assert.equal(detectLanguage('¿Quién está detrás del ataque?'), 'es');
  assert.equal(detectLanguage('Le ministère a publié un avis sur la menace.'), 'fr');
  assert.equal(detectLanguage('Die Regierung in Berlin hat Russland beschuldigt.'), 'de');
});
