/**
 * Names that a language writes in its own transcription of another script get the form the others
 * use, from syllable and letter tables rather than lists of names: Chinese names in Russian's
 * Palladius spelling become pinyin; East Slavic names in German, French or Spanish transcription get
 * their English spelling as an alias. A Chinese name that a verb follows keeps two characters, and a
 * role word followed by another role noun names nobody. Names and sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { palladiusNameToPinyin, slavicNameToEnglish } from '../../src/extract/translit.ts';

test('Palladius syllables back to pinyin: initials before plain and palatal finals, bare syllables, the hard sign', () => {
  const cases: [string, string][] = [
    ['Чжан Сяомин', 'Zhang Xiaoming'], ['Лю Цзяньго', 'Liu Jianguo'], ['Сюй Цзюнь', 'Xu Jun'], ['Цзэн Исинь', 'Zeng Yixin'],
    ['Ван Юньпэн', 'Wang Yunpeng'], ['Хэ Чуньин', 'He Chunying'], ['Бо Цзюэ', 'Bo Jue'], ['До Сыюй', 'Duo Siyu'], ['Ло Пэнъюй', 'Luo Pengyu'],
  ];
  for (const [cyr, py] of cases) assert.equal(palladiusNameToPinyin(cyr), py, cyr);
});

test('Palladius: Russian and other names written in Cyrillic are no Chinese names', () => {
  for (const n of ['Иван Петров', 'Мария Смирнова', 'Ян Новак', 'Эди Кола', 'Кая Лехт', 'Джон Смит', 'Анна Ли', 'Ли Мин Хо']) assert.equal(palladiusNameToPinyin(n), '', n);
});

test('ru: a Chinese official named in Cyrillic is found under the pinyin name, the Cyrillic form kept as alias', () => {
  const text = 'Новости\nОфициальный представитель МИД КНР Лю Цзяньго заявил, что Пекин решительно выступает против кибератак. Лю также сказал, что обвинения беспочвенны.\nSource: x';
  const people = extract(text, { lang: 'ru' }).people;
  const p = people.find((x) => x.name === 'Liu Jianguo');
  assert.ok(p, JSON.stringify(people));
  assert.ok(p.aliases.includes('Лю Цзяньго'));
  assert.equal(p.speaks_for, 'CN');
  assert.equal(p.mentions.length, 2, 'the family name alone is a later mention');
});

test('ru: a Russian official keeps the Cyrillic name and its transliteration', () => {
  const people = extract('Новости\nПресс-секретарь министерства Игорь Волков заявил, что атака отражена.\nSource: x', { lang: 'ru' }).people;
  const p = people.find((x) => x.name === 'Игорь Волков');
  assert.ok(p, JSON.stringify(people));
  assert.ok(p.aliases.includes('Igor Volkov'));
});

test('East Slavic names in German, French and Spanish transcription: the English spelling', () => {
  const cases: [string, string, string][] = [
    ['Dmitri Wolkow', 'de', 'Dmitry Volkov'], ['Jewgeni Tschernow', 'de', 'Yevgeny Chernov'], ['Olga Schukowa', 'de', 'Olga Shukova'],
    ['Iouri Tchernov', 'fr', 'Yury Chernov'], ['Oksana Chevtchenko', 'fr', 'Oksana Shevchenko'], ['Sergueï Joukov', 'fr', 'Sergey Zhukov'],
    ['Anatoli Jarkov', 'es', 'Anatoly Kharkov'], ['Serguéi Vólkov', 'es', 'Sergei Volkov'],
  ];
  for (const [n, lang, en] of cases) assert.equal(slavicNameToEnglish(n, lang), en, `${lang} ${n}`);
});

test('the transcription tables leave names of other origins alone', () => {
  const cases: [string, string][] = [['Thomas Schneider', 'de'], ['Claudia Wagner', 'de'], ['Jean Martin', 'fr'], ['Julie Racine', 'fr'], ['Pedro Jiménez', 'es'], ['Lucía Herrera', 'es'], ['John Volkov', 'en']];
  for (const [n, lang] of cases) assert.equal(slavicNameToEnglish(n, lang), '', `${lang} ${n}`);
});

test('de, fr, es: a spokesman with a transcribed East Slavic name carries the English spelling and surname as aliases', () => {
  const de = extract('Meldung\nKremlsprecher Dmitri Wolkow sagte, Moskau habe damit nichts zu tun.\nSource: x', { lang: 'de' }).people;
  assert.ok(de.some((p) => p.name === 'Dmitri Wolkow' && p.aliases.includes('Dmitry Volkov') && p.aliases.includes('Volkov')), JSON.stringify(de));
  const fr = extract("Dépêche\nLe porte-parole du ministère, Iouri Tchernov, a déclaré que ces accusations étaient sans fondement.\nSource: x", { lang: 'fr' }).people;
  assert.ok(fr.some((p) => p.aliases.includes('Yury Chernov') && p.aliases.includes('Chernov')), JSON.stringify(fr));
  const es = extract('Noticia\nEl portavoz Anatoli Jarkov dijo que Moscú rechaza las acusaciones.\nSource: x', { lang: 'es' }).people;
  assert.ok(es.some((p) => p.aliases.includes('Anatoly Kharkov')), JSON.stringify(es));
});

test('zh: a two-character name right before an act verb ("主持") keeps two characters; a role noun after a role word is nobody', () => {
  const t = '2024年5月6日外交部发言人郭明主持例行记者会\n\n问：外长记者会何时举行？\n\n答：请关注有关方面发布的消息。\n\n问：有何回应？\n\n答：中方反对一切形式的网络攻击。\nSource: x';
  const x = extract(t, { lang: 'zh' });
  const all = [...x.people, ...x.mentioned_people];
  assert.ok(x.people.some((p) => p.name === 'Guo Ming'), JSON.stringify(all));
  assert.ok(!all.some((p) => p.aliases.includes('记者会')), JSON.stringify(all));
});
