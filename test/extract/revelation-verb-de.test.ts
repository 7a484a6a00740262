/**
 * A German verb of revelation is a verb of saying: the one who reveals speaks ("X enthüllte, dass ...",
 * "X hat enthüllt, ..."), an outlet as a company does. A report noun that reveals names no party.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

test('de: an outlet that reveals claims', () => {
  const a = claimsOf('Der Spiegel enthüllte am Montag, dass Russland hinter dem Einbruch in das Netz der Stadtwerke Kallin steckt.', 'de');
  assert.ok(attributes(a, 'Der Spiegel', 'RU'), show(a));
  const b = claimsOf('Der Spiegel und das ZDF enthüllten, dass China hinter der Attacke auf den Hafen von Merstedt steckte.', 'de');
  assert.ok(attributes(b, 'Der Spiegel', 'CN') && attributes(b, 'ZDF', 'CN'), show(b));
  const c = claimsOf('Die Deutsche Presse-Agentur hat enthüllt, dass Nordkorea hinter dem Angriff auf die Velmora Bank steckte.', 'de');
  assert.ok(attributes(c, 'Deutsche Presse-Agentur', 'KP'), show(c));
});

test('de: revelation with no one who reveals, or revealed to someone, names no outlet', () => {
  const a = claimsOf('Die Ermittlungen enthüllten, dass Russland hinter dem Angriff auf die Stadtwerke Kallin steckte.', 'de');
  assert.ok(!a.some((x) => /Ermittlung/u.test(x.claimant ?? '')), show(a));
  const b = claimsOf('Die Zeitung enthüllte ein Foto des neuen Rathauses von Merstedt.', 'de');
  assert.equal(b.length, 0, show(b));
});
