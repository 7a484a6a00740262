/**
 * A known group that the knowledge keeps apart as an overlapping vendor cluster of a group with an
 * ATT&CK id is that group in a text that gives it in brackets as the group's other name ("Mint
 * Sandstorm (also known as APT42)"). Named apart, or both with an ATT&CK id, they stay two groups.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (body: string, lang: string) => extract(`Title\n${body}\nSource: https://example.test/a`, { lang }).intrusion_sets.map((g) => g.name);

const BRACKETED: Array<[string, string]> = [
  ['en', 'Microsoft said Mint Sandstorm (also tracked as APT42) sent the phishing e-mails to the campaign staff.'],
  ['es', 'Según Microsoft, Mint Sandstorm (también llamado APT42) envió correos a los asesores del partido.'],
  ['fr', 'Selon Microsoft, Charming Kitten (aussi appelé APT42) a envoyé des courriels piégés aux conseillers.'],
  ['de', 'Laut Google steckt APT35 (auch APT42 genannt) hinter den Phishing-Mails an die Berater.'],
  ['ru', 'По данным Microsoft, письма рассылала группировка Charming Kitten (она же APT42).'],
];
for (const [lang, body] of BRACKETED) {
  test(`${lang}: an overlapping cluster given in brackets as a group's other name is that group`, () => {
    assert.deepEqual(names(body, lang), ['Magic Hound']);
  });
}

test('overlapping clusters named apart stay two groups', () => {
  assert.deepEqual(names('Microsoft blamed Mint Sandstorm. Separately, Google said APT42 had targeted both campaigns.', 'en').sort(), ['APT42', 'Magic Hound']);
});

test('two groups with ATT&CK ids are not folded by a bracket', () => {
  const got = names('The Winnti Group (APT41) reused the same loader, Mandiant said.', 'en');
  assert.equal(got.length, 2, JSON.stringify(got));
});
