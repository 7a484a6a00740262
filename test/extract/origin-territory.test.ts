/**
 * An act told as coming from a state's ground named with a possessive ("from the territory of X", "depuis le
 * territoire de X", "desde el territorio de los X", "từ lãnh thổ của X"): the state is where the act came from, as in
 * "from X" or "from X's territory", and the speaker attributes the act to it; the possessive does not make the state
 * the owner of what was hit (profile `originPlace`). Negatives: the same ground after a victim marker ("the attack on
 * the territory of X", "contre le territoire de X") is the victim's; a state that speaks of an act from its own ground
 * attributes nothing to itself; the ground of a non-state ("the territory of the plant") names no state.
 * Names of places generic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const T = { title: 'Cyberattack on a power plant' };

for (const [lang, body, who, whom] of [
  ['en', 'Researchers at ESET said the attack on the power plant was launched from the territory of the Russian Federation.', 'ESET', 'RU'],
  ['en', 'ESET said the intrusion came from the territory of Iran.', 'ESET', 'IR'],
  ['fr', "Les chercheurs d'ESET ont affirmé que l'attaque contre la centrale a été menée depuis le territoire de la Russie.", 'ESET', 'RU'],
  ['fr', "ESET a indiqué que l'intrusion a été lancée depuis le territoire de l'Iran.", 'ESET', 'IR'],
  ['es', 'Los investigadores de ESET afirmaron que el ataque se realizó desde el territorio del Reino Unido.', 'ESET', 'GB'],
  ['es', 'ESET afirmó que la intrusión se realizó desde el territorio de los Estados Unidos.', 'ESET', 'US'],
  ['vi', 'ESET cho biết cuộc tấn công vào nhà máy điện được thực hiện từ lãnh thổ của Nga.', 'ESET', 'RU'],
] as const) {
  test(`${lang}: an act from a state's territory is attributed to the state: ${body.slice(0, 70)}`, () => {
    const cs = claimsOf(body, lang, T);
    assert.ok(attributes(cs, who, whom), show(cs));
  });
}

for (const [lang, body, whom] of [
  ['en', 'ESET said the attack on the territory of Ukraine was the largest this year.', 'UA'],
  ['fr', "ESET a indiqué que l'attaque contre le territoire de l'Ukraine a été repoussée.", 'UA'],
  ['es', 'ESET afirmó que el ataque se dirigió contra el territorio de Ucrania.', 'UA'],
  ['vi', 'ESET cho biết cuộc tấn công nhằm vào lãnh thổ của Ukraine.', 'UA'],
  ['en', 'The Ukrainian government said the attack was launched from the territory of the plant in Ukraine.', 'UA'],
  ['en', 'ESET said the attack on a Ukrainian plant came from the territory of the plant itself.', 'UA'],
] as const) {
  test(`${lang}: no attribution to the state of the ground (negative): ${body.slice(0, 70)}`, () => {
    const cs = claimsOf(body, lang, T);
    assert.ok(!cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.target === whom), show(cs));
  });
}
