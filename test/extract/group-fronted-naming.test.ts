/**
 * A fronted naming phrase whose subject after the comma is a group ("Dubbed X by Velmora, the crew
 * ...", "Baptisé X par Velmora, le groupe ...", "Conocido como X, el grupo ...", "Известная как X,
 * группировка ..."), and what must stay no group: the same phrase fronting malware or a company.
 * Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('a fronted naming phrase names the group that is the subject after it (en, fr, es, ru)', () => {
  assert.deepEqual(groups('Dubbed Silt Heron by Velmora, the crew has hit harbours since 2023.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups('Known as Copper Lynx, the intruders stole records from the agency.', 'en'), ['Copper Lynx']);
  assert.deepEqual(groups('Baptisé Copper Lynx par Velmora, le groupe vise des douanes.', 'fr'), ['Copper Lynx']);
  assert.deepEqual(groups('Conocido como Copper Lynx, el grupo robó registros de aduanas.', 'es'), ['Copper Lynx']);
  assert.deepEqual(groups('Известная как Copper Lynx, группировка похитила данные таможни.', 'ru'), ['Copper Lynx']);
});

test('no group where the fronted phrase names malware or a company (en, fr, es)', () => {
  assert.deepEqual(groups('Dubbed Copper Lynx by Velmora, the malware steals passwords.', 'en'), []);
  assert.deepEqual(groups('Known as Copper Lynx, the company makes routers.', 'en'), []);
  assert.deepEqual(groups("Baptisé Copper Lynx, le logiciel malveillant vole des mots de passe.", 'fr'), []);
  assert.deepEqual(groups('Conocida como Copper Lynx, la empresa fabrica routers.', 'es'), []);
});
