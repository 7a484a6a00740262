/**
 * Spanish marks a person who is the object of a verb with "a"/"al" ("culpó al exministro X", "tachó de
 * culpable a X"): that person is no inverted subject of the verb before them, and no subject of
 * a verb after them that the sentence's subject coordinates ("..., ya retirado, y añadió que ..."). Whom a
 * verb addresses ("dijo a la prensa X") is no object marker of the speaker. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string) => extract(`Titular\n\n${body}\n\nSource: https://example.org/story`, { lang: 'es' }).people.map((p) => p.name);

test('es: a person after "al" is the object, not the inverted subject', () => {
  assert.deepEqual(people('Ortega culpó del robo de datos al exministro regional Lester Quiroga.'), []);
});

test('es: a person after "al" does not speak the coordinated verb after them', () => {
  assert.ok(!people('Ortega culpó al exministro Lester Quiroga, ya retirado, y añadió que otros funcionarios participaron.').includes('Lester Quiroga'));
  const both = people('El fiscal Tarek Mendoza culpó al exministro Lester Quiroga, ya retirado, y añadió que otros participaron.');
  assert.ok(both.includes('Tarek Mendoza') && !both.includes('Lester Quiroga'), JSON.stringify(both));
});

test('es: subjects and addressed speakers still act (negative)', () => {
  assert.deepEqual(people('"Es un sabotaje", dijo a la prensa Ramiro Celis.'), ['Ramiro Celis']);
  assert.deepEqual(people('El ministro Ramiro Celis dijo que fue un ataque dirigido desde el exterior.'), ['Ramiro Celis']);
  assert.deepEqual(people('De cara a las elecciones, el ministro Ramiro Celis dijo que fue un ataque.'), ['Ramiro Celis']);
});
