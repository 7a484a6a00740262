/**
 * A predicate of responsibility: French "être à l'origine de" (the source of an act is its author: "X est à l'origine
 * de l'intrusion", "seules les autorités X pourraient être à l'origine de ces écoutes"), as "derrière" and
 * "responsable de" are; and, for every profile, a party named after the act the predicate names ("responsible for
 * the sabotage of X", "à l'origine du sabotage de X") is the act's victim, not its author. Sentences and names
 * written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const ORIGIN: Array<[body: string, state: string]> = [
  ["Selon Amnesty International, le Maroc est à l'origine de la surveillance du reporter Karim Idrissi.", 'MA'],
  ["Selon Amnesty International, seules les autorités égyptiennes pourraient être à l'origine des écoutes visant l'avocat Samir Fathy.", 'EG'],
  ["Selon Amnesty International, la Russie serait à l'origine de l'intrusion dans la messagerie du parti.", 'RU'],
];

for (const [body, state] of ORIGIN) {
  test(`fr: "être à l'origine de" an act attributes it (${state})`, () => {
    const cs = claimsOf(body, 'fr');
    assert.ok(attributes(cs, 'Amnesty International', state), show(cs));
  });
}

test('fr: negated, or the origin of no act, attributes nothing', () => {
  for (const body of ["Selon Amnesty International, le Maroc n'est pas à l'origine de cette surveillance.", "Microsoft est à l'origine de la découverte de la faille."]) {
    const cs = claimsOf(body, 'fr');
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  }
});

const VICTIM_AFTER_ACT: Array<[lang: string, body: string, victim: string]> = [
  ['en', 'A US Justice Department official said one of the suspects was responsible for the breach of Microsoft.', 'Microsoft'],
  ['fr', "Un porte-parole du ministère américain de la Justice a déclaré que l'un des suspects est à l'origine du piratage de Microsoft.", 'Microsoft'],
  ['es', 'Un portavoz del Departamento de Justicia de EE. UU. dijo que uno de los detenidos es responsable del ataque contra Microsoft.', 'Microsoft'],
  ['ru', 'Представитель Министерства юстиции США заявил, что один из арестованных причастен к атаке на Microsoft.', 'Microsoft'],
];

for (const [lang, body, victim] of VICTIM_AFTER_ACT) {
  test(`${lang}: a party after the act a predicate of responsibility names is its victim, not its author`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.target === victim), show(cs));
  });
}
