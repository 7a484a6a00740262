/**
 * An affiliation between a name and its speech verb, without commas: "X of Quorvex said", "X of the
 * National Intelligence Service said", "X von der Firma Y sagte", "X из компании «Y» заявил". The name
 * is a speaker when the affiliation's body is a known party or holds an organisation word; a place
 * after "of" ("Recorded Future of Somerville said") makes no person of the words before it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => [p.name, ...p.aliases]);
const has = (all: string[][], name: string) => all.some((names) => names.includes(name));

test('en: "X of <company> told", "X of the <agency> said"', () => {
  const a = people('Jean-Luc Marchetti of Norvane Labs told reporters the campaign was ongoing.', 'en');
  assert.deepEqual(a.map((n) => n[0]), ['Jean-Luc Marchetti']);
  const b = people('Lee Min-jun of the National Intelligence Service said North Korean hackers were behind it.', 'en');
  assert.deepEqual(b.map((n) => n[0]), ['Lee Min-jun']);
});

test('de: "X von der Firma Y sagte"', () => {
  const a = people('Jörg Brenner von der Firma Veltrix sagte, die Spuren führten nach China.', 'de');
  assert.deepEqual(a.map((n) => n[0]), ['Jörg Brenner']);
});

test('ru: "X из компании «Y» заявил"', () => {
  const a = people('Игорь Самойлов из компании «Веллтрон» заявил, что группировка атаковала энергетиков.', 'ru');
  assert.ok(has(a, 'Igor Samoylov'), JSON.stringify(a));
});

test('en: a place after "of" is no affiliation; no person is made of a company name', () => {
  assert.deepEqual(people('Recorded Future of Somerville said the group was new.', 'en'), []);
});

test('en: an affiliation without a speech verb makes no speaker', () => {
  assert.deepEqual(people('Mara Lindqvist of Norvane Labs and two colleagues attended the conference in Oslo.', 'en'), []);
});
