/**
 * The co-signers of a joint act listed as states' bodies in their long form: a body with its short name in brackets
 * and its state after it ("the National Cyber Security Centre (NCSC) of the United Kingdom", "du Royaume-Uni", "del
 * Reino Unido"), and a unit named with its parent body's possessive ("the Australian Signals Directorate's Australian
 * Cyber Security Centre (ACSC)"), are each one member of the list: the walk along it goes on past them, so every
 * co-signer makes the claims a collective reference ("the partners", "les partenaires", "los socios") later makes.
 * Negatives: the same bodies listed as the victims of an accusation are no claimants. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[string, string, string[]]> = [
  ['en', "The Canadian Centre for Cyber Security, together with the Federal Bureau of Investigation (FBI) of the United States, the Australian Signals Directorate's Australian Cyber Security Centre (ACSC) and the National Cyber Security Centre (NCSC) of the United Kingdom, published guidance on ShadowPad. The partners assess that these campaigns are linked to China.", ['CA', 'GB', 'AU', 'US']],
  ['fr', "Le Centre canadien pour la cybersécurité se joint aujourd'hui au Bundesamt für Verfassungsschutz (BfV) de l'Allemagne, à l'Australian Signals Directorate's Australian Cyber Security Centre (ACSC) et au National Cyber Security Centre (NCSC) du Royaume-Uni pour publier des conseils sur ShadowPad. Selon les partenaires, ces opérations d'espionnage sont liées à la Chine.", ['CA', 'GB', 'AU', 'DE']],
  ['es', "Canadá, junto con el Federal Bureau of Investigation (FBI) de Estados Unidos, el Australian Signals Directorate's Australian Cyber Security Centre (ACSC) y el National Cyber Security Centre (NCSC) del Reino Unido, difundió una alerta sobre ShadowPad. Los socios creen que este espionaje está vinculado a China.", ['CA', 'GB', 'AU', 'US']],
];
for (const [lang, body, signers] of CASES) {
  test(`${lang}: every body of the joint list attributes what the partners assess`, () => {
    const cs = claimsOf(body, lang);
    for (const s of signers) assert.ok(attributes(cs, s, 'CN'), `${s} ${show(cs)}`);
  });
}

const VICTIMS: Array<[string, string]> = [
  ['en', "Together with the National Cyber Security Centre (NCSC) of the United Kingdom, Canada accused China of hacking the Australian Signals Directorate's Australian Cyber Security Centre (ACSC) and the Bundesamt für Verfassungsschutz (BfV) of Germany."],
  ['fr', "Le Canada, avec le National Cyber Security Centre (NCSC) du Royaume-Uni, a accusé la Chine d'avoir piraté l'Australian Signals Directorate's Australian Cyber Security Centre (ACSC) et le Bundesamt für Verfassungsschutz (BfV) de l'Allemagne."],
];
for (const [lang, body] of VICTIMS) {
  test(`${lang}: the bodies listed as the victims of an accusation make no claim (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'GB', 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'AU' || c.claimant === 'DE'), show(cs));
  });
}
