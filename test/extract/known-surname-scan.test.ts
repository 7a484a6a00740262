/**
 * Speed without a change of output (known-people.ts): the known forms and the surnames of one known person are
 * looked up only at positions of the body where one of them can open (a table of first code units), and a surname
 * the body does not contain is not weighed against the people found. A known surname standing alone still names
 * its person; one inside a longer capitalised name, or of someone the text names in full, does not.
 * Sentences invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (text: string) => extract(text).people.map((p) => p.name);

test('a known form in full, or a known surname alone, names its person (en, de, ru)', () => {
  assert.ok(names('The Kremlin rejected the report on Monday. Dmitri Peskov said the claims were baseless and that Moscow had no part in the intrusion.').includes('Dmitry Peskov'));
  assert.ok(names('Der Kreml wies den Bericht am Montag zurück. Peskow sagte, die Vorwürfe seien haltlos und Moskau habe mit dem Angriff nichts zu tun.').includes('Dmitry Peskov'));
  assert.ok(names('Кремль в понедельник отверг доклад. Песков заявил, что обвинения беспочвенны и Москва не причастна к атаке.').includes('Dmitry Peskov'));
});

test('a surname inside a longer capitalised name names no known person (en, de, ru)', () => {
  assert.ok(!names('The report was written by analyst Jarek Peskov of a small consultancy, who said the intrusion was ongoing.').includes('Dmitry Peskov'));
  assert.ok(!names('Den Bericht schrieb der Analyst Jarek Peskow von einer kleinen Beratungsfirma, der sagte, der Angriff dauere an.').includes('Dmitry Peskov'));
  assert.ok(!names('Доклад написал аналитик Ярек Песков из небольшой консалтинговой фирмы, который заявил, что атака продолжается.').includes('Dmitry Peskov'));
});

test('a text with no known form or surname finds no known person', () => {
  assert.deepEqual(names('On Monday the ministry blamed a power failure, not an attack, for the outage.'), []);
});
