/**
 * A demand fronted as the source of a modal ("As X has long demanded, governments should ...", "Como reclama X, los
 * Estados deberían ...", "Comme le réclame X, les États devraient ...", "Как давно требует X, государства должны ...",
 * "Wie X seit Jahren fordert, sollten die Staaten ..."): X calls for what the modal asks, on the modal's subject when
 * it is a state. Near misses: a fronted phrase with no party ("as the law demands"), one with no demand ("as expected"),
 * a demand retold in another's words ("As the minister said X had urged"), no modal after the phrase.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCall, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVES: Array<{ lang: string; text: string; claimant: string; target?: string }> = [
  { lang: 'en', text: 'As Human Rights Watch has repeatedly demanded, governments should stop buying commercial spyware.', claimant: 'Human Rights Watch' },
  { lang: 'en', text: 'As the European Union urged, Russia must end its cyberattacks on Moldova.', claimant: 'EU', target: 'RU' },
  { lang: 'es', text: 'Como reclama desde hace años Human Rights Watch, los Estados deberían prohibir la venta de programas espía.', claimant: 'Human Rights Watch' },
  { lang: 'es', text: 'Como exige Amnistía Internacional, el Gobierno de Panamá debe investigar el espionaje a periodistas.', claimant: 'Amnesty International', target: 'PA' },
  { lang: 'fr', text: 'Comme le réclame depuis longtemps Amnesty International, les États devraient interdire la vente de logiciels espions.', claimant: 'Amnesty International' },
  { lang: 'ru', text: 'Как давно требует Human Rights Watch, государства должны запретить продажу шпионских программ.', claimant: 'Human Rights Watch' },
  { lang: 'de', text: 'Wie Amnesty International seit Jahren fordert, sollten die Staaten den Export von Spähsoftware verbieten.', claimant: 'Amnesty International' },
  { lang: 'vi', text: 'Như Tổ chức Ân xá Quốc tế đã nhiều lần kêu gọi, các nước cần cấm bán phần mềm gián điệp.', claimant: 'Amnesty International' },
];

for (const c of POSITIVES) {
  test(`${c.lang}: a demand fronted before a modal is its party's call: ${c.text.slice(0, 40)}`, () => {
    assertCall(claimsOf(c.text, c.lang), c.claimant, c.target);
  });
}

const NEGATIVES: Array<{ lang: string; text: string }> = [
  { lang: 'en', text: 'As expected, governments should stop buying commercial spyware.' },
  { lang: 'es', text: 'Como establece la ley, los Estados deberían prohibir la venta de programas espía.' },
  { lang: 'fr', text: "Comme le réclame depuis longtemps Amnesty International, la vente de logiciels espions a été suspendue." },
  { lang: 'de', text: 'Wie es das Gesetz verlangt, sollten die Staaten den Export von Spähsoftware verbieten.' },
];

test('en: a demand retold in another\'s words is not the teller\'s call', () => {
  const cs = claimsOf('As the Polish minister said Human Rights Watch had urged, governments should stop buying spyware.', 'en');
  assert.ok(!cs.some((x) => x.stance === 'calls-for' && x.claimant === 'PL'), show(cs));
});

for (const c of NEGATIVES) {
  test(`${c.lang}: no fronted demand, no call: ${c.text.slice(0, 40)}`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
}
