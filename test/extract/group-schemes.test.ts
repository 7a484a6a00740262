/**
 * Threat groups named by a vendor's naming scheme are groups even when the knowledge base does not
 * know them: a prefix and a number ("UNC9921", "Storm-9911", "TA9999", "UAC-0999", "APT-C-99",
 * "CL-STA-9123"), or a free word with a family word and a group word nearby ("the Lapis Typhoon
 * group", "tracked as Earth Quillfish"). A code name given as another name of a known group
 * ("Sandworm (UAC-0999)", "also known as UNC9921") is that group's alias. Groups named only in a
 * block of links to other stories ("Related posts: ...") are not the article's. Sentences and
 * names written for these tests (the codes are made up).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string) => extract(`Title\n${body}\nSource: https://example.test/a`, { lang }).intrusion_sets;
const names = (body: string, lang: string) => groups(body, lang).map((g) => g.name);

test('code names are groups in every language', () => {
  assert.deepEqual(names('Mandiant said UNC9921 exploited the flaw; Microsoft tracks the cluster as Storm-9911.', 'en'), ['UNC9921', 'Storm-9911']);
  assert.deepEqual(names('Le groupe UNC9921 a visé des ministères, selon Proofpoint qui le suit sous le nom TA9999.', 'fr'), ['UNC9921', 'TA9999']);
  assert.deepEqual(names('Die Gruppe UAC-0999 griff Behörden an, meldete CERT-UA.', 'de'), ['UAC-0999']);
  assert.deepEqual(names('Группировка UAC-0999 атаковала министерства.', 'ru'), ['UAC-0999']);
  assert.deepEqual(names('微软将该组织称为Storm-9911。', 'zh'), ['Storm-9911']);
  assert.deepEqual(names('Nhóm tin tặc APT-C-99 đã tấn công các bộ ngành.', 'vi'), ['APT-C-99']);
  assert.deepEqual(names('Unit 42 sigue el clúster CL-STA-9123, que atacó a operadores.', 'es'), ['CL-STA-9123']);
});

test('a free word with a family word is a group where a group word is near (en, fr, de, es)', () => {
  assert.deepEqual(names('Microsoft said the Lapis Typhoon group breached the network.', 'en'), ['Lapis Typhoon']);
  assert.deepEqual(names('Trend Micro tracks the actor as Earth Quillfish.', 'en'), ['Earth Quillfish']);
  assert.deepEqual(names('Selon Microsoft, le groupe Lapis Typhoon a visé des ministères.', 'fr'), ['Lapis Typhoon']);
  assert.deepEqual(names('Laut Microsoft steckt die Gruppe Lapis Typhoon hinter dem Angriff.', 'de'), ['Lapis Typhoon']);
  assert.deepEqual(names('Según Microsoft, el grupo Lapis Typhoon atacó a varios ministerios.', 'es'), ['Lapis Typhoon']);
});

test('a family word in an ordinary phrase is no group', () => {
  assert.deepEqual(names('The Eurofighter Typhoon flew over Big Bear Lake during Super Typhoon Yagi.', 'en'), []);
  assert.deepEqual(names('Earth Day events were held across the country.', 'en'), []);
  assert.deepEqual(names('The Lapis Typhoon hit the coast on Monday.', 'en'), []);
});

test('a code name given as another name of a known group is its alias', () => {
  const en = groups('RomCom, also known as UNC9921, targeted ministries.', 'en');
  assert.deepEqual(en.map((g) => g.name), ['RomCom']);
  assert.ok(en[0]!.aliases.includes('UNC9921'));
  assert.deepEqual(names('Кибератака группы Sandworm (UAC-0999) на объекты энергетики.', 'ru'), ['Sandworm Team']);
  assert.deepEqual(names('In Berichten wird der Akteur als Ember Bear oder UAC-0999 geführt.', 'de'), ['Ember Bear']);
  assert.deepEqual(names('El grupo RomCom (también conocido como UNC9921) atacó ministerios.', 'es'), ['RomCom']);
});

test('a group named only in a block of links to other stories is not the article\'s', () => {
  assert.deepEqual(names('APT28 attacked the ministry.\nRelated posts: Volt Typhoon in routers | Salt Typhoon and telecoms', 'en'), ['APT28']);
  assert.deepEqual(names('APT28 a attaqué le ministère.\nÀ lire aussi :\n- Volt Typhoon dans les routeurs\n- Salt Typhoon et les opérateurs', 'fr'), ['APT28']);
  assert.deepEqual(names('APT28 griff das Ministerium an.\nVerwandte Beiträge: Volt Typhoon in Routern', 'de'), ['APT28']);
  assert.deepEqual(names('APT28 tấn công bộ này.\nTin liên quan: Nhóm Volt Typhoon và hạ tầng', 'vi'), ['APT28']);
  assert.deepEqual(names('APT28 атаковала министерство.\nЧитайте также: Volt Typhoon в маршрутизаторах', 'ru'), ['APT28']);
  // named in the story too: kept
  assert.deepEqual(names('APT28 and Volt Typhoon attacked the ministry.\nRelated: Volt Typhoon in routers', 'en'), ['APT28', 'Volt Typhoon']);
});
