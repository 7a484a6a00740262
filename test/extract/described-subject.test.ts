/**
 * The subject of a warning described before its verb: a party inside a relative clause set off by commas ("the
 * agency, which took over from Britain's NCSC, had warned", "l'ANSSI, qui a succédé au NCSC britannique, avait
 * averti") neither warns nor is warned; an unknown short name in brackets right after a state's body ("Office
 * fédéral de la cybersécurité (OFCS)") is that body. Negative case: a party named after the verb is still the one
 * warned. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const RELATIVE: Array<[lang: string, body: string, claimant: string]> = [
  ['fr', "L'ANSSI, qui a succédé au NCSC britannique en janvier, avait averti que le groupe Kimsuky cherche à infiltrer les ministères.", 'FR'],
  ['fr', "L'ANSSI, qui travaille avec le NCSC britannique, avait averti avant la conférence qu'elle s'attendait à des attaques.", 'FR'],
  ['en', "The ANSSI, which took over from Britain's NCSC in January, had warned that it expected attacks on ministries.", 'FR'],
  ['es', 'La ANSSI, que sustituyó al NCSC británico en enero, había advertido que esperaba ataques contra los ministerios.', 'FR'],
];

const BRACKETED: Array<[lang: string, body: string]> = [
  ['fr', "L'Office fédéral de la cybersécurité (OFCS), lequel a pris la relève du NCSC en début d'année, avait averti qu'il craignait des attaques contre les banques."],
  ['fr', "L'Office fédéral de la cybersécurité (OFCS) a averti qu'il s'attendait à des attaques contre les sites de la conférence."],
];

const OBJECT_AFTER: Array<[lang: string, body: string]> = [
  ['fr', "L'ANSSI, qui travaille avec le NCSC britannique, a averti la Russie que toute attaque aurait des conséquences."],
];

for (const [lang, body, claimant] of RELATIVE) {
  test(`${lang}: a party in a relative clause describing the subject neither warns nor is warned`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'warns' && (c.claimant === 'GB' || c.target === 'GB')), show(cs));
  });
}

for (const [lang, body] of BRACKETED) {
  test(`${lang}: an unknown bracketed short name after a state's body is that body`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'CH' && c.stance === 'warns'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'OFCS'), show(cs));
  });
}

for (const [lang, body] of OBJECT_AFTER) {
  test(`${lang}: a party named after the verb is still the one warned (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'FR' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}
