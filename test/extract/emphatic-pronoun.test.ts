/**
 * A lone pronoun set off by commas after the subject ("Les autorités américaines ont, elles, appelé ...",
 * "Washington a, lui, appelé ...") restates that subject: it does not point back to the speaker of the
 * sentence before. Negative: a pronoun that is the subject of its own clause still points back to the
 * person named before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const LEAD = "Selon Mandiant, des pirates liés à la Russie ont visé des stations d'épuration.";

for (const body of [
  'Les autorités américaines ont, elles, appelé la Russie à cesser ces attaques.',
  'Washington a, lui, appelé la Russie à cesser ces attaques.',
  'Les autorités américaines ont, elles, appelé les gestionnaires de réseaux à renforcer leurs protections.',
]) {
  test(`fr: an emphatic pronoun between commas restates the subject (${body.slice(0, 40)})`, () => {
    const cs = claimsOf(`${LEAD} ${body}`, 'fr');
    assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((x) => x.claimant === 'Mandiant' && x.stance === 'calls-for'), show(cs));
  });
}

test('fr: a pronoun as the subject of its clause still points back (negative)', () => {
  const cs = claimsOf("Le ministre américain John Ferris a déclaré que des pirates liés à la Russie ont visé des stations d'épuration. Selon Mandiant, les pirates sont russes. Il a appelé la Russie à cesser ces attaques.", 'fr');
  assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'calls-for'), show(cs));
});
