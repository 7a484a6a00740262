/**
 * A role title or a state organ that the text names with no state of its own speaks for a state, not for
 * itself: "the Foreign Secretary said" is Britain (a title only one state has), "the Ministry of Roads and
 * Transit urged", "la Oficina de Seguridad Digital acusó", "selon le Bureau Central de Cyberdéfense" belong
 * to the state of the article's officials. Negatives: with no official of any state in the article, the
 * organ keeps its own name; an acronym inside the name ("Agencia ZQX") makes it a body of its own. Names
 * invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Cyberattack on the grid';

test('en: a title only one state has speaks for that state', () => {
  const cs = claimsOf('Mira Holt, the Foreign Secretary, told Parliament on Monday that Russian actors had targeted the Velmora vote. The Foreign Secretary warned that Russian hackers would face consequences.', 'en', { title });
  assert.ok(cs.some((c) => c.claimant === 'GB' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Foreign Secretary'), show(cs));
});

for (const [lang, body, state, organ] of [
  ['en', 'Kenyan Interior Minister Amos Kelo said the outage was under control. The Ministry of Roads and Transit said Russian hackers were behind the outage.', 'KE', 'Ministry of Roads and Transit'],
  ['es', 'El ministro chileno del Interior, Martín Arrau, dijo que el apagón estaba controlado. La Oficina de Seguridad Digital acusó a Corea del Norte de estar detrás del ataque.', 'CL', 'Oficina de Seguridad Digital'],
  ['fr', "Le ministre chilien de l'Intérieur, Martin Arrau, a déclaré que la panne était maîtrisée. Selon le Bureau Central de Cyberdéfense, la Corée du Nord est derrière l'attaque.", 'CL', 'Bureau Central de Cyberdéfense'],
] as const) {
  test(`${lang}: an organ with no state of its own speaks for the state of the article's officials: ${organ}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === state && c.stance !== 'confirms' && (c.target === 'RU' || c.target === 'KP')), show(cs));
    assert.ok(!cs.some((c) => c.claimant === organ), show(cs));
  });
}

for (const [lang, body, organ] of [
  ['en', 'The Ministry of Roads and Transit said Russian hackers were behind the outage.', 'Ministry of Roads and Transit'],
  ['es', 'La Oficina de Seguridad Digital acusó a Corea del Norte de estar detrás del ataque.', 'Oficina de Seguridad Digital'],
] as const) {
  test(`${lang}: with no official of any state in the article, the organ keeps its name (negative): ${organ}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === organ), show(cs));
  });
}

test('es: an acronym inside the name makes it a body of its own (negative)', () => {
  const cs = claimsOf('El ministro chileno del Interior, Martín Arrau, dijo que el apagón estaba controlado. La Agencia ZQX acusó a Corea del Norte de estar detrás del ataque.', 'es', { title });
  assert.ok(!attributes(cs, 'CL', 'KP'), show(cs));
});
