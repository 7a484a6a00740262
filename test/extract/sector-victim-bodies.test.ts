/**
 * A state body named without a sector word (a ministry, an electoral commission, a presidential
 * office) is government when it is the victim of the act told, not when it speaks; the press or a
 * state body after an audience preposition ("devant la presse", "ante el Congreso", "before
 * Congress") or a source marker and a determiner ("selon ces médias") hears or tells the story and
 * is no target. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const has = (text: string, lang: string, slug: string) => sectors(text, lang).includes(slug);

test('a state body after the hostile act is a targeted government (en, de, ru, es)', () => {
  assert.ok(has('Report\nLast winter the intruders breached the mail server of the Latvian foreign ministry.\nSource: x', 'en', 'government'));
  assert.ok(has('Bericht\nIm Winter gab es einen Cyberangriff auf das Netz des lettischen Außenministeriums.\nSource: x', 'de', 'government'));
  assert.ok(has('Отчет\nЗимой хакеры взломали почтовый сервер министерства финансов Латвии.\nSource: x', 'ru', 'government'));
  assert.ok(has('Informe\nEl grupo hackeó en invierno los servidores del ministerio letón de Finanzas.\nSource: x', 'es', 'government'));
});

test('a state body that speaks is no target (en, de, fr)', () => {
  assert.ok(!has('Report\nThe ministry said the hackers behind the phishing wave were unknown.\nSource: x', 'en', 'government'));
  assert.ok(!has('Bericht\nNach dem Cyberangriff auf eine Bank erklärte das Außenministerium, es habe keine Hinweise.\nSource: x', 'de', 'government'));
  assert.ok(!has('Rapport\nAprès la cyberattaque contre une banque, le ministère a déclaré ne rien savoir.\nSource: x', 'fr', 'government'));
});

test('the press or a state body as audience of a statement is no target (fr, es, en)', () => {
  assert.ok(!has('Brève\nLe réseau a été piraté la semaine dernière, a indiqué le porte-parole devant la presse.\nSource: x', 'fr', 'media'));
  assert.ok(!has('Breve\nEl director dijo ante el Congreso que los hackers atacaron una red eléctrica.\nSource: x', 'es', 'government'));
  assert.ok(!has('Brief\nThe director testified before Congress that hackers attacked a power grid.\nSource: x', 'en', 'government'));
});

test('a source marker and a determiner before the media make them the source (fr, es, de)', () => {
  assert.ok(!has('Brève\nLes téléphones de trois ministres ont été piratés, selon ces médias.\nSource: x', 'fr', 'media'));
  assert.ok(!has('Breve\nLos teléfonos de tres ministros fueron hackeados, según los periodistas.\nSource: x', 'es', 'media'));
  assert.ok(!has('Meldung\nDie Telefone dreier Minister wurden gehackt, laut der Zeitungen.\nSource: x', 'de', 'media'));
});
