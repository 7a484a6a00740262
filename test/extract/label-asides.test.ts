/**
 * Transcript and statement labels that carry an aside: a bracket after the name (an office, a
 * constituency and party, a channel: "X (via Telegram):", "Y (Northshire, Con):") and a short phrase
 * after the bracket ("Z (@handle), quoted:"). The label still names who speaks the paragraph; a turn
 * whose label names no one who stands for a state or a body is not the previous speaker's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CHANNEL_CASES = [
  {
    lang: 'en',
    accusation: 'Dutch Foreign Ministry (@NLMFA), quoted: "We hold Russia responsible for the attacks on our ports."',
    denial: 'Russian Embassy in Prague (via Telegram): The accusations are groundless and serve anti-Russian hysteria.',
  },
  {
    lang: 'fr',
    accusation: 'Ministère néerlandais (@NLMFA), cité : « Nous tenons la Russie pour responsable des attaques contre nos ports. »',
    denial: 'Ambassade de Russie (sur Telegram) : Les accusations sont infondées et servent une hystérie antirusse.',
  },
  {
    lang: 'es',
    accusation: 'Cancillería neerlandesa (@NLMFA), citada: «Responsabilizamos a Rusia de los ataques contra nuestros puertos».',
    denial: 'Embajada rusa (vía Telegram): Las acusaciones son infundadas y alimentan la histeria antirrusa.',
  },
  {
    lang: 'de',
    accusation: 'Niederländisches Außenministerium (@NLMFA), zitiert: «Wir machen Russland für die Angriffe auf unsere Häfen verantwortlich.»',
    denial: 'Russische Botschaft in Wien (per Telegram): Die Anschuldigungen seien «haltlos» und schürten nur Stimmungsmache.',
  },
];

for (const c of CHANNEL_CASES) {
  test(`${c.lang}: a label with a bracketed channel (and a phrase after it) names who speaks`, () => {
    const cs = claimsOf([c.accusation, c.denial].join('\n\n'), c.lang);
    assert.ok(cs.some((x) => x.claimant === 'NL' && (x.stance === 'accuses' || x.stance === 'attributes') && x.target === 'RU'), show(cs));
    assert.ok(cs.some((x) => x.claimant === 'RU' && x.stance === 'denies'), show(cs));
    assert.ok(!cs.some((x) => x.claimant === 'NL' && x.stance === 'denies'), show(cs));
  });
}

const UNKNOWN_TURN_CASES = [
  {
    lang: 'en',
    lead: 'The British government said on Monday that Russia was behind the attack on the ports.',
    turn: 'Tom Reed (Northshire, Con): "This is not enough. We have been attacked by Moscow for years."',
  },
  {
    lang: 'de',
    lead: 'Die britische Regierung erklärte am Montag, Russland stecke hinter dem Angriff auf die Häfen.',
    turn: 'Tom Reed (Northshire, Konservative): «Das reicht nicht. Wir werden seit Jahren von Moskau angegriffen.»',
  },
  {
    lang: 'fr',
    lead: 'Le gouvernement britannique a affirmé lundi que la Russie était derrière l’attaque contre les ports.',
    turn: 'Tom Reed (Northshire, conservateur) : « Ce n’est pas assez. Nous sommes attaqués par Moscou depuis des années. »',
  },
  {
    lang: 'es',
    lead: 'El Gobierno británico afirmó el lunes que Rusia estaba detrás del ataque contra los puertos.',
    turn: 'Tom Reed (Northshire, conservador): «No es suficiente. Moscú nos ataca desde hace años».',
  },
];

for (const c of UNKNOWN_TURN_CASES) {
  test(`${c.lang}: the turn of a labelled speaker who stands for no known party is not the previous speaker's`, () => {
    const body = [c.lead, c.turn].join('\n\n');
    const cs = claimsOf(body, c.lang);
    const turnAt = body.indexOf(c.turn) + 'Headline\n'.length;
    assert.ok(cs.some((x) => x.claimant === 'GB' && x.target === 'RU' && x.evidence.start < turnAt), show(cs));
    assert.ok(!cs.some((x) => x.claimant === 'GB' && x.evidence.start >= turnAt), show(cs));
  });
}
