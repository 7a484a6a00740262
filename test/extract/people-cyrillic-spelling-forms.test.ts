/**
 * Spellings of names a Russian text writes in Russian letters, as the English-language press writes them:
 * - a Western name: a final "и" after a consonant is an English "y" ("Хэнли" Hanly), and a word-initial
 *   "к" before a back vowel, "л" or "р" an English "c" ("Кларк" Clark), each as an alias beside the
 *   plain reading;
 * - a Ukrainian official's name: as Ukraine romanizes it ("г" h, "и" y or i in the surname), aliases
 *   given only when the person speaks for Ukraine.
 * East Slavic surnames of other states get neither.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const person = (body: string, lang = 'ru') => {
  const [p] = extract(`Заголовок\n\n${body}\n\nSource: https://example.org/story`, { lang }).people;
  assert.ok(p, body);
  return p;
};

test('ru: a Western surname ending in "и" after a consonant has an English "y"', () => {
  const p = person('Министр иностранных дел Великобритании Марк Хэнли заявил, что Лондон ответит.');
  assert.ok(p.aliases.includes('Hanly'), JSON.stringify(p.aliases));
  assert.ok(p.aliases.includes('Mark Hanly'), JSON.stringify(p.aliases));
});

test('ru: a Western word-initial "к" before a back vowel or "л"/"р" may be an English "c"', () => {
  const p = person('Министр обороны Великобритании Оливер Кларк заявил, что Лондон ответит.');
  assert.ok(p.aliases.includes('Clark'), JSON.stringify(p.aliases));
  const q = person('Посол Великобритании Джеймс Клейтли заявил, что Лондон ответит.');
  assert.ok(q.aliases.includes('Cleitly') || q.aliases.includes('Cleytly'), JSON.stringify(q.aliases));
});

test('ru: a Ukrainian official takes the spelling of Ukrainian romanization', () => {
  const p = person('Министр юстиции Украины Оксана Гнатишина сообщила, что атаку провели россияне.');
  assert.equal(p.speaks_for, 'UA');
  assert.ok(p.aliases.includes('Oksana Hnatishyna'), JSON.stringify(p.aliases));
  assert.ok(p.aliases.includes('Hnatyshina'), JSON.stringify(p.aliases));
});

test('ru: East Slavic surnames of other states keep their Russian readings only', () => {
  const p = person('Министр обороны России Сергей Кривошеин заявил, что обвинения беспочвенны.');
  assert.ok(!p.aliases.some((a) => /Kryv|Hr|Criv/u.test(a)), JSON.stringify(p.aliases));
  const q = person('Представитель Белоруссии Ольга Гиринова заявила, что обвинения беспочвенны.');
  assert.ok(!q.aliases.some((a) => /Olha|Hyr/u.test(a)), JSON.stringify(q.aliases));
});

test('en: a Latin-script name gets none of these spellings', () => {
  const p = person('UK Foreign Secretary Mark Hanley said London would respond.', 'en');
  assert.deepEqual(p.aliases.filter((a) => /Hanly|Clark/u.test(a)), []);
});
