/**
 * The Spanish profile's cue lists checked against ordinary news Spanish rather than the corpus: source markers of
 * Latin American usage ("de acuerdo al", "a decir de"), and role nouns that refer back to the last speaker in their
 * feminine and Latin American forms ("la vocera", "la funcionaria", "el mandatario", "el organismo"). Negatives: the
 * same words where they name no source or speaker ("de acuerdo a la ley", "la cartera de clientes"). Sentences
 * invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

type Case = [body: string, claimant: string, stance: string, target: string];

const has = (cs: ClaimCandidate[], claimant: string, stance: string, target: string): boolean =>
  cs.some((c) => c.claimant === claimant && c.stance === stance && c.target === target);

function positives(title: string, cases: Case[]): void {
  for (const [body, claimant, stance, target] of cases) {
    test(`es ${title}: ${body}`, () => {
      const cs = claimsOf(body, 'es');
      assert.ok(has(cs, claimant, stance, target), show(cs));
    });
  }
}

/** Source markers of every region: "de acuerdo al", "a decir de". */
positives('source marker', [
  ['De acuerdo al Gobierno de Ecuador, el grupo APT41 está detrás del ciberataque.', 'EC', 'attributes', 'APT41'],
  ['A decir del Gobierno de Bolivia, Irán está detrás del ciberataque.', 'BO', 'attributes', 'IR'],
]);

/** Role and organ nouns that refer back to the last speaker. */
positives('speaker anaphor', [
  ['La Cancillería de Perú denunció el ataque. El organismo afirmó que el grupo APT41 atacó sus redes.', 'PE', 'attributes', 'APT41'],
  ['El Ministerio de Defensa de Paraguay denunció el ataque. La vocera afirmó que el grupo APT41 atacó sus redes.', 'PY', 'attributes', 'APT41'],
  ['El Ministerio de Defensa de Bolivia denunció el ataque. El vocero afirmó que el grupo Kimsuky atacó sus redes.', 'BO', 'attributes', 'Kimsuky'],
  ['La ministra de Defensa de Perú denunció el ataque. La funcionaria afirmó que el grupo APT41 atacó sus redes.', 'PE', 'attributes', 'APT41'],
  ['La embajadora de Perú denunció el ataque. La diplomática afirmó que el grupo APT41 atacó sus redes.', 'PE', 'attributes', 'APT41'],
  ['El presidente de Honduras denunció el ataque. El mandatario afirmó que el grupo APT41 atacó sus redes.', 'HN', 'attributes', 'APT41'],
]);

/** The same words where they name no source and point back to no speaker. */
const NOT_SOURCES: string[] = [
  'De acuerdo a la ley, el Gobierno de Chile publicará un informe anual sobre sus redes.',
  'De acuerdo a sus registros, el grupo APT41 atacó las redes del Gobierno de Chile.',
  'La vocera afirmó que el grupo APT41 atacó sus redes.',
];

for (const body of NOT_SOURCES) {
  test(`es no source or speaker to name: ${body}`, () => {
    const cs = claimsOf(body, 'es');
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

test('es "la cartera de clientes" is no ministry pointing back', () => {
  const cs = claimsOf('La Cancillería de Perú denunció el ataque. La cartera de clientes del banco fue atacada por el grupo APT41.', 'es');
  assert.ok(!cs.some((c) => c.claimant === 'PE' && c.stance === 'confirms'), show(cs));
});
