/**
 * The state of the finders inside reported words, on sentences written for these tests: an outlet (or any source)
 * that retells what investigators or researchers of some state think ("selon X, les enquêteurs français privilégient
 * la piste de hackers russes", "según X, los investigadores españoles creen que ...", "laut X favorisieren
 * französische Ermittler ...") attributes the act to the actors' state, not to the finders' state. A state beside
 * an actor noun is still the accused, and a state beside finders who are the victims' side is no author.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

/** [lang, sentence, claimant, target, the finders' state] */
const FINDERS: Array<[string, string, string, string, string]> = [
  ['fr', 'Selon Le Monde, les enquêteurs français privilégient la piste de pirates informatiques russes.', 'Le Monde', 'RU', 'FR'],
  ['fr', 'Selon Le Monde, les chercheurs allemands pensent que des hackers chinois ont piraté le ministère.', 'Le Monde', 'CN', 'DE'],
  ['es', 'Según El País, los investigadores españoles creen que hackers rusos atacaron el ministerio.', 'El País', 'RU', 'ES'],
  ['en', 'According to The Guardian, the French investigators now favour the trail of Russian hackers.', 'The Guardian', 'RU', 'FR'],
  ['de', 'Laut Spiegel favorisieren französische Ermittler inzwischen die Spur russischer Hacker.', 'Der Spiegel', 'RU', 'FR'],
];
for (const [lang, sentence, claimant, target, finders] of FINDERS) {
  test(`${lang}: the finders' state (${finders}) is not the accused of what ${claimant} retells`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!attributes(cs, claimant, finders), show(cs));
  });
}

/** [lang, sentence, claimant, target]: the state beside an actor noun stays the accused, even with finders in the clause. */
const ACTORS: Array<[string, string, string, string]> = [
  ['fr', 'Selon Le Monde, des pirates français ont attaqué le ministère russe.', 'Le Monde', 'FR'],
  ['es', 'Según El País, hackers españoles atacaron a los investigadores rusos.', 'El País', 'ES'],
  ['en', 'According to The Guardian, Iranian hackers broke into the accounts of British researchers.', 'The Guardian', 'IR'],
];
for (const [lang, sentence, claimant, target] of ACTORS) {
  test(`${lang}: the state beside the actor noun stays the accused (${target})`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}
