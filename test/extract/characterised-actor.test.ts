/**
 * A characterisation of an actor that names its state inside the description it gives: "X described the group as
 * a China-based actor", "X characterised the group as an Iranian state-backed actor", "X describió al grupo como
 * un actor iraní", "X décrit le groupe comme un acteur iranien", "X характеризует группировку как китайскую
 * группировку". The state inside the indefinite group noun phrase after the word of the description ("as",
 * "como", "comme", "как") is the one the speaker ties the group to, even when only a group noun points back.
 * Negatives: a description of a victim ("described the victim as a Taiwanese contractor"), an actor posing as
 * another, a description with no state. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyber espionage campaign' };

for (const [lang, body, claimant, state] of [
  ['en', 'UNC9931 has been active for years. Norvik Labs described the group last spring as a China-based actor focused on shipping firms.', 'Norvik Labs', 'CN'],
  ['en', 'UNC9931 has been active for years. Norvik Labs characterized the group as an Iranian state-backed actor.', 'Norvik Labs', 'IR'],
  ['es', 'UNC9931 lleva años activo. La empresa Norvik describió al grupo como un actor iraní.', 'Norvik', 'IR'],
  ['fr', 'UNC9931 est actif depuis des années. La société Norvik décrit le groupe comme un acteur iranien.', 'Norvik', 'IR'],
  ['ru', 'UNC9931 активна уже много лет. Компания Norvik характеризует группировку как китайскую группировку.', 'Norvik', 'CN'],
  ['ru', 'UNC9931 активна уже много лет. Компания Norvik описывает группировку как китайскую группировку.', 'Norvik', 'CN'],
] as const) {
  test(`${lang}: a characterisation names the actor's state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, claimant, state), show(cs));
  });
}

for (const [lang, body, state] of [
  ['en', 'UNC9931 has been active for years. Norvik Labs described the victim as a Taiwanese defence contractor.', 'TW'],
  ['es', 'UNC9931 lleva años activo. La empresa Norvik describió a la víctima como una empresa taiwanesa.', 'TW'],
  ['fr', 'UNC9931 est actif depuis des années. La société Norvik décrit la victime comme un groupe industriel allemand.', 'DE'],
  ['en', 'UNC9931 has been active for years. Norvik Labs said the group posed as a Chinese hacking group.', 'CN'],
  ['ru', 'UNC9931 активна уже много лет. Компания Norvik характеризует группировку как опасную.', 'CN'],
] as const) {
  test(`${lang}: a victim's description, a disguise or no state names no accused (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.target === state), show(cs));
  });
}
