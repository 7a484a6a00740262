/**
 * Words around a name that are no part of it and no name of their own: a source marker of the profile
 * opening the sentence ("D'après Velmora, ...", "Citing Velmora Labs, ...") introduces the name after it,
 * which speaks; a lone word for a group of states taken together ("Western governments", "les
 * gouvernements Occidentaux") qualifies its noun and is no claimant. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');

test('fr: "D\'après X," opening the sentence makes X the source, not "D\'après X"', () => {
  const got = claims(article([
    'Campagne contre des ministères',
    "D'après Velmora, le groupe APT28 a mené la campagne contre des ministères européens.",
    'Velmora reconnaît que certaines traces restent incomplètes.',
  ]), 'fr');
  assert.ok(got.some((c) => /^Velmora attributes APT28$/.test(c)), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith("D'après")), got.join('; '));
});

test('en: "Citing X," opening the sentence leaves X as the name', () => {
  const got = claims(article([
    'Ministries hit',
    'Citing Velmora Labs, the agency said APT28 was behind the campaign against the ministries.',
  ]), 'en');
  assert.ok(got.some((c) => /^Velmora Labs (attributes|accuses) APT28$/.test(c)), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('Citing')), got.join('; '));
});

test('negative fr/es: a marker before a common noun leaves the later speaker alone', () => {
  const fr = claims(article(['Intrusion', "D'après le rapport, Velmora a confirmé l'intrusion dans ses serveurs."]), 'fr');
  assert.ok(fr.some((c) => /^Velmora confirms/.test(c)), fr.join('; '));
  const es = claims(article(['Campaña', 'Según Velmora, el grupo APT28 llevó a cabo la campaña contra los ministerios.']), 'es');
  assert.ok(es.some((c) => /^Velmora (attributes|accuses) APT28$/.test(c)), es.join('; '));
});

test('en: "Western governments" names no claimant', () => {
  const got = claims(article([
    'Election sites defaced',
    'Investigators traced the operation to APT28, a group tied to Russian military intelligence by Western governments and several vendors.',
  ]), 'en');
  assert.ok(!got.some((c) => c.startsWith('Western ')), got.join('; '));
});

test('fr: "les gouvernements Occidentaux" names no claimant', () => {
  const got = claims(article([
    'Sites défigurés',
    "Les enquêteurs ont relié l'opération à APT28, que les gouvernements Occidentaux attribuent au renseignement militaire russe.",
  ]), 'fr');
  assert.ok(!got.some((c) => c.startsWith('Occidentaux ')), got.join('; '));
});

test('negative en/de: a company whose name opens with such a word still speaks', () => {
  const en = claims(article(['Intrusion', 'Western Digital said APT28 was behind the intrusion into its network.']), 'en');
  assert.ok(en.some((c) => /^Western Digital (attributes|accuses) APT28$/.test(c)), en.join('; '));
  const de = claims(article(['Angriff', 'Laut Velmora Security steckt die Gruppe APT28 hinter dem Angriff auf das Ministerium.']), 'de');
  assert.ok(de.some((c) => /^Velmora Security (attributes|accuses) APT28$/.test(c)), de.join('; '));
});

test('negative en: "Patch Tuesday" is no claimant', () => {
  const got = claims(article(['Flaw fixed', 'Microsoft said on Patch Tuesday that APT28 had exploited the flaw.']), 'en');
  assert.ok(!got.some((c) => c.startsWith('Patch')), got.join('; '));
});
