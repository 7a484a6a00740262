/**
 * States listed in a sentence of a joint act are its co-signers, hence parties; the same list
 * with no joint act and no hostile act is a passing mention. Sentences written for these tests (the Russian one names states whose oblique forms the knowledge base links).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const codes = (text: string, lang: string) => extract(text, { lang }).countries.map((c) => c.code).sort();

test('a list of states after a joint-act cue: co-signers (en, es, ru)', () => {
  const en = codes('Guidance issued\nThe agency released the guidance together with partner agencies from Norway, Finland and Iceland.\nSource: x', 'en');
  for (const c of ['NO', 'FI', 'IS']) assert.ok(en.includes(c), `${c} in ${en.join(',')}`);
  const es = codes('Guía\nLa agencia publicó la guía junto con sus socios de Noruega, Finlandia e Islandia.\nSource: x', 'es');
  for (const c of ['NO', 'FI', 'IS']) assert.ok(es.includes(c), `${c} in ${es.join(',')}`);
  const ru = codes('Доклад\nАгентство опубликовало доклад совместно с партнерами из Великобритании, Канады и Австралии.\nSource: x', 'ru');
  for (const c of ['GB', 'CA', 'AU']) assert.ok(ru.includes(c), `${c} in ${ru.join(',')}`);
});

test('the same list with no joint or hostile act is a passing mention (en)', () => {
  assert.deepEqual(codes('Travel\nThe minister visited Norway, Finland and Iceland last year.\nSource: x', 'en'), []);
});
