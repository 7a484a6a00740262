/**
 * Verbs of finding tell a finder's own findings, as "found" does in English: "X a trouvé des traces du groupe
 * russe Y", "X encontró indicios del grupo ruso Y", "X halló rastros de ...". The finder attributes the act to the
 * group's state. (German "fand" is left out: with its subject inverted after it, "fanden Forscher aus Österreich",
 * the place of origin would speak.) Negatives: a finding denied ("n'a trouvé aucune trace", "entdeckte keine
 * Spuren", "found no traces of", "no encontraron ningún indicio": a qualifier of denial, which pins no act) tells
 * nothing. Vendor names are real, sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['fr', 'ESET a trouvé des traces du groupe russe Sandworm dans les réseaux des distributeurs.'],
  ['es', 'Los analistas de ESET encontraron indicios del grupo ruso Sandworm en las redes de las distribuidoras.'],
  ['es', 'ESET halló rastros del grupo ruso Sandworm en las redes de las distribuidoras.'],
  ['en', 'ESET analysts found traces of the Russian group Sandworm in the utilities’ networks.'],
] as const) {
  test(`${lang}: the finder of a group's traces attributes: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Attack on power utilities', header: 'ESET Research' });
    assert.ok(attributes(cs, 'ESET', 'RU'), show(cs));
  });
}

for (const [lang, body] of [
  ['fr', 'ESET n’a trouvé aucune trace du groupe russe Sandworm dans les réseaux des distributeurs.'],
  ['de', 'ESET entdeckte keine Spuren der russischen Gruppe Sandworm.'],
  ['en', 'ESET analysts found no traces of the Russian group Sandworm.'],
  ['es', 'Los analistas de ESET no encontraron ningún indicio del grupo ruso Sandworm.'],
] as const) {
  test(`${lang}: no finding, no attribution (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Attack on power utilities', header: 'ESET Research' });
    assert.ok(!attributes(cs, 'ESET', 'RU'), show(cs));
  });
}
