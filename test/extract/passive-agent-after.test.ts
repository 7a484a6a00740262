/**
 * Passive attribution with its agent after the verb: the agent attributes, the one the act is ascribed to is the
 * target. "The intrusion was linked to Y by X", "was traced to Y by X", "was pinned on Y by X" (en, the agent-only
 * participles read only with their agent); "wurde von X Y zugerechnet" (de, the agent inside the verbal bracket, also
 * with a speaker after it); "была приписана Y X-instrumental" (ru, the agent by its case, before or after the target).
 * Near misses: "by" of time or means, an attacker as the agent of a hostile act, an actor tied to its sponsor, the
 * dative feminine adjective in Russian, a German passive with no state as its agent. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVE: Array<[lang: string, body: string, claimant: string, target: string]> = [
  ['en', 'The intrusion at the grain terminal was linked to Belarus by Lithuania on Tuesday.', 'LT', 'BY'],
  ['en', 'The campaign against clinics in Utrecht was tied to Iran by the Netherlands.', 'NL', 'IR'],
  ['en', 'The wiper outbreak was traced to Russia by Estonia.', 'EE', 'RU'],
  ['en', 'The ransomware wave was pinned on China by Taiwan.', 'TW', 'CN'],
  ['de', 'Die Attacke auf den Hafen wurde von Litauen Belarus zugerechnet.', 'LT', 'BY'],
  ['de', 'Die Kampagne wird von Estland der russischen Regierung zugerechnet.', 'EE', 'RU'],
  ['de', 'Die Sabotage wurde von Dänemark dem Iran zugerechnet, sagte der Außenminister am Montag.', 'DK', 'IR'],
  ['de', 'Der Einbruch wurde von Norwegen China zugeschrieben, teilte das Ministerium in Oslo mit.', 'NO', 'CN'],
  ['ru', 'Атака на порт была приписана Ирану Израилем.', 'IL', 'IR'],
  ['ru', 'Взлом сети министерства был приписан Китаю властями Филиппин.', 'PH', 'CN'],
  ['ru', 'Диверсия была приписана Литвой Белоруссии.', 'LT', 'BY'],
  ['fr', "L'intrusion a été attribuée à la Russie par la Roumanie.", 'RO', 'RU'],
  ['es', 'El ataque fue atribuido a Corea del Norte por Japón.', 'JP', 'KP'],
  ['vi', 'Vụ xâm nhập được Ba Lan quy cho Nga.', 'PL', 'RU'],
  ['zh', '这次攻击被韩国归咎于朝鲜。', 'KR', 'KP'],
];

for (const [lang, body, claimant, target] of POSITIVE) {
  test(`${lang}: the agent after the passive attributes to the one named before it (${claimant} → ${target})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!attributes(cs, target, claimant), show(cs));
  });
}

const NO_CLAIM: Array<[lang: string, body: string]> = [
  ['en', 'The breach was linked to Iran by 2024.'],
  ['en', 'The outage was traced to a faulty update by engineers.'],
  ['en', 'The port network was attacked by hackers linked to Iran.'],
  ['en', 'The attack was linked to the theft by phishing emails sent to staff.'],
  ['de', 'Die Kosten werden dem Haushalt zugerechnet.'],
  ['de', 'Das Netz wurde von Hackern angegriffen, die China zugerechnet werden.'],
  ['de', 'Die Behörde sanktionierte zwei Männer, ohne sie direkt Russland zuzurechnen.'],
  ['ru', 'Сеть была атакована хакерами, связанными с Ираном.'],
  ['ru', 'Атака была приписана группировке, связанной с Ираном.'],
];

for (const [lang, body] of NO_CLAIM) {
  test(`${lang}: no agent of an attribution, no claim (${body})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(cs));
  });
}

test('ru: a feminine adjective in the dative is the target\'s, not an agent', () => {
  const cs = claimsOf('Атака была приписана российской разведке.', 'ru');
  assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
});

test('de: an agent that is no party in the bracket does not make the one ascribed to the claimant', () => {
  const cs = claimsOf('Das Kollektiv wird von mehreren Staaten dem russischen Militärgeheimdienst zugerechnet.', 'de');
  assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
});

test('de: the state subject of a bracketed passive accusation is the accused', () => {
  const cs = claimsOf('Russland wurde von Finnland beschuldigt, GPS-Signale zu stören.', 'de');
  assert.ok(attributes(cs, 'FI', 'RU'), show(cs));
});
