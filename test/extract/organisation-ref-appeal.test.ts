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
  ['fr', "Amnesty International a diffusé mardi une note sur le portable d'une militante. La Tunisie a contesté la note. L'organisation a ensuite appelé le Parlement tunisien à créer une commission chargée des écoutes."],
  ['de', 'Amnesty International legte am Dienstag eine Notiz über das Handy einer Aktivistin vor. Tunesien wies die Notiz zurück. Die Organisation rief das tunesische Parlament dazu auf, einen Ausschuss zu den Abhöraktionen einzusetzen.'],
  ['es', 'Amnesty International difundió el martes una nota sobre el móvil de una activista. Túnez rechazó la nota. La organización instó al Parlamento tunecino a crear una comisión sobre las escuchas.'],
  ['en', "Amnesty International put out a note on Tuesday about an activist's handset. Tunisia disputed the note. The organisation urged the Tunisian parliament to set up a committee on the wiretaps."],
  ['vi', 'Amnesty International hôm thứ Ba đưa ra một ghi chú về điện thoại của một nhà hoạt động. Tunisia phản bác ghi chú đó. Tổ chức này kêu gọi quốc hội Tunisia lập một ủy ban về các vụ nghe lén.'],
] as const) {
  test(`${lang}: "the organisation" calls, as the organisation named last: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Spyware report on a reporter' });
    assert.ok(cs.some((c) => c.claimant === 'Amnesty International' && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'TN' && c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body] of [
  ['fr', "La Tunisie a contesté la note. Tout salarié qui part de l'organisation doit perdre ses accès le jour même."],
  ['en', 'Tunisia disputed the note. Any worker who departs from the organisation loses access on the same day.'],
] as const) {
  test(`${lang}: a generic "organisation" makes no claim (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Spyware report on a reporter' });
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}
