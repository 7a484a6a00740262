/**
 * A state's name inside a group's own name ("... Cyber Army", "... Electronic Army", a quoted native name with
 * its English form in brackets) is part of the name, not a state that keeps the group from being recognised;
 * the state's own mention stays. An apposition may open with a definite article ("X, the hacktivist collective
 * that ..."). Negatives: a state's army, a ministry quoted with an English form, a tool's quoted name.
 * Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const run = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/story`, { lang });
const groups = (body: string, lang: string): string[] => run(body, lang).intrusion_sets.map((g) => g.name);

test('a group word before a name holding a state is that group (en, de, es, vi)', () => {
  assert.deepEqual(groups('The hacking group Chile Cyber Army claimed the attack on the ministry.', 'en'), ['Chile Cyber Army']);
  assert.deepEqual(groups('Die Hackergruppe Chile Cyber Army bekannte sich zu dem Angriff.', 'de'), ['Chile Cyber Army']);
  assert.deepEqual(groups('El grupo hacktivista autodenominado Chile Cyber Army reivindicó el ataque.', 'es'), ['Chile Cyber Army']);
  assert.deepEqual(groups('Nhóm tin tặc Chile Cyber Army đã nhận trách nhiệm về vụ tấn công.', 'vi'), ['Chile Cyber Army']);
});

test("the state's own mention stays beside the group (en)", () => {
  assert.deepEqual(run('The hacking group Chile Cyber Army claimed the attack on the ministry.', 'en').countries.map((c) => c.code), ['CL']);
});

test('an apposition with a definite article names a group holding a state (en)', () => {
  assert.deepEqual(groups('Prosecutors charged two members of the Peruvian Electronic Army, the hacktivist collective that defaced news websites.', 'en'), ['Peruvian Electronic Army']);
});

test('a quoted native name holding a state, with its English form in brackets, is the group (ru)', () => {
  assert.deepEqual(groups('Группировка, называющая себя «Киберармия Чили» (Chile Cyber Army), взяла на себя ответственность за атаку.', 'ru'), ['Chile Cyber Army']);
});

test('a state, its army, a quoted ministry and a quoted tool stay no group (negatives: en, ru, de)', () => {
  assert.deepEqual(groups('The Chilean Army said the hacking group had attacked its networks.', 'en'), []);
  assert.deepEqual(groups('Hackers used a tool the vendor called "Chile Cyber Army Toolkit" in the attack.', 'en'), []);
  assert.deepEqual(groups('Хакеры атаковали сайт, сообщило «Министерство обороны Чили» (Chile Defence Ministry).', 'ru'), []);
  assert.deepEqual(groups('Die chilenische Armee meldete einen Angriff einer Hackergruppe.', 'de'), []);
});
