/**
 * "X has joined Y and Z in publishing a joint advisory", "X s'est joint au FBI et à la NSA pour publier un avis
 * conjoint", "X se unió al FBI y a la NSA para publicar un aviso conjunto", "X, joined by Y, released ...": the one who
 * joins and those joined co-sign the act. A preposition repeated before each item of the list ("au FBI et à la NSA",
 * "al FBI y a la NSA") does not break it. "Joined" with no joint act ("joined NATO") makes no coalition, and "X, de
 * Google" is an apposition, no list. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warnsOf = (cs: ReturnType<typeof claimsOf>, who: string, target: string) => cs.some((c) => c.claimant === who && c.stance === 'warns' && c.target === target);

const CASES: Array<[string, string]> = [
  ['en', 'The Dutch NCSC has joined the FBI and the Australian Cyber Security Centre in publishing a joint advisory on Iranian cyber actors targeting hospitals.'],
  ['en', 'The Dutch NCSC, joined by the FBI and the Australian Cyber Security Centre, published an advisory on Iranian cyber actors targeting hospitals.'],
  ['fr', "Le NCSC néerlandais s'est joint au FBI et à l'Australian Cyber Security Centre pour publier un avis conjoint sur des cyberacteurs iraniens qui visent des hôpitaux."],
  ['es', 'El NCSC neerlandés se unió al FBI y al Australian Cyber Security Centre para publicar un aviso conjunto sobre ciberactores iraníes que atacan hospitales.'],
];
for (const [lang, body] of CASES) {
  test(`${lang}: the one who joins and those joined co-sign the advisory: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['NL', 'US', 'AU']) assert.ok(warnsOf(cs, s, 'IR'), `${s} ${show(cs)}`);
    assert.ok(!cs.some((c) => ['NL', 'US', 'AU'].includes(c.target ?? '')), show(cs));
  });
}

test('en: "joined NATO" is no joint act', () => {
  const cs = claimsOf('Finland joined NATO in 2023. Finnish officials said Russian hackers attacked the parliament.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'NATO'), show(cs));
});

test('es: "Mandiant, de Google" is an apposition, no list of claimants', () => {
  const cs = claimsOf('La empresa Mandiant, de Google, publicó un informe que sostiene que hackers rusos atacaron la red eléctrica.', 'es');
  assert.ok(cs.some((c) => c.claimant === 'Mandiant'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Google'), show(cs));
});
