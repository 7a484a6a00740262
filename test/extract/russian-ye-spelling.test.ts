/**
 * A Russian name's Latin spellings: the plain one ("Shadaev") and, where they differ, the BGN/PCGN one
 * that writes "е" as "ye" at a word's start and after a vowel, "й", "ъ" or "ь" ("Shadayev"), as most
 * English-language news does. Names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { transliterateCyrillic } from '../../src/extract/translit.ts';

const names = (body: string): string[] =>
  extract(`Заголовок\n${body}\nSource: https://example.org/story`, { lang: 'ru' }).people.flatMap((p) => [p.name, ...p.aliases]);

test('"е" is "ye" at a word start and after a vowel, "й", "ъ" or "ь"; "e" after a consonant', () => {
  assert.equal(transliterateCyrillic('Игорь Самоеев', { ye: true }), 'Igor Samoyeyev');
  assert.equal(transliterateCyrillic('Евгений Ермолаев', { ye: true }), 'Yevgeny Yermolayev');
  assert.equal(transliterateCyrillic('Валентина Кириенко', { ye: true }), 'Valentina Kiriyenko');
  assert.equal(transliterateCyrillic('Дмитрий Медведев', { ye: true }), 'Dmitry Medvedev');
  // The plain spelling stays the default.
  assert.equal(transliterateCyrillic('Евгений Ермолаев'), 'Evgeny Ermolaev');
});

test('a person named in Russian has both spellings and both surnames as aliases', () => {
  const got = names('Глава министерства Максут Шадаев заявил, что атака была отражена.');
  for (const n of ['Maksut Shadaev', 'Shadaev', 'Maksut Shadayev', 'Shadayev']) assert.ok(got.includes(n), `${n} in ${JSON.stringify(got)}`);
  // A surname named alone after a role has them too.
  const alone = names('Министр Ермолаев заявил, что атака была отражена.');
  assert.ok(alone.includes('Yermolayev') && alone.includes('Ermolaev'), JSON.stringify(alone));
  // No second spelling where "е" only follows consonants.
  assert.ok(!names('Глава министерства Дмитрий Медведев заявил, что атака была отражена.').some((n) => /yev|Ye/u.test(n)));
});
