/**
 * A passive accusation in a relative clause after a comma ("..., a group that has been charged by US
 * prosecutors", "..., un groupe qui a été inculpé par la justice américaine", "..., un grupo que fue
 * acusado por fiscales estadounidenses") accuses the clause's antecedent, the group: it is a clause of
 * its own. The agent accuses the group's state; the party who spoke before the comma is not accused,
 * and the agent is not whom that party accuses. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accusations = (cs: ReturnType<typeof claimsOf>) => cs.filter((c) => c.stance === 'accuses' || c.stance === 'attributes');

const CASES: Array<[lang: string, body: string]> = [
  ['en', 'Velmora attributed the campaign to APT41, a group that has been charged by US prosecutors with espionage.'],
  ['en', 'Velmora tied the intrusions at three ministries to APT41, a prolific group which was indicted by US prosecutors in 2020.'],
  ['fr', 'Velmora a attribué la campagne à APT41, un groupe qui a été inculpé par la justice américaine pour espionnage.'],
  ['es', 'Velmora atribuyó la campaña a APT41, un grupo que fue acusado por fiscales estadounidenses de espionaje.'],
];

for (const [lang, body] of CASES) {
  test(`${lang}: the agent of a passive accusation in a relative clause accuses the group`, () => {
    const cs = accusations(claimsOf(body, lang));
    // No state named for the group: the group itself is the accused (the labelling convention).
    assert.ok(cs.some((c) => c.claimant === 'US' && c.target === 'APT41'), show(cs));
    // Negative: the party before the comma is not the accused, and does not accuse the agent.
    assert.ok(!cs.some((c) => c.target === 'Velmora'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Velmora' && c.target === 'US'), show(cs));
  });
}

test('en: an active relative clause reads as before', () => {
  const cs = accusations(claimsOf('Velmora attributed the campaign to APT41, which US prosecutors charged with espionage in 2020.', 'en'));
  assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.target === 'APT41'), show(cs));
  assert.ok(cs.some((c) => c.claimant === 'US' && c.target === 'APT41'), show(cs));
});
