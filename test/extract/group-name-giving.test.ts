/**
 * Giving a group a name: a verb of giving with the group as its indirect object and the name as what is given
 * ("gave the group the name X", "gaben der Gruppe den Namen X", "ont donné au groupe le nom de X", "dieron al
 * grupo el nombre de X", "дали группировке название X", "đặt tên cho nhóm này là X"), and every name of a list
 * such a cue gives ("đặt tên cho ba nhóm này là X, Y và Z"). Negatives: a name given to malware, a campaign or a
 * company, a known name, and a list that runs on into a clause. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name).sort();

test('a name given to a group names an unknown group (en)', () => {
  assert.deepEqual(groups('Analysts at Sekoia gave the group the name Amber Kestrel after months of watching its phishing waves.', 'en'), ['Amber Kestrel']);
  const x = extract('Headline\nAnalysts at Sekoia gave the group the name Amber Kestrel. Sekoia said Amber Kestrel works for the Iranian government.\nSource: https://example.org/story', { lang: 'en' });
  assert.ok(x.claims.some((c) => c.claimant === 'Sekoia' && c.about.includes('Amber Kestrel')));
});

test('a name given to a group names an unknown group (de)', () => {
  assert.deepEqual(groups('Die Analysten gaben der Gruppe den Namen «Quiet Marsh Heron», wie das Labor am Dienstag schrieb.', 'de'), ['Quiet Marsh Heron']);
  assert.deepEqual(groups('Das Labor verlieh dem Cluster den Decknamen Grey Lantern und veröffentlichte Indikatoren.', 'de'), ['Grey Lantern']);
});

test('a name given to a group names an unknown group (fr, es)', () => {
  assert.deepEqual(groups('Les chercheurs du laboratoire ont donné au groupe le nom de Brume Lente après deux ans de suivi.', 'fr'), ['Brume Lente']);
  assert.deepEqual(groups('Los analistas del laboratorio dieron al grupo el nombre de Niebla Parda tras seguirlo durante un año.', 'es'), ['Niebla Parda']);
});

test('a name given to a group names an unknown group (ru)', () => {
  assert.deepEqual(
    groups('Аналитики компании Sekoia дали новой группировке название Grey Lantern. По их словам, она атакует энергетические компании региона.', 'ru'),
    ['Grey Lantern'],
  );
});

test('every name of a list one cue gives is a group (vi, en)', () => {
  assert.deepEqual(
    groups('Công ty Sekoia đặt tên tạm cho hai nhóm này là UNK_PaleOtter và UNK_GreyWren. Cả hai đều gửi thư lừa đảo tới các trường đại học.', 'vi'),
    ['UNK_GreyWren', 'UNK_PaleOtter'],
  );
  assert.deepEqual(groups('Sekoia tracks the three clusters as Pale Otter, Grey Wren and Dusk Marten.', 'en'), ['Dusk Marten', 'Grey Wren', 'Pale Otter']);
});

test('a name given to malware, a campaign or a company is no group (negatives: en, de, fr, vi)', () => {
  assert.deepEqual(groups('Analysts at Sekoia gave the malware the name Amber Kestrel after it spread through schools.', 'en'), []);
  assert.deepEqual(groups('Die Stadtverwaltung gab der Firma den Namen Quiet Marsh Heron, bevor sie verkauft wurde.', 'de'), []);
  assert.deepEqual(groups("Les chercheurs ont donné à la campagne le nom de Brume Lente pour la distinguer des autres.", 'fr'), []);
  assert.deepEqual(groups('Công ty Sekoia đặt tên cho chiến dịch này là Mây Xám để dễ theo dõi.', 'vi'), []);
});

test('a known name or a list running into a clause adds no group (negatives: en, vi)', () => {
  assert.deepEqual(groups('Analysts gave the group the name Microsoft in jest, then dropped it.', 'en'), []);
  // the words after the last comma open a clause: only the first name is given
  assert.deepEqual(groups('Sekoia tracks the cluster as Pale Otter, Grey Wren researchers say.', 'en'), ['Pale Otter']);
});
