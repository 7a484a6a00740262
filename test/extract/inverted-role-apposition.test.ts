/**
 * A quotation or a reported clause closed by an inverted speech verb whose speaker is a role phrase with the
 * official's name in apposition after a comma ("\"...\", advirtió la portavoz adjunta del Ministerio del Interior
 * de X, Ana Pérez"), or the name with the role before the verb ("\"...,\" the U.S. attorney general, Jane Roe,
 * said"). The official speaks for the state or body their role phrase names (speech.ts roleApposition); a state
 * named inside the words they tell is what they say, never whose official they are (people.ts toldBefore).
 * Negatives: a role phrase that names no state leaves its holder's state unknown (not the accused state of the
 * quotation), and a name followed by more clause words after its comma is not the closing speaker.
 * Names and sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[lang: string, body: string, claimant: string, target: string]> = [
  ['es', '"Irán está detrás del ataque", advirtió la portavoz adjunta del Ministerio del Interior de Chile, Ana Pérez.', 'CL', 'IR'],
  ['fr', "« L'Iran est derrière cette attaque », a déclaré la porte-parole adjointe du ministère de l'Intérieur du Chili, Ana Pérez.", 'CL', 'IR'],
  ['de', '„Der Iran steckt hinter dem Angriff“, sagte die stellvertretende Sprecherin des Innenministeriums von Chile, Ana Pérez.', 'CL', 'IR'],
  ['ru', '«За атакой стоит Иран», – заявила заместитель официального представителя министерства внутренних дел Чили, Ана Перес.', 'CL', 'IR'],
  ['en', '"Iran was behind the attack," said the deputy spokeswoman of the Interior Ministry of Chile, Ana Perez.', 'CL', 'IR'],
  ['en', '"Iran was behind the attack," the U.S. attorney general, Jane Roe, said.', 'US', 'IR'],
  ['en', 'Iran was behind the attack, said Jane Roe, a spokeswoman for the U.S. Justice Department.', 'US', 'IR'],
  ['zh', '“伊朗是这次攻击的幕后黑手，”智利内政部副发言人安娜·佩雷斯说。', 'CL', 'IR'],
];

for (const [lang, body, claimant, target] of CASES) {
  test(`${lang}: the official named after a role phrase speaks for its state: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.target === target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === target && c.target === claimant), show(cs));
  });
}

/** The quotation's state is never the official's: a role phrase that names none leaves the speaker's state unknown. */
const NEGATIVE: Array<[lang: string, body: string, accused: string]> = [
  ['es', '"Irán está detrás del ataque", dijo el fiscal general, Pedro Gómez.', 'IR'],
  ['es', 'Irán está detrás del ataque, dijo el fiscal general, Pedro Gómez.', 'IR'],
  ['en', '"Iran was behind the attack," the attorney general, Jane Roe, said.', 'IR'],
  ['fr', "« La Russie est derrière cette attaque », a déclaré le porte-parole du gouvernement, Jean Morel.", 'RU'],
];

for (const [lang, body, accused] of NEGATIVE) {
  test(`${lang}: the state told in the quotation is not the official's (negative): ${body.slice(-50)}`, () => {
    const x = claimsOf(body, lang);
    assert.ok(!x.some((c) => c.claimant === accused), show(x));
  });
}

/** A name after the role's comma that does not close the sentence is not its speaker ("..., said the spokesman, denying that ..."). */
test('en: a person told after the speaker is not the speaker (negative)', () => {
  const cs = claimsOf('"Iran was behind the attack," said the ministry spokesman, denying that Chilean president Ana Perez had been warned.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'CL' && c.target === 'IR'), show(cs));
});
