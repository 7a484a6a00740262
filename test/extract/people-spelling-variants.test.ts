/**
 * Transcriptions that write two letters alike give a name two English readings, both kept as
 * aliases: German "S" before a vowel is Russian "с" or "з" ("Sacharowa" Zakharova, "Sergejew"
 * Sergeyev); in Russian, a final "ль" after a vowel is one l or two ("Мишель" Michel, "Боррель"
 * Borrell), "а" in a closed syllable an English a or u ("Харт" Hart, "Трамп" Trump) and "ой" before a
 * consonant "oy" or a German "eu" ("Ройс" Royce, "Нойман" Neumann). Names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { slavicNameSpellings, westernCyrillicSpellings } from '../../src/extract/translit.ts';

test('German S before a vowel reads as s and as z in an East Slavic surname (de)', () => {
  assert.deepEqual(slavicNameSpellings('Olga Sacharenko', 'de'), ['Olga Sakharenko', 'Olga Zakharenko']);
  assert.deepEqual(slavicNameSpellings('Pjotr Sinowjew', 'de'), ['Pyotr Sinovyev', 'Pyotr Zinovyev']);
  // a surname opening with a consonant has one reading
  assert.deepEqual(slavicNameSpellings('Iwan Petrow', 'de'), ['Ivan Petrov']);
  // French and Spanish write з as z: no second reading
  assert.deepEqual(slavicNameSpellings('Olga Sakharenko', 'fr').length <= 1, true);
  assert.deepEqual(slavicNameSpellings('Olga Zajárova', 'es'), ['Olga Zakharova']);
});

test('a Russian final "ль" after a vowel reads as l and as ll (ru)', () => {
  const sp = westernCyrillicSpellings('Жорди Карбонель');
  assert.ok(sp[0] === 'Jordi Karbonel' && sp.includes('Jordi Karbonell'), JSON.stringify(sp));
  // "ль" after a consonant, or inside the word, has one reading
  assert.deepEqual(westernCyrillicSpellings('Джон Хилль').length, 1);
  assert.deepEqual(westernCyrillicSpellings('Джон Уильямс'), ['John Williams']);
});

test('Russian "а" in a closed syllable reads as a and u; "ой" before a consonant as oy and eu (ru)', () => {
  assert.ok(westernCyrillicSpellings('Мэтт Данбар').includes('Matt Dunbar'));
  assert.ok(westernCyrillicSpellings('Гас Тернер').includes('Gus Terner'));
  assert.ok(westernCyrillicSpellings('Клаус Нойбауэр').some((x) => /Neubau/u.test(x)));
  // only the first such "а" of a word: "Данбар" is never "Dunbur"
  assert.ok(!westernCyrillicSpellings('Мэтт Данбар').some((x) => /Dunbur/u.test(x)));
  // East Slavic surnames keep their transliteration alone
  assert.deepEqual(westernCyrillicSpellings('Сергей Бойко'), []);
  assert.deepEqual(westernCyrillicSpellings('Иван Карасёв'), []);
});

test('both readings are aliases of the person found (de, ru)', () => {
  const de = extract('Titel\nRegierungssprecherin Olga Sacharenko sagte, die Vorwürfe seien haltlos.\nSource: x');
  const p = de.people.find((x) => x.name === 'Olga Sacharenko');
  assert.ok(p && p.aliases.includes('Olga Zakharenko') && p.aliases.includes('Olga Sakharenko'), JSON.stringify(de.people));
  const ru = extract('Заголовок\nМинистр иностранных дел Испании Жорди Карбонель заявил, что атака недопустима.\nИсточник: x');
  const q = ru.people.find((x) => x.name === 'Жорди Карбонель');
  assert.ok(q && q.aliases.includes('Jordi Karbonell') && q.aliases.includes('Jordi Karbonel'), JSON.stringify(ru.people));
});
