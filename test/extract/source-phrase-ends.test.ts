/**
 * A source marker ("according to", "según", "selon", "theo") and its complement end at the first
 * clause punctuation: a person named further on, in the main clause, is not the source and does not
 * speak ("According to reports, the phone of Minister X was infected"). A name right after the comma
 * is an apposition naming the source, who speaks. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const speaks = (text: string, lang: string, name: string) => extract(text, { lang }).people.some((p) => p.name === name);

test('en: a person in the main clause after "according to reports," does not speak', () => {
  assert.ok(!speaks('Title\nAccording to reports, the phone of Minister John Olmedo was infected.\nSource: x', 'en', 'John Olmedo'));
  assert.ok(speaks('Title\nAccording to the ministry spokesman, John Olmedo, the attacks came from Russia.\nSource: x', 'en', 'John Olmedo'));
});

test('es: "según varios medios," ends before the main clause', () => {
  assert.ok(!speaks('Título\nSegún varios medios, el teléfono del ministro Carlos Olmedo fue infectado.\nFuente: x', 'es', 'Carlos Olmedo'));
  assert.ok(speaks('Título\nSegún el portavoz del ministerio, Carlos Olmedo, los ataques procedían de Rusia.\nFuente: x', 'es', 'Carlos Olmedo'));
});

test('fr: "selon plusieurs médias," ends before the main clause', () => {
  assert.ok(!speaks('Titre\nSelon plusieurs médias, le téléphone du ministre Jean Olmedo a été infecté.\nSource : x', 'fr', 'Jean Olmedo'));
  assert.ok(speaks('Titre\nSelon le porte-parole du ministère, Jean Olmedo, les attaques venaient de Russie.\nSource : x', 'fr', 'Jean Olmedo'));
});

test('vi: "theo truyền thông," ends before the main clause', () => {
  assert.ok(!speaks('Tiêu đề\nTheo truyền thông, điện thoại của Bộ trưởng Nguyễn Văn Bình đã bị nhiễm mã độc.\nNguồn: x', 'vi', 'Nguyễn Văn Bình'));
});
