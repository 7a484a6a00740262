/**
 * A threat of a response (profile `responseThreat`): accountability, a price, fitting measures or a firm response
 * promised ("those responsible will be held accountable", "prendront les mesures appropriées", "понесут
 * ответственность", "no quedarán impunes", "zur Verantwortung ziehen") warns the party the speaker accused before;
 * with no party in the clause, the accused of the discourse, not the threat group the text merely discusses.
 * Negative cases: measures promised after a storm, a forecast of consequences for an economy, the present "несёт
 * ответственность за" (an attribution). Sentences written for this test, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const THREATS: Array<{ lang: string; text: string; claimant: string; target: string }> = [
  { lang: 'en', text: 'The foreign ministry of Estonia accused Belarus of the attack on its customs service. "Those responsible will be held accountable," the minister said.', claimant: 'EE', target: 'BY' },
  { lang: 'en', text: 'The State Department said Washington would hold the Iranian regime accountable.', claimant: 'US', target: 'IR' },
  { lang: 'fr', text: "Le ministère néerlandais a accusé la Biélorussie d'être derrière l'attaque. Les Pays-Bas prendront les mesures appropriées, a déclaré le ministre.", claimant: 'NL', target: 'BY' },
  { lang: 'fr', text: "Le gouvernement marocain a imputé l'intrusion à l'Algérie. « Les responsables devront rendre des comptes », a ajouté le porte-parole.", claimant: 'MA', target: 'DZ' },
  { lang: 'ru', text: 'МИД Эстонии обвинил Белоруссию в атаке на таможню. «Они понесут ответственность», — заявил министр.', claimant: 'EE', target: 'BY' },
  { lang: 'es', text: 'El gobierno de Chile acusó a Corea del Norte del ataque. Estos actos no quedarán impunes, afirmó la ministra.', claimant: 'CL', target: 'KP' },
  { lang: 'de', text: 'Das Außenministerium Polens machte Russland für den Angriff verantwortlich. Man werde die Täter zur Verantwortung ziehen, sagte der Minister.', claimant: 'PL', target: 'RU' },
];

for (const c of THREATS) {
  test(`${c.lang}: a threat of a response warns the accused: ${c.text.slice(0, 40)}`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.claimant && x.stance === 'warns' && x.target === c.target), show(cs));
  });
}

test('fr: a firm response warns the state accused, not the group under discussion', () => {
  const text = "Le Conseil a sanctionné deux membres du groupe Sandworm. La Russie a poursuivi ses cyberattaques contre l'Union, a estimé le Conseil. L'UE apportera une réponse ferme à ces activités malveillantes.";
  const cs = claimsOf(text, 'fr');
  assert.ok(cs.some((x) => x.claimant === 'EU' && x.stance === 'warns' && x.target === 'RU'), show(cs));
  assert.ok(!cs.some((x) => x.claimant === 'EU' && x.stance === 'warns' && x.target === 'Sandworm'), show(cs));
});

const NOT_THREATS: Array<{ lang: string; text: string }> = [
  { lang: 'fr', text: 'Après la tempête, la préfecture prendra les mesures appropriées pour rétablir le courant.' },
  { lang: 'en', text: "Analysts expect that the sanctions will have consequences for Iran's economy." },
  { lang: 'en', text: 'The utility promised a swift response to the outage caused by the storm.' },
  { lang: 'es', text: 'Tras las inundaciones, el ayuntamiento tomará medidas para reabrir las escuelas.' },
];
for (const c of NOT_THREATS) {
  test(`${c.lang}: no hostile party, no threat of a response (negative): ${c.text.slice(0, 40)}`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
}

test('ru: the present "несёт ответственность за" attributes, it threatens no one (negative)', () => {
  const cs = claimsOf('МИД Латвии заявил, что Белоруссия несёт ответственность за атаку на портал.', 'ru');
  assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  assert.ok(cs.some((x) => x.claimant === 'LV' && (x.stance === 'attributes' || x.stance === 'accuses') && x.target === 'BY'), show(cs));
});
