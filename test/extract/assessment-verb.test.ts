/**
 * A verb of assessment or belief that introduces a finding is a speech frame like "said": "X hält es für wahrscheinlich,
 * dass ...", "X ging davon aus, dass ...", "X оценили, что ...", "X предположил, что ...", "X cree / consideran / estiman /
 * juzga que ...", "X conclut / jugent que ...". The holder of the belief speaks. Negative cases: the same verbs with no
 * clause after them assess an amount or an object ("estimates the damage at", "оценила ущерб в", "juge le marché",
 * "conclut un accord"), believe in something ("creemos en el diálogo"), hold something important ("halten es für
 * wichtig, ... zu"), or stand in an impersonal passive with no accused ("it is considered one of the largest"). Sentences
 * written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVE: Array<{ lang: string; s: string; by: string; target: string }> = [
  { lang: 'de', s: 'Die estnische Regierung hält es für sehr wahrscheinlich, dass Iran hinter der Spionagekampagne steht.', by: 'EE', target: 'IR' },
  { lang: 'de', s: 'Das estnische Außenministerium ging davon aus, dass Nordkorea hinter dem Angriff steckte.', by: 'EE', target: 'KP' },
  { lang: 'ru', s: 'Эстонские разведчики оценили, что за атакой стоит Иран.', by: 'EE', target: 'IR' },
  { lang: 'ru', s: 'Министерство обороны Эстонии предположило, что за взломом стоит Северная Корея.', by: 'EE', target: 'KP' },
  { lang: 'es', s: 'El Gobierno de Estonia cree que Irán está detrás del ataque.', by: 'EE', target: 'IR' },
  { lang: 'es', s: 'Las autoridades estonias consideran que Corea del Norte está detrás de la campaña.', by: 'EE', target: 'KP' },
  { lang: 'es', s: 'El Gobierno de Estonia juzga que Irán fue responsable del ataque.', by: 'EE', target: 'IR' },
  { lang: 'fr', s: "Le gouvernement estonien conclut que l'Iran est responsable de l'attaque.", by: 'EE', target: 'IR' },
  { lang: 'fr', s: 'Les services estoniens jugent que la Corée du Nord est derrière la campagne.', by: 'EE', target: 'KP' },
];

const NEGATIVE: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'The company estimates the damage at $2 million.' },
  { lang: 'en', s: 'Analysts consider the market in Iran promising.' },
  { lang: 'en', s: 'We believe in open dialogue with Russia.' },
  { lang: 'en', s: 'It is considered one of the largest attacks on Iran.' },
  { lang: 'de', s: 'Mandiant hält die Lage in Iran für ernst.' },
  { lang: 'de', s: 'Wir halten es für wichtig, mit Russland zu sprechen.' },
  { lang: 'ru', s: 'Компания оценила ущерб в два миллиона долларов.' },
  { lang: 'es', s: 'Mandiant estima los daños en dos millones de dólares.' },
  { lang: 'es', s: 'Creemos en el diálogo abierto con Rusia.' },
  { lang: 'fr', s: 'Mandiant juge le marché chinois prometteur.' },
  { lang: 'fr', s: 'Mandiant conclut un accord avec la Chine.' },
];

for (const c of POSITIVE) {
  test(`${c.lang}: the one who assesses or believes a finding states it: ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, c.by, c.target), show(cs));
  });
}

for (const c of NEGATIVE) {
  test(`${c.lang}: an assessment verb with no finding after it makes no claim (negative): ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.equal(cs.length, 0, show(cs));
  });
}
