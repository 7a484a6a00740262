/**
 * A state premodifying the company that heads its phrase ("US cybersecurity firm X", "la société américaine X", "la
 * empresa estadounidense X", "美国网络安全公司X") only says where the company is from (state-premodifier.ts): as the
 * agent of a passive accusation or denial the company acts (passive-agent.ts agentHead), and once the company speaks
 * the state is no other party of the clause, neither the accused of the passive nor the target of what the company
 * says (claims/index.ts). Negatives: a state agent with no company noun ("accused by Finland of jamming X"), a state
 * body qualified by its state, a state before the source marker. Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const noState = (cs: ReturnType<typeof claimsOf>): boolean => !cs.some((c) => c.claimant === 'US' || c.target === 'US');

for (const [lang, body] of [
  ['en', 'The bank intrusion was attributed to North Korea by US cybersecurity firm Rapidshield.'],
  ['en', 'The bank intrusion was attributed by US cybersecurity firm Rapidshield to North Korea.'],
  ['fr', "L'intrusion dans la banque a été attribuée par la société américaine Rapidshield à la Corée du Nord."],
  ['es', 'La intrusión en el banco fue atribuida por la empresa estadounidense Rapidshield a Corea del Norte.'],
] as const) {
  test(`${lang}: the agent of a passive accusation premodified by its state is the company: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Rapidshield', 'KP'), show(cs));
    assert.ok(noState(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The intrusion was confirmed by US security firm Rapidshield.'],
  ['en', 'The accusation was denied by the Russian security firm Kasplab.'],
] as const) {
  test(`${lang}: the agent of a passive confirmation or denial premodified by its state is the company: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.length > 0 && cs.every((c) => c.claimant === 'Rapidshield' || c.claimant === 'Kasplab'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The bank intrusion was carried out by a hacking group, according to the US firm Rapidshield.'],
  ['es', 'Un grupo de hackers está detrás del ataque contra el banco, según la firma estadounidense de ciberseguridad Rapidshield.'],
  ['fr', "Un groupe de pirates est derrière l'attaque contre la banque, selon la société américaine de cybersécurité Rapidshield."],
  ['zh', '据美国网络安全公司Rapidshield称，这次攻击是黑客组织所为。'],
] as const) {
  test(`${lang}: the state of a company that speaks is not the target: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(noState(cs), show(cs));
  });
}

for (const [lang, body, claimant, target] of [
  ['en', 'Russia was accused by Finland of hacking Nokia.', 'FI', 'RU'],
  ['fr', 'La Russie a été accusée par la Finlande de pirater Nokia.', 'FI', 'RU'],
  ['es', 'Rusia fue acusada por Finlandia de piratear Nokia.', 'FI', 'RU'],
  ['en', 'The intrusion was attributed to Russia by the Israeli cyber directorate.', 'IL', 'RU'],
  ['fr', "L'intrusion a été attribuée à la Russie par le ministère américain de la Justice.", 'US', 'RU'],
  ['en', 'The attacks were linked to Russia according to Rapidshield.', 'Rapidshield', 'RU'],
] as const) {
  test(`${lang}: a state agent with no company noun, a state body, a state before the marker keep their reading (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}
