/**
 * Known officials found anywhere in a body, in one pass over it: every occurrence of every written
 * form, the longest form first where two overlap, whole words only outside Han script, and a known
 * family name alone when no one else carries it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addKnownMentions } from '../../src/extract/known-people.ts';
import type { PersonCandidate } from '../../src/extract/people.ts';

function mentions(text: string): Record<string, string[]> {
  const people: PersonCandidate[] = [];
  addKnownMentions(people, text, text.length, []);
  return Object.fromEntries(people.map((p) => [p.name, p.mentions.map((m) => text.slice(m.start, m.end))]));
}

test('every occurrence of a full form, in Latin, Cyrillic and Han script', () => {
  assert.deepEqual(mentions('Dmitri Peskov spoke first. Later Dmitri Peskov spoke again.'), { 'Dmitri Peskov': ['Dmitri Peskov', 'Dmitri Peskov'] });
  assert.deepEqual(mentions('Жозеп Боррель заявил об этом. Жозеп Боррель добавил.'), { 'Жозеп Боррель': ['Жозеп Боррель', 'Жозеп Боррель'] });
  // Han forms need no word boundary: glued to the verb and to the title before them
  assert.deepEqual(mentions('日本官房长官林芳正表示，林芳正还说'), { 林芳正: ['林芳正', '林芳正'] });
});

test('the longer of two overlapping forms is the mention', () => {
  // "德米特里·佩斯科夫" contains "佩斯科夫": the short form is a mention only where it stands alone
  // (the two forms are merged into one person later, by withKnownNames)
  assert.deepEqual(mentions('德米特里·佩斯科夫说。佩斯科夫还说'), { '德米特里·佩斯科夫': ['德米特里·佩斯科夫'], 佩斯科夫: ['佩斯科夫'] });
  assert.deepEqual(mentions('德米特里·佩斯科夫说'), { '德米特里·佩斯科夫': ['德米特里·佩斯科夫'] });
});

test('a Latin form inside a longer word is no mention, and a family name alone is one only when free', () => {
  assert.deepEqual(mentions('XDmitri Peskov and Dmitri Peskovs'), {});
  // the family name alone names the one known person who carries it
  assert.deepEqual(mentions('Peskow sagte am Montag, ...'), { 'Dmitri Peskow': ['Peskow'] });
  // a longer capitalised name is someone else
  assert.deepEqual(mentions('Anna Peskow sagte am Montag, ...'), {});
});
