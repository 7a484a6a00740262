/**
 * A company noun followed by a state's adjective ("la firma estadounidense", "l'entreprise américaine") still points back
 * to the company named before: the adjective only says where the company is from. With a name after the adjective it is
 * that name's title ("la société américaine Orsat"), and a government noun with the adjective stays the state ("le
 * gouvernement américain"). Only French and Spanish put the adjective after the noun; German and English near misses
 * are checked as negatives. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (body: string) => ['Rapport', body, 'Source: x'].join('\n');

test('es: "la firma estadounidense advirtió" is the company named before warning', () => {
  const got = claims(article('Los intrusos robaron datos, según Velmora. La firma estadounidense advirtió de que el grupo APT38 seguirá atacando bancos.'), 'es');
  assert.ok(got.some((c) => c.startsWith('Velmora warns')), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('US ')), got.join('; '));
});

test('fr: "l\'entreprise américaine a attribué" is the company named before', () => {
  const got = claims(article("Velmora a publié un rapport sur la campagne. L'entreprise américaine a attribué l'attaque au groupe APT28."), 'fr');
  assert.ok(got.some((c) => /^Velmora (accuses|attributes) /.test(c)), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('US ')), got.join('; '));
});

test('fr, es: with a name after the adjective, the noun is its title', () => {
  const fr = claims(article("Velmora a publié un rapport sur la campagne. La société américaine Orsat a attribué l'attaque au groupe APT28."), 'fr');
  assert.ok(fr.some((c) => /^Orsat (accuses|attributes) /.test(c)) && !fr.some((c) => c.startsWith('Velmora')), fr.join('; '));
  const es = claims(article('Los intrusos robaron datos, según Velmora. La firma estadounidense Orsat advirtió de que el grupo APT38 seguirá atacando bancos.'), 'es');
  assert.ok(es.some((c) => c.startsWith('Orsat warns')) && !es.some((c) => c.startsWith('Velmora')), es.join('; '));
});

test('fr, de, en: a government noun with a state adjective is the state, not the company named before', () => {
  const fr = claims(article("Velmora a publié un rapport sur la campagne. Le gouvernement américain a attribué l'attaque au groupe APT28."), 'fr');
  assert.ok(fr.some((c) => /^US (accuses|attributes) /.test(c)) && !fr.some((c) => c.startsWith('Velmora')), fr.join('; '));
  const de = claims(article('Velmora hat einen Bericht veröffentlicht. Die amerikanische Regierung ordnete den Angriff der Gruppe APT28 zu.'), 'de');
  assert.ok(!de.some((c) => c.startsWith('Velmora')), de.join('; '));
  const en = claims(article('Velmora published a report on the campaign. The American government blamed APT28 for the attack.'), 'en');
  assert.ok(!en.some((c) => c.startsWith('Velmora')), en.join('; '));
});
