/**
 * Pieces of abbreviations and common nouns written as acronyms are no parties: a Spanish plural that
 * doubles its initials with a space between its parts ("EE. UU.") is one name and one sentence; "ПО"
 * (software), "IT", "IA" name things, never a claimant or an accused. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { segmentDocument } from '../../src/extract/segment.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');

test('es: "EE. UU." with a space is the United States, inside one sentence', () => {
  const text = article([
    'Alerta sobre controladores industriales',
    'Según la Oficina Federal de Investigaciones (FBI) de EE. UU., el grupo APT33 está vinculado a Irán y ha atacado depuradoras.',
  ]);
  const got = claims(text, 'es');
  assert.ok(got.some((c) => /^US (accuses|attributes) IR$/.test(c)), got.join('; '));
  assert.ok(!got.some((c) => /^(UU|EE)/.test(c)), got.join('; '));
  const sentences = segmentDocument(text, 'es').sentences.map((s) => s.text);
  assert.ok(sentences.some((s) => s.includes('EE. UU., el grupo')), sentences.join(' | '));
});

test('es: a sentence that ends on "EE. UU." still ends there; a lone doubled initial does not join the next word', () => {
  const text = article([
    'Sanciones',
    'El ministerio informó a las FF. AA. y al Gobierno de EE. UU. La embajada no respondió. Lo confirmó el jefe de RR. Luego habló la ministra.',
  ]);
  const sentences = segmentDocument(text, 'es').sentences.map((s) => s.text);
  assert.ok(sentences.includes('El ministerio informó a las FF. AA. y al Gobierno de EE. UU.'), sentences.join(' | '));
  assert.ok(sentences.includes('La embajada no respondió.'), sentences.join(' | '));
  assert.ok(sentences.includes('Luego habló la ministra.'), sentences.join(' | '));
});

test('ru: "вредоносное ПО" is software, not the accused', () => {
  const got = claims(article([
    'Операция против ботнета',
    'Минюст США и полиция Франции объявили об удалении вредоноса, приписав вредоносное ПО группировке Mustang Panda.',
  ]), 'ru');
  assert.ok(!got.some((c) => / ПО$/.test(c) || c.startsWith('ПО ')), got.join('; '));
});

test('fr, en: "IA" and "IT" are no claimants', () => {
  const fr = claims(article([
    'Une campagne de désinformation',
    "Selon l'IA, la Russie a piraté les serveurs du ministère.",
  ]), 'fr');
  assert.ok(!fr.some((c) => c.startsWith('IA ')), fr.join('; '));
  const en = claims(article([
    'Outage at the ministry',
    'IT said Russian hackers had breached the ministry servers.',
  ]), 'en');
  assert.ok(!en.some((c) => c.startsWith('IT ')), en.join('; '));
});
