/**
 * A threat group that names itself with a reflexive naming verb ("a group that calls itself X",
 * "hackers calling themselves X", "un groupe qui se fait appeler X", "eine Gruppe, die sich X nennt",
 * "piratas que se autodenominan X", "хакеры, называющие себя X", "nhóm tự xưng là X"), and what must
 * stay no group: a strain or a company naming itself, and a person or a place named next to a group
 * noun that only depends on the head ("the group's leader, known as X", "лидер группировки, известный
 * как X", "a region known as X"). Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('a group naming itself with a reflexive naming verb is a group (en, fr, de, es, ru, vi)', () => {
  assert.deepEqual(groups('The defacement was claimed by a crew that calls itself Silt Heron.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups('Hackers calling themselves Copper Lynx published the stolen records.', 'en'), ['Copper Lynx']);
  assert.deepEqual(groups('Velmora blamed a cluster codenamed Copper Lynx for the breach.', 'en'), ['Copper Lynx']);
  assert.deepEqual(groups("Des pirates qui se font appeler Copper Lynx ont publié les fichiers.", 'fr'), ['Copper Lynx']);
  assert.deepEqual(groups('Hacker, die sich Copper Lynx nennen, veröffentlichten die Unterlagen.', 'de'), ['Copper Lynx']);
  assert.deepEqual(groups('Los piratas, que se autodenominan Copper Lynx, filtraron los registros.', 'es'), ['Copper Lynx']);
  assert.deepEqual(groups('Хакеры, называющие себя Silt Heron, взломали портал ведомства.', 'ru'), ['Silt Heron']);
  assert.deepEqual(groups('Một nhóm tự xưng là Silt Heron đã công bố dữ liệu bị đánh cắp.', 'vi'), ['Silt Heron']);
});

test('no group from a strain or a company that names itself (en, fr, de, ru)', () => {
  assert.deepEqual(groups('A ransomware strain that calls itself Copper Lynx locked the files.', 'en'), []);
  assert.deepEqual(groups('Une entreprise qui se fait appeler Copper Lynx a été piratée.', 'fr'), []);
  assert.deepEqual(groups('Eine Firma, die sich Copper Lynx nennt, wurde gehackt.', 'de'), []);
  assert.deepEqual(groups('Компания, называющая себя Copper Lynx, подверглась взлому.', 'ru'), []);
});

test('no group from a person or a place named next to a group noun that depends on the head (en, fr, de, es, ru, vi, zh)', () => {
  assert.deepEqual(groups("The group's leader, known as Marco Stern, was detained.", 'en'), []);
  assert.deepEqual(groups('The crew targeted a region known as Grey Valley.', 'en'), []);
  assert.deepEqual(groups('Le chef du groupe, connu sous le nom de Grey Falcon, a été arrêté.', 'fr'), []);
  assert.deepEqual(groups('Der Anführer der Gruppe, der sich Grey Falcon nennt, wurde festgenommen.', 'de'), []);
  assert.deepEqual(groups('El líder del grupo, conocido como Grey Falcon, fue detenido.', 'es'), []);
  assert.deepEqual(groups('Лидер группировки, известный как Grey Falcon, был задержан.', 'ru'), []);
  assert.deepEqual(groups('Thủ lĩnh của nhóm, được gọi là Grey Falcon, đã bị bắt.', 'vi'), []);
  assert.deepEqual(groups('该组织的头目，自称Grey Falcon，已被逮捕。', 'zh'), []);
});
