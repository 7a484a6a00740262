/**
 * A pronoun naming a threat group in a relative clause, the group's noun tied to a state ("an Iran-linked crew it
 * dubs X", "des pirates liés à l'Iran qu'il appelle X", "eine russische Gruppe, die er als X bezeichnet", "hackers
 * it dubs X and believes to be backed by Y"): the body the clause opens on ties the group to that state, an
 * attribution to the state about the group. Negatives: a state that modifies another noun of the clause (the
 * firms warned, not the group) ties no group. Invented group names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant, targets] of [
  ['en', 'Microsoft took down the servers of an Iran-linked group it dubs Velvet Heron.', 'Microsoft', ['IR']],
  ['en', 'Microsoft sued a Chinese group it calls Amber Kite and an Iranian group it calls Slate Wren.', 'Microsoft', ['CN', 'IR']],
  ['fr', 'Microsoft a saisi les serveurs de pirates liés à l’Iran qu’il appelle Velvet Heron.', 'Microsoft', ['IR']],
  ['fr', 'ESET a relié ces outils à des pirates qu’il surnomme Velvet Heron et qu’il croit soutenus par l’État iranien.', 'ESET', ['IR']],
  ['de', 'Microsoft klagt gegen eine russische Gruppe, die er als Velvet Heron bezeichnet.', 'Microsoft', ['RU']],
] as const) {
  test(`${lang}: the pronoun's body ties the named group to the state: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Servers seized' });
    for (const t of targets) assert.ok(attributes(cs, claimant, t), show(cs));
  });
}

for (const [lang, body, claimant, state] of [
  ['en', 'Microsoft briefed Russian officials on a group it calls Velvet Heron.', 'Microsoft', 'RU'],
  ['fr', 'Microsoft a informé des entreprises russes au sujet d’un groupe qu’il nomme Velvet Heron.', 'Microsoft', 'RU'],
  ['de', 'Microsoft hat russische Firmen über eine Gruppe informiert, die er als Velvet Heron bezeichnet.', 'Microsoft', 'RU'],
] as const) {
  test(`${lang}: a state beside another noun ties no group (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Servers seized' });
    assert.ok(!attributes(cs, claimant, state), show(cs));
  });
}
