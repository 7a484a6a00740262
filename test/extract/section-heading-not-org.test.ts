/**
 * A section heading in capitals on a line of its own ("SUMMARY", "RÉSUMÉ", "ZUSAMMENFASSUNG", "РЕЗЮМЕ") is no
 * organisation: it neither speaks nor co-signs what "the authoring agencies" say later. Texts invented for
 * this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, heading, body] of [
  ['en', 'SUMMARY', 'The FBI and the NSA are releasing this joint advisory on Iranian actors.\nMITIGATIONS\nThe authoring agencies recommend that system owners turn on multifactor sign-in for every account.'],
  ['fr', 'RÉSUMÉ', "L'ANSSI publie cet avis sur des acteurs iraniens.\nRECOMMANDATIONS\nLes agences signataires recommandent d'appliquer les correctifs."],
  ['de', 'ZUSAMMENFASSUNG', 'Das BSI veröffentlicht diese Warnung vor iranischen Akteuren.\nEMPFEHLUNGEN\nDie beteiligten Behörden empfehlen, die Systeme zu patchen.'],
  ['ru', 'РЕЗЮМЕ', 'ФСТЭК публикует предупреждение об иранских хакерах.\nРЕКОМЕНДАЦИИ\nВедомства рекомендуют установить обновления.'],
] as const) {
  test(`${lang}: the heading ${heading} is no claimant`, () => {
    const cs = claimsOf(`${heading}\n${body}`, lang);
    assert.ok(!cs.some((c) => /^[\p{Lu} ]+$/u.test(c.claimant) && c.claimant.length > 3 && !/^(?:ANSSI|BSI|FBI|NSA)$/u.test(c.claimant)), show(cs));
  });
}
