/**
 * A joint phrase set off by commas between the subject and its verb ("X, together with Y, published ...",
 * "X, conjointement avec Y, a publié ...", "X, junto con Y, publicó ...", "X, совместно с Y, опубликовала ...")
 * is no reported clause closed by a trailing speech verb (speech.ts): the state named at the end of the sentence
 * is what the warning is about, not its speaker. A real trailing verb ("..., a déclaré l'ANSSI") still speaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

test('the subject and its joint partners warn of the state named after the verb', () => {
  const cases: Array<[string, string, string[], string]> = [
    ['fr', "L'ANSSI, conjointement avec le FBI, a publié un avis conjoint sur les cyberacteurs iraniens.", ['FR', 'US'], 'IR'],
    ['es', 'El CCN, junto con el FBI, publicó un aviso conjunto sobre ciberactores iraníes.', ['ES', 'US'], 'IR'],
    ['ru', 'ФСТЭК, совместно с ФБР, опубликовала совместное предупреждение об иранских хакерах.', ['RU', 'US'], 'IR'],
    ['de', 'Das BSI, gemeinsam mit dem FBI, veröffentlichte eine gemeinsame Warnung vor iranischen Hackern.', ['DE', 'US'], 'IR'],
    ['en', 'The NCSC, together with the FBI, published a joint advisory on Iranian hackers.', ['GB', 'US'], 'IR'],
  ];
  for (const [lang, body, signers, accused] of cases) {
    const cs = claimsOf(body, lang);
    for (const s of signers) assert.ok(cs.some((c) => c.claimant === s && c.stance === 'warns' && c.target === accused), `${lang}: ${s} warns of ${accused}: ${show(cs)}`);
    assert.ok(!cs.some((c) => c.claimant === accused), `${lang}: ${accused} says nothing: ${show(cs)}`);
  }
});

test('a trailing speech verb after a comma still names its speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['fr', "Des pirates iraniens ont visé des hôpitaux, a déclaré l'ANSSI.", 'FR'],
    ['es', 'Hackers iraníes atacaron hospitales, dijo el CCN.', 'ES'],
  ];
  for (const [lang, body, speaker] of cases) {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === speaker && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'IR'), `${lang}: ${show(cs)}`);
  }
});
