/**
 * A subject pronoun opening a relative clause refers to the threat group that is the main clause's subject, also
 * after a short phrase fronted before it ("In its post, Killnet presented the attack as revenge for a hack, which it
 * blames on Polish hackers"): the group accuses, not a state that confirmed a hit in the sentence before
 * (claims/relative-subject.ts). Negative: with two fronted phrases the opening is left to the discourse as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'The Polish ministry confirmed it had been hit by a cyberattack. In its post, Killnet presented the operation as revenge for a hack, which it blames on Polish hackers.'],
  ['fr', "Le ministère polonais a confirmé avoir été visé par une cyberattaque. Dans sa vidéo, Killnet a décrit l'attaque comme une vengeance pour une intrusion, qu'il attribue à des pirates polonais."],
  ['es', 'El ministerio polaco confirmó que sufrió un ciberataque. En su mensaje, Killnet presentó la operación como una respuesta a un hackeo, que él atribuye a hackers polacos.'],
] as const) {
  test(`${lang}: the group after a fronted phrase is the relative pronoun's antecedent: ${body.slice(70, 120)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a ministry' });
    assert.ok(cs.some((c) => c.claimant === 'Killnet' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'PL'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'PL' && (c.stance === 'accuses' || c.stance === 'attributes')), show(cs));
    assert.ok(cs.some((c) => c.claimant === 'PL' && c.stance === 'confirms'), show(cs));
  });
}
