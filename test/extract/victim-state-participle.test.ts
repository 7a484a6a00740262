/**
 * A hostile participle used as the adjective of what it hit ("the compromised routers", "die gehackten
 * Konten", "les serveurs piratés", "los equipos comprometidos") describes the victim: a state named
 * beside it as the agent of another act (the takedown, the clean-up) is not accused. The same
 * participle as a verb, or with its agent ("compromised by"), still tells the act. Sentences invented
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const cases: [lang: string, body: string, claimant: string, target: string, accused: boolean][] = [
  // the participle describes the victim: the agent of the remedy is not accused
  ['en', "Norway's security service said the compromised routers were taken offline in an operation led by the FBI.", 'NO', 'US', false],
  ['en', 'The Dutch interior ministry said the hacked accounts were restored with help from Canada.', 'NL', 'CA', false],
  ['de', 'Das österreichische Innenministerium teilte mit, in einer von Frankreich angeführten Aktion seien die kompromittierten Server abgeschaltet worden.', 'AT', 'FR', false],
  ['fr', "Le ministère belge a indiqué que les serveurs piratés ont été déconnectés lors d'une opération menée par l'Italie.", 'BE', 'IT', false],
  ['es', 'El ministerio chileno indicó que los equipos comprometidos fueron desconectados en una operación dirigida por Brasil.', 'CL', 'BR', false],
  // the participle as the verb, or with its agent: the act is told and attributed
  ['en', "Norway's security service said Iranian hackers compromised the routers.", 'NO', 'IR', true],
  ['en', "Norway's security service said the routers compromised by Iranian hackers were taken offline.", 'NO', 'IR', true],
  ['de', 'Das österreichische Innenministerium teilte mit, iranische Hacker hätten die Server kompromittiert.', 'AT', 'IR', true],
  ['fr', 'Le ministère belge a indiqué que les serveurs piratés par des hackers iraniens ont été déconnectés.', 'BE', 'IR', true],
  ['fr', "Le ministère belge a indiqué que l'attaque contre les serveurs a été menée par l'Iran.", 'BE', 'IR', true],
  ['es', 'El ministerio chileno indicó que los equipos comprometidos por hackers iraníes fueron desconectados.', 'CL', 'IR', true],
  ['es', 'El ministerio chileno indicó que hackers iraníes comprometieron los equipos.', 'CL', 'IR', true],
];

for (const [lang, body, claimant, target, accused] of cases) {
  test(`${lang}: ${accused ? 'an act told' : 'a victim described'}: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.equal(attributes(cs, claimant, target), accused, show(cs));
  });
}
