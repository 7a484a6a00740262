/**
 * A passive attribution by a verb of linking with its agent: "the intrusions have been linked by X to Y", "la
 * campagne a été associée par X à Y", "la intrusión fue asociada por X a Y". The agent links the act to the
 * actor: X attributes to Y's state (or to Y when no state is named), as "attributed by X to Y" does. The active
 * form ("X linked the campaign to Y") is read as before. Negatives: a participle of linking with no auxiliary
 * ("the servers linked by the vendor sit in Riga"), a physical connection ("connected by rail to"), a
 * negated link, an agent that is no party ("associé par défaut"). Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyber espionage campaign' };

for (const [lang, body, claimant, target] of [
  ['en', 'The spear-phishing run against shipyards has been linked by Recorded Future to a Chinese espionage crew.', 'Recorded Future', 'CN'],
  ['en', 'The break-ins at the port authority were tied by Kaspersky to Iranian hackers.', 'Kaspersky', 'IR'],
  ['en', 'Several thefts of cryptocurrency have been connected by ESET to North Korean operators.', 'ESET', 'KP'],
  ['fr', 'La vague d’hameçonnage a été associée par Google à des pirates chinois.', 'Google', 'CN'],
  ['fr', 'Les intrusions ont été reliées par ESET à des pirates russes.', 'ESET', 'RU'],
  ['es', 'La intrusión en la red eléctrica fue asociada por Kaspersky a piratas rusos.', 'Kaspersky', 'RU'],
  ['es', 'Los robos de criptomonedas fueron asociados por ESET a operadores norcoreanos.', 'ESET', 'KP'],
] as const) {
  test(`${lang}: a passive link with its agent attributes: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The three servers linked by the vendor sit in a data centre in Riga.'],
  ['en', 'The port is connected by rail to the capital of Russia.'],
  ['en', 'The phishing wave was not linked by Mandiant to China.'],
  ['fr', 'Le compte est associé par défaut à un service de la Chine.'],
  ['es', 'La campaña no fue asociada por ESET a piratas rusos.'],
] as const) {
  test(`${lang}: no attribution by a linking participle (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
