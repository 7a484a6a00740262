/**
 * A speaker that does not rule out an actor ("did not rule out that Russian hackers were behind the attack",
 * "n'exclut pas que des pirates russes ...", "schließt nicht aus, dass russische Hacker ...", "no descartó que
 * hackers rusos ...") makes a hedged attribution: the verb speaks, its own negation is the hedge (profile
 * `notRuledOut`). Negatives: ruling out, or a speech verb denied ("did not say that"), attributes nothing.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, who] of [
  ['en', 'The British government did not rule out that Russian hackers were behind the attack.', 'GB'],
  ['fr', 'Le gouvernement belge n’exclut pas que des pirates russes soient derrière l’attaque.', 'BE'],
  ['fr', 'Le gouvernement belge n’a pas exclu une implication de pirates russes dans l’attaque.', 'BE'],
  ['de', 'Die österreichische Regierung schließt nicht aus, dass russische Hacker hinter dem Angriff stecken.', 'AT'],
  ['es', 'El Gobierno chileno no descartó que hackers rusos estuvieran detrás del ataque.', 'CL'],
] as const) {
  test(`${lang}: not ruling out an actor is a hedged attribution: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on ministries' });
    assert.ok(attributes(cs, who, 'RU'), show(cs));
  });
}

for (const [lang, body, who] of [
  ['en', 'The British government ruled out that Russian hackers were behind the attack.', 'GB'],
  ['en', 'The British government did not say that Russian hackers were behind the attack.', 'GB'],
  ['fr', 'Le gouvernement belge a exclu toute implication de pirates russes dans l’attaque.', 'BE'],
  ['de', 'Die österreichische Regierung schließt aus, dass russische Hacker hinter dem Angriff stecken.', 'AT'],
] as const) {
  test(`${lang}: ruling out, or not saying, attributes nothing (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on ministries' });
    assert.ok(!attributes(cs, who, 'RU'), show(cs));
  });
}
