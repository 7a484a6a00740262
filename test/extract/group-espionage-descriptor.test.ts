/**
 * An espionage or threat descriptor right before a name names a threat group, as "hacking group" does: "le groupe de
 * cyberespionnage X", "l'acteur malveillant X", "el grupo de ciberespionaje X", "el actor de amenazas X", "nhóm gián
 * điệp mạng X", "网络间谍组织X", "APT组织X", "威胁组织X". A state after the descriptor names no group ("nhóm gián điệp
 * mạng Trung Quốc"). Sentences written for these tests, with invented group names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groupsOf = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

const NAMED: Array<[string, string]> = [
  ['fr', 'Le groupe de cyberespionnage Quartz Otter a visé trois ministères des Affaires étrangères en Europe centrale.'],
  ['fr', "L'acteur malveillant Quartz Otter a visé trois ministères des Affaires étrangères en Europe centrale."],
  ['es', 'El grupo de ciberespionaje Quartz Otter atacó a tres ministerios de Exteriores de Europa central.'],
  ['es', 'El actor de amenazas Quartz Otter atacó a tres ministerios de Exteriores de Europa central.'],
  ['vi', 'Nhóm gián điệp mạng Quartz Otter đã tấn công ba bộ ngoại giao ở Trung Âu.'],
  ['zh', '网络间谍组织Quartz Otter攻击了中欧三国的外交部。'],
  ['zh', 'APT组织Quartz Otter攻击了中欧三国的外交部。'],
  ['zh', '威胁组织Quartz Otter攻击了中欧三国的外交部。'],
];
for (const [lang, body] of NAMED) {
  test(`${lang}: an espionage descriptor names the group after it: ${body.slice(0, 48)}`, () => {
    assert.ok(groupsOf(body, lang).includes('Quartz Otter'), JSON.stringify(groupsOf(body, lang)));
  });
}

test('vi: a state after the descriptor is no group', () => {
  assert.deepEqual(groupsOf('Nhóm gián điệp mạng Trung Quốc đã tấn công ba bộ ngoại giao ở Trung Âu.', 'vi').filter((g) => /Trung/.test(g)), []);
});
