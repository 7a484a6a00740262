/**
 * A threat group named by an apposition that says what it is ("X, a Russia-linked hacking group",
 * "X, un groupe de pirates", "X, eine Hackergruppe", "X, un grupo de hackers", "X, một nhóm tin tặc",
 * "X — хакерская группировка"), and appositions that name no group: a company, a person described by
 * a compound ("a hacking group expert"), a possessive, a date. Sentences and names written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('a name whose apposition calls it a hacking group is a group (en, fr, de, es, vi, ru)', () => {
  assert.deepEqual(groups('Silt Heron, a Russia-linked hacking group, claimed the attack.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups('Investigators attributed the intrusion to Silt Heron, a group of hackers they say works for a foreign service.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups("Silt Heron, un groupe de pirates lié à un service étranger, a revendiqué l'attaque.", 'fr'), ['Silt Heron']);
  assert.deepEqual(groups('Silt Heron, eine Hackergruppe aus Osteuropa, bekannte sich zu dem Angriff.', 'de'), ['Silt Heron']);
  assert.deepEqual(groups('Silt Heron, un grupo de hackers vinculado a un servicio extranjero, reivindicó el ataque.', 'es'), ['Silt Heron']);
  assert.deepEqual(groups('Silt Heron, một nhóm tin tặc có liên hệ với nước ngoài, đã nhận trách nhiệm.', 'vi'), ['Silt Heron']);
  assert.deepEqual(groups('Silt Heron — хакерская группировка, связанная с иностранной разведкой, взяла на себя ответственность.', 'ru'), ['Silt Heron']);
});

test('the accusation in the same sentence is about the group its apposition names (en)', () => {
  const x = extract('Headline\nCanada attributed the intrusion to Silt Heron, a hacking group it says works for China.\nSource: https://example.org/story', { lang: 'en' });
  assert.ok(x.claims.some((c) => c.claimant === 'CA' && c.target === 'CN' && c.about?.includes('Silt Heron')), JSON.stringify(x.claims));
});

test('no group from an apposition that names a company, a person, a possessive or a date (en)', () => {
  assert.deepEqual(groups('Velmora, a threat intelligence company, said the attack came from abroad.', 'en'), []);
  assert.deepEqual(groups('Anna Holt, a hacking group expert, said the attack came from abroad.', 'en'), []);
  assert.deepEqual(groups("Velmora, a hacking group's favourite target, was hit again.", 'en'), []);
  assert.deepEqual(groups('In March, a hacking group breached the ministry.', 'en'), []);
});
