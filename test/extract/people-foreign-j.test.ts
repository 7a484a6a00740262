/**
 * Foreign names in another language's spelling get the English one as an alias: the letters German
 * and French use for an English "j" ("Dschamal", "Djamal"; Russian "Дж" in RU_WESTERN), and Chinese
 * transcriptions of common Western given names and surnames joined by a middle dot. Names and
 * sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { foreignJToEnglish, westernCyrillicToEnglish } from '../../src/extract/translit.ts';

const people = (text: string, lang: string) => extract(`Titel\n${text}\nSource: x`, { lang }).people;

test('the letters for an English "j": de "dsch", fr "dj", ru "дж"; none in names without them', () => {
  assert.equal(foreignJToEnglish('Dschamal Haddadschi', 'de'), 'Jamal Haddaji');
  assert.equal(foreignJToEnglish('Djamal Saleh', 'fr'), 'Jamal Saleh');
  assert.equal(westernCyrillicToEnglish('Джамал Салех'), 'Jamal Saleh');
  assert.equal(foreignJToEnglish('Anton Keller', 'de'), '');
  assert.equal(foreignJToEnglish('Djamal Saleh', 'es'), '');
});

test('de, fr: a speaker whose name has those letters carries the English spelling and surname', () => {
  const de = people('Präsident Dschamal Haddad räumte ein, die Schadsoftware habe Probleme verursacht.', 'de').find((p) => p.name === 'Dschamal Haddad');
  assert.ok(de);
  assert.ok(de.aliases.includes('Jamal Haddad'));
  const fr = people('Le ministre Djamal Saleh a déclaré que l\'attaque avait échoué.', 'fr').find((p) => p.name === 'Djamal Saleh');
  assert.ok(fr);
  assert.ok(fr.aliases.includes('Jamal Saleh'));
});

test('zh: a dotted transcription of common given names and surnames is named in Latin letters', () => {
  const p = people('外交部长温斯顿·格兰特表示，黑客组织曾实施网络入侵。', 'zh');
  assert.deepEqual(p.map((x) => x.name), ['Winston Grant']);
  assert.ok(p[0]!.aliases.includes('温斯顿·格兰特'));
  assert.deepEqual(people('部长朱迪思·霍尔称，黑客组织曾实施网络入侵。', 'zh').map((x) => x.name), ['Judith Hall']);
});
