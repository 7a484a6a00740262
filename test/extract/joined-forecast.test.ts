/**
 * A speaker's forecast opening a second clause joined by a comma and "and" ("Turkey has been hacking our clinics for
 * months, and the attacks on them will not stop") warns of the subject of the first clause, the doer of the act
 * it forecasts. With no party opening the first clause, no hostile act told in it
 * ("London has strengthened its defences, and ..."), no speaker, or a past act told, no warning of it.
 * Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract([...text.split(' || '), 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('en: "Turkey ..., and the attacks ... will not stop" warns of Turkey', () => {
  const got = claims('Hospitals under pressure || "Turkey has been hacking our clinic networks for months, and the attacks on our clinics will not stop," said Mandiant analyst Jon Perrow.', 'en');
  assert.ok(got.includes('Mandiant warns TR'), got.join('; '));
});

test('de: "Die Türkei ..., und die Angriffe ... werden nicht aufhören" warns of Turkey', () => {
  const got = claims('Kliniken unter Druck || „Die Türkei führt diesen Streit inzwischen auch mit Cyberangriffen, und die Angriffe auf unsere Kliniken werden nicht aufhören“, sagte ein Sprecher von Mandiant.', 'de');
  assert.ok(got.includes('Mandiant warns TR'), got.join('; '));
});

test('ru: "Турция ..., и атаки ... не прекратятся" warns of Turkey', () => {
  const got = claims('Больницы под давлением || В компании Mandiant заявили, что Турция атакует наши клиники уже несколько месяцев, и атаки на наши клиники не прекратятся.', 'ru');
  assert.ok(got.includes('Mandiant warns TR'), got.join('; '));
});

test('fr: "la Turquie ..., et les attaques ... ne cesseront pas" warns of Turkey', () => {
  const got = claims('Cliniques sous pression || Mandiant a déclaré que la Turquie pirate nos cliniques depuis des mois, et les attaques contre nos cliniques ne cesseront pas.', 'fr');
  assert.ok(got.includes('Mandiant warns TR'), got.join('; '));
});

test('es: "Turquía ..., y los ataques ... no cesarán" warns of Turkey', () => {
  const got = claims('Clínicas bajo presión || Mandiant afirmó que Turquía ataca nuestras clínicas desde hace meses, y los ataques contra nuestras clínicas no cesarán.', 'es');
  assert.ok(got.includes('Mandiant warns TR'), got.join('; '));
});

test('negatives: no party opening the first clause, no hostile act in it, no speaker, a past act', () => {
  const defence = claims('Больницы под давлением || В компании Mandiant заявили, что Лондон усилил защиту своих клиник, и атаки на клиники продолжатся.', 'ru');
  assert.ok(!defence.includes('Mandiant warns GB'), defence.join('; '));
  const none = claims('Hospitals under pressure || "The clinic keeps working normally, and the attacks on its servers will not stop," said Mandiant analyst Jon Perrow.', 'en');
  assert.ok(!none.some((c) => / warns /.test(c)), none.join('; '));
  const narration = claims('Kliniken unter Druck || Die Türkei führt diesen Streit inzwischen auch mit Cyberangriffen, und die Angriffe auf Kliniken werden nicht aufhören.', 'de');
  assert.ok(!narration.some((c) => / warns /.test(c)), narration.join('; '));
  const past = claims('Clínicas bajo presión || Mandiant afirmó que Turquía atacó nuestras clínicas durante meses, y los ataques contra nuestras clínicas continuaron en 2019.', 'es');
  assert.ok(!past.includes('Mandiant warns TR'), past.join('; '));
});
