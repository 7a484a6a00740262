/**
 * A co-signer of a joint act named by a body whose name several states' bodies share (a "National Cyber Security
 * Centre" with its short name in brackets, then "of Ireland", "de l'Irlande", "de Irlanda") speaks for the state the possessive after it names, not for
 * the state the name is best known for; the walk along the list goes on past it, so the members after it co-sign too.
 * Negatives: the same body listed among the victims, thanked for its help, or among the parties that were notified
 * makes no claim. Sentences written for these tests (an invented advisory about an invented tool, "Quillmoth").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[string, string, string[]]> = [
  ['en', "The Icelandic coast guard's cyber unit, together with the National Cyber Security Centre (NCSC-IE) of Ireland and the FBI, issued a note on the Quillmoth loader. The partners attribute these intrusions to North Korea.", ['IE', 'US']],
  ['fr', "Le Canada a diffusé conjointement avec le National Cyber Security Centre (NCSC-IE) de l'Irlande et le FBI une note sur le chargeur Quillmoth. Les partenaires estiment que cet espionnage est lié à la Corée du Nord.", ['IE', 'US']],
  ['es', "Canadá, junto con el National Cyber Security Centre (NCSC-IE) de Irlanda y el FBI, difundió una nota sobre el cargador Quillmoth. Los socios atribuyen estas intrusiones a Corea del Norte.", ['CA', 'IE', 'US']],
];
for (const [lang, body, signers] of CASES) {
  test(`${lang}: a body of a shared name co-signs for the state named after it`, () => {
    const cs = claimsOf(body, lang);
    for (const s of signers) assert.ok(attributes(cs, s, 'KP'), `${s} ${show(cs)}`);
    assert.ok(!cs.some((c) => c.claimant === 'GB'), show(cs));
  });
}

const NOT_SIGNERS: Array<[string, string]> = [
  // victims
  ['en', "Canada accused North Korea of breaking into targets in Australia, Japan and the National Cyber Security Centre (NCSC-IE) of Ireland with the Quillmoth loader."],
  // thanked for help
  ['fr', "Le Canada a accusé la Corée du Nord d'être derrière Quillmoth et a remercié le National Cyber Security Centre (NCSC-IE) de l'Irlande pour son aide technique."],
  // notified
  ['es', "Canadá acusó a Corea del Norte de usar Quillmoth; el National Cyber Security Centre (NCSC-IE) de Irlanda y Japón han sido notificados."],
];
for (const [lang, body] of NOT_SIGNERS) {
  test(`${lang}: the body of a shared name as victim, helper or notified party makes no claim (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'CA', 'KP'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'IE' || c.claimant === 'GB' || c.claimant === 'JP' || c.claimant === 'AU'), show(cs));
  });
}
