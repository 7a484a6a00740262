/**
 * A vow to hold a party to account is a warning of consequences to that party: "Haremos responsable a
 * X", "Мы привлечем X к ответственности", "Chúng tôi sẽ buộc X chịu trách nhiệm", "Wir werden X zur
 * Rechenschaft ziehen", told in a quotation whose speaker is named after it, or by a state of itself
 * ("X wird die notwendigen Maßnahmen ergreifen"). German "wird"/"werden" before a warning told as a noun or
 * an infinitive is the future, not the passive; "we" before the party the warning names is its subject.
 * A finding of responsibility ("es responsable") or a past prosecution ("привлек к ответственности") is no
 * warning, and a real passive ("wurde gewarnt") still warns no one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);
const warns = (body: string, lang: string): string[] => claims(body, lang).filter((c) => c.includes(' warns '));

test('a quoted vow to hold a party to account warns that party (es, ru, vi, de, fr)', () => {
  assert.deepEqual(warns('Canadá acusó a Rusia de ciberataques. "Haremos responsable a Rusia de estos ataques", dijo el ministro canadiense de Exteriores.', 'es'), ['CA warns RU']);
  assert.deepEqual(warns('Канада обвинила Россию в кибератаках. «Мы привлечем Россию к ответственности за эти атаки», — заявил министр иностранных дел Канады.', 'ru'), ['CA warns RU']);
  assert.deepEqual(warns('Canada cáo buộc Nga tấn công mạng. "Chúng tôi sẽ buộc Nga chịu trách nhiệm về các cuộc tấn công này", Bộ trưởng Ngoại giao Canada nói.', 'vi'), ['CA warns RU']);
  assert.deepEqual(warns('Kanada warf Russland Cyberangriffe vor. „Wir werden Russland zur Rechenschaft ziehen“, sagte Kanadas Außenminister.', 'de'), ['CA warns RU']);
  assert.deepEqual(warns('Le Canada a accusé la Russie de cyberattaques. « Nous tiendrons la Russie pour responsable », a déclaré le ministre canadien.', 'fr'), ['CA warns RU']);
});

test('German future tense of a warning is no passive', () => {
  assert.deepEqual(warns('Kanada warf Russland Cyberangriffe vor. Russland wird die notwendigen Maßnahmen ergreifen, um seine Interessen zu schützen.', 'de'), ['RU warns CA']);
  // The same vow in English and French, which already held.
  assert.deepEqual(warns('Canada accused Russia of cyberattacks. Russia will take the necessary measures to protect its cybersecurity.', 'en'), ['RU warns CA']);
});

test('no warning: a finding of responsibility, a past prosecution, a real passive', () => {
  assert.deepEqual(warns('Canadá dijo que Rusia es responsable de los ataques.', 'es'), []);
  assert.deepEqual(warns('Суд в Канаде привлек хакеров к ответственности за атаки на министерства.', 'ru'), []);
  assert.deepEqual(warns('Kanada warf Russland Cyberangriffe vor. Russland wurde gewarnt.', 'de'), []);
  assert.deepEqual(warns('Kanada warf Russland Cyberangriffe vor. Russland wird gewarnt.', 'de'), []);
});
