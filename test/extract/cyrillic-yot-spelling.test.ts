/**
 * How the press writes Russian "й" in Latin letters: BGN/PCGN's "y" ("Zaytsev", "Sergey"), and beside
 * it "i" after a vowel before a consonant or at the end of a word ("Zaitsev", "Sergei"), which much of
 * the English-language press uses. Both are aliases of a name written in Cyrillic, whether the name
 * comes whole or after a role word. A "й" before a vowel ("Майя") keeps
 * "y". Russian is the only language here that writes names in Cyrillic. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { transliterateCyrillic } from '../../src/extract/translit.ts';

const names = (body: string): string[] => extract(`Заголовок\n\n${body}\n\nИсточник: https://example.org/story`, { lang: 'ru' }).people.flatMap((p) => [p.name, ...p.aliases]);

test('"й" after a vowel before a consonant or ending a word is also written "i" (ru)', () => {
  assert.equal(transliterateCyrillic('Сергей Зайцев', { yotI: true }), 'Sergei Zaitsev');
  assert.equal(transliterateCyrillic('Николай Кайгородов', { yotI: true }), 'Nikolai Kaigorodov');
  assert.equal(transliterateCyrillic('Сергей Зайцев'), 'Sergey Zaytsev');
});

test('"й" before a vowel keeps "y" (ru)', () => {
  assert.equal(transliterateCyrillic('Майя Йокина', { yotI: true }), 'Mayya Yokina');
});

test('a name in Cyrillic has both spellings as aliases, whole and after a role (ru)', () => {
  const whole = names('Сергей Зайцев заявил, что группировка российская.');
  assert.ok(whole.includes('Sergei Zaitsev') && whole.includes('Sergey Zaytsev'));
  assert.ok(names('Министр Гайдуков заявил, что атака продолжается.').includes('Gaidukov'));
});
