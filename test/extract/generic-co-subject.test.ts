/**
 * A subject joined with a generic phrase ("the EU and its Member States", "la UE y sus Estados
 * miembros", "l'UE et ses États membres"): a capitalised state word
 * is no party, so the named party before it is the subject that makes the claim. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string }> = [
  { lang: 'es', body: 'La Unión Europea y sus Estados miembros condenan la campaña de espionaje llevada a cabo por Rusia contra Noruega.' },
  { lang: 'fr', body: "L'Union européenne et ses États membres condamnent la campagne d'espionnage menée par la Russie contre la Norvège." },
  { lang: 'en', body: 'The European Union and its Member States condemn the espionage campaign carried out by Russia against Norway.' },
];

for (const c of CASES) {
  test(`${c.lang}: "the EU and its Member States condemn ..." is the EU's accusation`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'EU' && (x.stance === 'accuses' || x.stance === 'attributes') && x.target === 'RU'), show(cs));
  });
}
