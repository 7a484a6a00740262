/**
 * An article before a hyphenated compound belongs to the compound's head, not to the name that opens it
 * ("ein Velmora-Gerät", "a Velmora-branded router"): such a name is still a name, and, bare at the start of a
 * sentence before a verb of denial, speech or confirmation, that verb's subject. A word the text writes after an
 * article on its own ("der Zoll") stays a common noun. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf as claims, show } from '../helpers/claim-sentences.ts';

test('a name opening a compound after an article is still a name that can deny (de, en)', () => {
  const de = claims('Der Geheimdienst warf Velmora eine enge Zusammenarbeit mit der NSA vor. Velmora wies das zurück: «Wir haben nie ein Velmora-Gerät für eine Regierung manipuliert.»', 'de');
  assert.ok(de.some((c) => c.claimant === 'Velmora' && c.stance === 'denies'), show(de));
  const en = claims('The intelligence service accused Velmora of working with the NSA. Velmora rejected the accusation, saying it had never built a Velmora-branded backdoor for any government.', 'en');
  assert.ok(en.some((c) => c.claimant === 'Velmora' && c.stance === 'denies'), show(en));
});

test('a word written after an article on its own stays a common noun (de)', () => {
  const de = claims('Der Zoll hatte die Lieferung gestoppt, teilte die Behörde mit. Zoll wies das zurück: «Wir haben nie ein Gerät für eine Regierung manipuliert.»', 'de');
  assert.ok(!de.some((c) => c.claimant === 'Zoll'), show(de));
});
