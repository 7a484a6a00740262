/**
 * "The company" after a capitalised run taken for a name (products: "flaws in Velmora Gateway and Orsat
 * Portal servers") means the known vendor named a few sentences before, when no known organisation
 * stands within the usual reach. Negative: with no known vendor before, the organisation named last
 * is still the antecedent. Names other than the vendor invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Microsoft said the campaign aimed at collecting intelligence for Tehran. Once inside, the intruders mapped cloud environments. In a separate strand, the same actor exploited known flaws in Velmora Gateway and Orsat Portal servers.\n\nThe company warned that Peach Sandstorm remains active against universities.'],
  ['fr', "Microsoft a indiqué que la campagne visait à collecter des renseignements. Une fois à l'intérieur, les intrus ont cartographié les réseaux. Dans un autre volet, le même acteur a exploité des failles connues des serveurs Velmora Gateway et Orsat Portal.\n\nL'entreprise a averti que Peach Sandstorm reste actif contre les universités."],
  ['es', 'Microsoft indicó que la campaña buscaba recopilar información. Una vez dentro, los intrusos cartografiaron las redes. En otra vertiente, el mismo actor explotó fallos conocidos de los servidores Velmora Gateway y Orsat Portal.\n\nLa empresa advirtió que Peach Sandstorm sigue activo contra las universidades.'],
  ['de', 'Microsoft erklärte, die Kampagne habe der Informationsbeschaffung gedient. Danach kartierten die Angreifer die Netze. In einem weiteren Strang nutzte derselbe Akteur bekannte Lücken in VelmoraGate- und OrsatPortal-Servern aus.\n\nDas Unternehmen warnte, Peach Sandstorm sei weiterhin gegen Universitäten aktiv.'],
] as const) {
  test(`${lang}: "the company" is the known vendor, not products named since: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Password spraying campaign' });
    assert.ok(cs.some((c) => c.claimant === 'Microsoft' && c.stance === 'warns'), show(cs));
    assert.ok(cs.every((c) => c.claimant === 'Microsoft'), show(cs));
  });
}

test('en: with no known vendor before, the organisation named last is the company (negative)', () => {
  const cs = claimsOf('Velmora Systems said its mail servers had been breached. The company warned that Peach Sandstorm remains active against universities.', 'en', { title: 'Password spraying campaign' });
  assert.ok(cs.some((c) => c.claimant === 'Velmora Systems' && c.stance === 'warns'), show(cs));
});
