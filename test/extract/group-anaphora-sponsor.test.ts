/**
 * A definite group noun pointing back to a named group ("the group", "le groupe", "die Gruppe", "el
 * grupo", "группировка", "该组织", "nhóm này") with the state it works for named after a marker of the
 * tie ("works on behalf of", "agit pour le compte du", "im Auftrag", "trabaja para", "работает на",
 * "为", "thay mặt") is an attribution by whoever says it; a sentence that merely goes on about the
 * group attributes nothing. Sentences written for these tests; the attributions are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target} [${c.about.join(',')}]`);

test('the group referred back to, said to work for a state, is attributed to it (7 languages)', () => {
  const told = ['US attributes RU [Silt Heron]'];
  assert.deepEqual(claims('Silt Heron, a hacking group, broke into the State Department. The FBI said the group works on behalf of the Russian government.', 'en'), told);
  assert.deepEqual(claims('Le groupe de pirates Silt Heron a piraté le ministère. Selon le FBI, le groupe agit pour le compte du gouvernement russe.', 'fr'), told);
  assert.deepEqual(claims('Die Hackergruppe Silt Heron drang in das Ministerium ein. Laut FBI handelt die Gruppe im Auftrag der russischen Regierung.', 'de'), told);
  assert.deepEqual(claims('El grupo de hackers Silt Heron atacó el ministerio. Según el FBI, el grupo trabaja para el Gobierno ruso.', 'es'), told);
  assert.deepEqual(claims('Хакерская группировка Silt Heron взломала министерство. По данным ФБР, группировка работает на правительство России.', 'ru'), told);
  assert.deepEqual(claims('黑客组织Silt Heron入侵了该部。美国联邦调查局表示，该组织为俄罗斯政府工作。', 'zh'), told);
  assert.deepEqual(claims('Nhóm tin tặc Silt Heron đã tấn công bộ này. Theo FBI, nhóm này hoạt động thay mặt chính phủ Nga.', 'vi'), told);
});

test('a sentence that only goes on about the group attributes nothing', () => {
  assert.deepEqual(claims('Silt Heron, a hacking group, broke into the State Department. The group has been active since 2019, the FBI said.', 'en'), []);
});
