/**
 * A role phrase whose body or state is written with dotted abbreviations ("EE.UU.", "FF.AA.",
 * "U.S.", "U.K.") still introduces the name after it: those dots close no clause. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

function acting(text: string): { name: string; role?: string }[] {
  return extract(text).people.map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}) }));
}

test('a doubled-initial plural in a role phrase (es)', () => {
  const es = acting('Tensión diplomática\nSegún ha declarado el embajador de Noruega en EE.UU., Halvard Strøm, "la respuesta será proporcional".\nSource: x');
  const p = es.find((x) => x.name === 'Halvard Strøm');
  assert.ok(p, 'the ambassador is found');
  assert.match(p.role ?? '', /EE\.UU\./u);
  const ffaa = acting('Ciberataque\nEl jefe del Estado Mayor de las FF.AA., Julián Arrieta, confirmó el ataque contra la red militar.\nSource: x');
  assert.ok(ffaa.some((x) => x.name === 'Julián Arrieta'));
});

test('an initialism in a role phrase (en)', () => {
  const en = acting('Envoy responds\nThe ambassador of Norway to the U.S., Pavel Orlov, said the charges were baseless.\nSource: x');
  assert.ok(en.some((x) => x.name === 'Pavel Orlov' && /U\.S\./u.test(x.role ?? '')));
  const uk = acting('Statement\nThe head of the U.K. delegation, Fiona Marsh, warned that further attacks were likely.\nSource: x');
  assert.ok(uk.some((x) => x.name === 'Fiona Marsh'));
});

test('a sentence that ends on an abbreviation still ends there (en)', () => {
  const en = acting('Briefing\nThe attack hit several ministries of the U.K. Officials said nothing more.\nSource: x');
  assert.ok(!en.some((x) => /Officials/u.test(x.name)));
});
