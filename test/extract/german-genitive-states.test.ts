/**
 * German genitives of states and their capitals ("im Auftrag Russlands", "Irans Revolutionsgarden",
 * "Pekings Hacker", "des Kremls"): the state, as the nominative is. Names in a sibilant and feminine
 * names, which take the article ("der Ukraine"), have no -s form. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { deGenitive } from '../../src/knowledge/data/inflect.ts';

const claims = (body: string) =>
  extract(`Überschrift\n${body}\nSource: https://example.org/story`, { lang: 'de' }).claims.map((c) => [c.claimant, c.stance === 'accuses' ? 'attributes' : c.stance, c.target ?? null]);

test('a state named in the genitive is the state (de)', () => {
  assert.deepEqual(claims('Österreich macht Hacker im Auftrag Russlands für den Angriff auf die Stadtwerke verantwortlich.'), [['AT', 'attributes', 'RU']]);
  assert.deepEqual(claims('Die Niederlande machen Irans Revolutionsgarden für die Angriffe verantwortlich.'), [['NL', 'attributes', 'IR']]);
  assert.deepEqual(claims('Polen macht Hacker Pekings für den Angriff auf das Parlament verantwortlich.'), [['PL', 'attributes', 'CN']]);
});

test('the genitive -s is given only where German uses it', () => {
  assert.deepEqual(deGenitive('Nordkorea'), ['Nordkoreas']);
  assert.deepEqual(deGenitive('Kreml'), ['Kremls']);
  for (const name of ['Belarus', 'Laos', 'Ukraine', 'Türkei', 'Schweiz', 'Vereinigte Staaten']) assert.deepEqual(deGenitive(name), [], name);
});
