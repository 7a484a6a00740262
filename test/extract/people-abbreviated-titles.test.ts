/**
 * An abbreviated title before a name: an office or rank ("Sen. X", "Rep. X", "Gov. X"; en) is a role
 * as the full word is, and a title's dot closes no sentence ("la Sra. X", "la Dra. X"; es, "TS. X";
 * vi), so the name and its verb stay in one sentence. An abbreviation with no name after it names no
 * one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('en: abbreviated offices are roles before a name', () => {
  assert.deepEqual(people('Sen. Dolores Whitfield, a Democrat from Ohio, accused Beijing of the breach.', 'en'), ['Dolores Whitfield']);
  assert.deepEqual(people('Rep. Dolores Whitfield accused Beijing of the breach.', 'en'), ['Dolores Whitfield']);
});

test('es, vi: a title abbreviation does not end the sentence', () => {
  assert.deepEqual(people('La Sra. Pilar Escudero negó que los sistemas hubieran sido comprometidos.', 'es'), ['Pilar Escudero']);
  assert.deepEqual(people('La Dra. Pilar Escudero afirmó que el ataque procedía de Rusia.', 'es'), ['Pilar Escudero']);
  assert.deepEqual(people('TS. Vũ Ngọc Sơn nhận định các cuộc tấn công có dấu hiệu được nhà nước hậu thuẫn.', 'vi'), ['Vũ Ngọc Sơn']);
});

test('en: an abbreviation with no name after it names no one', () => {
  assert.deepEqual(people('The Sen. Armed Services Committee said the breach was unacceptable.', 'en'), []);
});
