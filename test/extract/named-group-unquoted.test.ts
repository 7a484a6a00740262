/**
 * A threat group introduced without quotes by a group word that names a group unmistakably (a cyber
 * qualifier or a naming verb: "the hacking group X", "le groupe de pirates X", "die Hackergruppe X",
 * "el grupo de hackers X", "nhóm tin tặc X"), and what must stay no group: a bare group word before a
 * company or a militia, a known state after the group word, a preposition or a month opening the
 * run, and the vendor that names the group. Sentences and group names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('an unquoted name after a qualified or named group word is a group (en, fr, de, es, vi)', () => {
  assert.deepEqual(groups('Researchers attributed the attack to the hacking group Silt Heron.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups('The attack was carried out by a group called Silt Heron, researchers said.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups("Le groupe de pirates Silt Heron a revendiqué l'attaque.", 'fr'), ['Silt Heron']);
  assert.deepEqual(groups("Selon l'agence, le mode opératoire Silt Heron est lié à un service étranger.", 'fr'), ['Silt Heron']);
  assert.deepEqual(groups('Die Hackergruppe Silt Heron bekannte sich zu dem Angriff.', 'de'), ['Silt Heron']);
  assert.deepEqual(groups('El grupo de hackers Silt Heron se atribuyó el ataque.', 'es'), ['Silt Heron']);
  assert.deepEqual(groups('Nhóm tin tặc Silt Heron đã nhận trách nhiệm về vụ tấn công.', 'vi'), ['Silt Heron']);
});

test('a later bare mention of an introduced group is the same group', () => {
  const x = extract('Headline\nThe hacking group Silt Heron claimed the attack. Silt Heron has targeted ports before.\nSource: https://example.org/story', { lang: 'en' });
  assert.deepEqual(x.intrusion_sets.map((g) => [g.name, g.mentions.length]), [['Silt Heron', 2]]);
});

test('no group where the words after a group word are a company, a militia, a state, a date or the namer', () => {
  assert.deepEqual(groups('Le groupe Velmora a été visé par une cyberattaque.', 'fr'), []);
  assert.deepEqual(groups('Die Gruppe Velmora wird von einem Nachbarstaat finanziert.', 'de'), []);
  assert.deepEqual(groups('El grupo Velmora sufrió un ciberataque.', 'es'), []);
  assert.deepEqual(groups('Nhóm tin tặc Trung Quốc đã tấn công các ngân hàng.', 'vi'), []);
  assert.deepEqual(groups('The hacking group In December stole data from the ministry.', 'en'), []);
  assert.deepEqual(groups('A hacking group Velmora tracks as Storm-2077 stole the keys.', 'en'), ['Storm-2077']);
  assert.deepEqual(groups('The threat actor Velmora calls UNC4990 exploited the flaw.', 'en'), ['UNC4990']);
});
