/**
 * Anaphora by the definite noun "the organisation" ("L'organisation a appelé ...", "Die Organisation
 * rief ... auf", "La organización instó ..."): it points back to the organisation named last, like "the
 * company", not to the state that spoke in between. Negatives: "the organisation" as a generic object
 * ("staff who leave the organisation") makes no claim; with no organisation named before, no claim is
 * pinned on the state named last. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['fr', "Amnesty International a publié mardi un rapport sur le téléphone d'un reporter. Le Maroc a rejeté ses conclusions. L'organisation a appelé les autorités marocaines à ouvrir une enquête indépendante."],
  ['de', 'Amnesty International legte am Dienstag einen Bericht über das Telefon eines Reporters vor. Marokko wies die Ergebnisse zurück. Die Organisation rief die marokkanischen Behörden dazu auf, eine unabhängige Untersuchung einzuleiten.'],
  ['es', 'Amnesty International presentó el martes un informe sobre el teléfono de un reportero. Marruecos rechazó sus conclusiones. La organización instó a las autoridades marroquíes a abrir una investigación independiente.'],
  ['en', "Amnesty International released a report on Tuesday about a reporter's phone. Morocco rejected its findings. The organisation urged the Moroccan authorities to open an independent inquiry."],
  ['vi', 'Amnesty International hôm thứ Ba công bố báo cáo về điện thoại của một phóng viên. Maroc bác bỏ kết luận này. Tổ chức này kêu gọi chính quyền Maroc mở một cuộc điều tra độc lập.'],
] as const) {
  test(`${lang}: "the organisation" calls, as the organisation named last: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Spyware report on a reporter' });
    assert.ok(cs.some((c) => c.claimant === 'Amnesty International' && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'MA' && c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body] of [
  ['fr', "Le Maroc a rejeté le rapport. Il faut désactiver les comptes des employés qui quittent l'organisation."],
  ['en', 'Morocco rejected the report. Accounts of staff who leave the organisation should be disabled at once.'],
] as const) {
  test(`${lang}: a generic "organisation" makes no claim (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Spyware report on a reporter' });
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}
