/**
 * Spanish parliamentary records name a speaker in a bracket after the role by two family names, the
 * father's then the mother's; the person is called by the first, which becomes an alias. Other
 * languages' records do not name people so (negative cases), nor does a bracket that closes no
 * speaker label. Names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const es = (line: string) => extract(`Diario de sesiones\nPREGUNTA: ¿Qué medidas tomará el Gobierno?\n\n${line}\n\nPREGUNTA: ¿Y los hospitales?\n\nFuente: x`, { lang: 'es' }).people;

test('es: the first of two family names in a speaker bracket is the name the person goes by', () => {
  const p = es('MINISTRA DE DEFENSA (Ruiz-Tapia Olmedo): Gracias, presidenta. Rusia está detrás de los ataques contra nuestros hospitales.');
  const q = p.find((x) => x.name === 'Ruiz-Tapia Olmedo');
  assert.ok(q && q.aliases.includes('Ruiz-Tapia'), JSON.stringify(p));
});

test('es: a bracket that opens no label, holds a given name first, or one name, gives no alias (negative)', () => {
  const p = es('La ministra de Defensa, Carmen Ruiz-Tapia (PSOE), dijo que Rusia está detrás de los ataques.');
  assert.ok(p.every((x) => !x.aliases.includes('Carmen')), JSON.stringify(p));
  const given = es('MINISTRA DE DEFENSA (Carmen Olmedo): Gracias, presidenta. Rusia está detrás de los ataques.');
  assert.ok(given.some((x) => x.name === 'Carmen Olmedo') && given.every((x) => !x.aliases.includes('Carmen')), JSON.stringify(given));
  const one = es('MINISTRA DE DEFENSA (Olmedo): Gracias, presidenta. Rusia está detrás de los ataques.');
  assert.ok(one.every((x) => x.aliases.length === 0 || !x.aliases.includes('Olmedo')), JSON.stringify(one));
});

test('fr, en: the same bracket shape in other languages keeps the name as it is (negative)', () => {
  const fr = extract('Compte rendu\nQUESTION : Quelles mesures ?\n\nMINISTRE DES ARMÉES (Jean Olmedo) : Merci. La Russie est derrière ces attaques.\n\nQUESTION : Et les hôpitaux ?\n\nSource : x', { lang: 'fr' }).people;
  assert.ok(fr.every((x) => !x.aliases.includes('Jean')), JSON.stringify(fr));
  const en = extract('Hansard\nQUESTION: What will the Government do?\n\nDEFENCE SECRETARY (John Olmedo): Thank you. Russia is behind these attacks.\n\nQUESTION: And the hospitals?\n\nSource: x', { lang: 'en' }).people;
  assert.ok(en.every((x) => !x.aliases.includes('John')), JSON.stringify(en));
});
