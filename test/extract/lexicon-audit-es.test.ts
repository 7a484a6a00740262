/**
 * The Spanish profile's cue lists checked against ordinary news Spanish rather than the corpus: source markers of
 * Latin American usage ("de acuerdo al", "a decir de"), and role nouns that refer back to the last speaker in their
 * feminine and Latin American forms ("la vocera", "la funcionaria", "el mandatario", "el organismo"), and the verbs
 * and tenses of attributing, denying, warning and appealing the lists lacked ("achacó", "ha culpado", "rebatió",
 * "negaba", "avisó de que", "reclamó a", "urgió a"). Negatives: the same words where they name no source or speaker
 * ("de acuerdo a la ley", "la cartera de clientes") or take no stance ("demandó a" sues, "reclamó la autoría",
 * "repudió el ciberataque" condemns, "difundir mentiras", "previno un ciberataque"). Sentences invented for this test.
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

/** Attribution in the verbs and tenses the profile lacked: "achacó", "culpabilizó", "ha culpado", "atribuía", "ligó", "inculpó". */
positives('attribution', [
  ['El Gobierno de Chequia achacó el ciberataque a Rusia.', 'CZ', 'accuses', 'RU'],
  ['Eslovenia achaca el sabotaje informático al grupo APT28.', 'SI', 'accuses', 'APT28'],
  ['El Gobierno de Croacia culpabilizó a Rusia del ciberataque.', 'HR', 'accuses', 'RU'],
  ['Chequia ha culpado a Rusia del ciberataque contra sus hospitales.', 'CZ', 'accuses', 'RU'],
  ['Bulgaria culpaba a Rusia de los ciberataques contra su comisión electoral.', 'BG', 'accuses', 'RU'],
  ['Hungría atribuía el ciberataque al grupo Turla.', 'HU', 'accuses', 'Turla'],
  ['Noruega ligó el ciberataque al grupo APT28.', 'NO', 'accuses', 'APT28'],
  ['Dinamarca inculpó a Irán del ciberataque contra su puerto.', 'DK', 'accuses', 'IR'],
  ['Finlandia sospecha del grupo APT29 por la intrusión en su parlamento.', 'FI', 'accuses', 'APT29'],
]);

/** Denial in the forms the profile lacked: "ha desmentido", "rebatió", "desestimó", "negaba", "repudió las acusaciones". */
positives('denial', [
  ['Chequia acusó a Rusia del ciberataque. Rusia ha desmentido las acusaciones.', 'RU', 'denies', 'RU'],
  ['Chequia acusó a Rusia del ciberataque. Rusia rebatió las acusaciones.', 'RU', 'denies', 'RU'],
  ['Chequia acusó a Rusia del ciberataque. Rusia desestimó las acusaciones.', 'RU', 'denies', 'RU'],
  ['Chequia acusó a Rusia del ciberataque. Rusia negaba cualquier implicación.', 'RU', 'denies', 'RU'],
  ['Chequia acusó a Irán del ciberataque. Irán repudió las acusaciones.', 'IR', 'denies', 'IR'],
  ['Chequia acusó a Rusia del ciberataque. Rusia dijo que las acusaciones son mentiras.', 'RU', 'denies', 'RU'],
  ['Chequia acusó a Rusia del ciberataque. Rusia dijo que las acusaciones carecen de sustento.', 'RU', 'denies', 'RU'],
]);

/** Warning in the forms the profile lacked: "avisó de que", "ha alertado de que", "advertía que", "lanzó una advertencia". */
positives('warning', [
  ['El Gobierno de Austria avisó de que el grupo APT28 prepara nuevos ciberataques.', 'AT', 'warns', 'APT28'],
  ['El Gobierno de Suiza ha alertado de que el grupo Turla prepara nuevos ciberataques.', 'CH', 'warns', 'Turla'],
  ['El Gobierno de Bélgica advertía que el grupo APT29 prepara nuevos ciberataques.', 'BE', 'warns', 'APT29'],
  ['El Gobierno de Irlanda lanzó una advertencia sobre el grupo APT41.', 'IE', 'warns', 'APT41'],
]);

/** Appeals in the verbs the profile lacked: "reclamó a", "conminó a", "emplazó a", "urgió a", "hizo un llamado a". */
positives('appeal', [
  ['El Gobierno de Chequia reclamó a Rusia que cese los ciberataques.', 'CZ', 'calls-for', 'RU'],
  ['El Gobierno de Estonia conminó a Rusia a cesar los ciberataques.', 'EE', 'calls-for', 'RU'],
  ['El Gobierno de Letonia emplazó a Rusia a cesar los ciberataques.', 'LV', 'calls-for', 'RU'],
  ['El Gobierno de Lituania urgió a Rusia a cesar los ciberataques.', 'LT', 'calls-for', 'RU'],
  ['El Gobierno de Polonia hizo un llamado a Rusia a cesar los ciberataques.', 'PL', 'calls-for', 'RU'],
]);

/** Near misses of the forms above: a league, a lawsuit, a condemned act, a claim of responsibility, lies of the accused told by its accuser. */
const NOT_STANCES: Array<[body: string, stance: string]> = [
  ['La empresa Microsoft demandó a los operadores de una red de bots ante un tribunal de Virginia.', 'calls-for'],
  ['El grupo NoName057 reclamó la autoría del ataque contra los portales del Gobierno de Chequia.', 'calls-for'],
  ['Chequia acusó a Rusia de difundir mentiras sobre el ciberataque.', 'denies'],
  ['El Gobierno de Argentina repudió el ciberataque contra sus hospitales.', 'denies'],
  ['El Gobierno de Chile previno un ciberataque contra sus hospitales gracias a la detección temprana.', 'warns'],
];

for (const [body, stance] of NOT_STANCES) {
  test(`es near miss, no ${stance}: ${body}`, () => {
    const cs = claimsOf(body, 'es');
    assert.ok(!cs.some((c) => c.stance === stance), show(cs));
  });
}
