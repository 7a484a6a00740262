/**
 * A pro-verb after a clause joins further claimants to its stance: "Britain blamed Russia for the attack, as did
 * Norway and Finland", "..., comme l'ont fait la Norvège et la Finlande", "..., como lo hicieron Noruega y
 * Finlandia". Each party it names makes the claim, same stance and target. Negatives: a pro-verb with no party
 * ("as it did last year"), and a reported act repeated by the pro-verb ("said Russia hit X, as did Belarus"),
 * join no one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[string, string]> = [
  ['en', 'Britain blamed Russia for the intrusion into the port, as did Norway and Finland.'],
  ['fr', "Le Royaume-Uni a accusé la Russie de l'intrusion dans le port, comme l'ont fait la Norvège et la Finlande."],
  ['es', 'El Reino Unido culpó a Rusia de la intrusión en el puerto, como lo hicieron Noruega y Finlandia.'],
];
for (const [lang, body] of CASES) {
  test(`${lang}: each party after the pro-verb makes the clause's claim (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['GB', 'NO', 'FI']) assert.ok(cs.some((c) => c.claimant === s && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'RU'), `${s} ${show(cs)}`);
  });
}

test('en: a pro-verb with no party joins no one', () => {
  const cs = claimsOf('Britain blamed Russia for the intrusion into the port, as it did last spring.', 'en');
  assert.deepEqual([...new Set(cs.map((c) => c.claimant))], ['GB'], show(cs));
});

test('en: a reported act repeated by the pro-verb makes no claimant of its doer', () => {
  const cs = claimsOf('Norway said Russian hackers broke into the port, as did Belarus.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'BY'), show(cs));
});
