/**
 * Characterising an actor is telling of it: "X describes the group as linked to Y", "X décrit le
 * groupe comme lié à Y", "X describe al grupo como vinculado a Y", "X beschreibt die Gruppe als mit Y
 * verbunden", "X описывает группировку как связанную с Y", "X mô tả nhóm là có liên hệ với Y": X
 * attributes the group's acts to Y. A subject pronoun opening a relative clause on the main clause's
 * object refers to the organisation opening the sentence ("X tracks it as Y, which it describes as").
 * Describing an act ("described the intrusion as sophisticated") ties it to nobody. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')).map((c) => c.target);

const DESCRIBED: Array<[lang: string, body: string]> = [
  ['en', 'Mandiant describes UNC5221 as a suspected espionage actor linked to China.'],
  ['fr', "Mandiant a décrit UNC5221 comme un acteur d'espionnage lié à la Chine."],
  ['es', 'Mandiant describe a UNC5221 como un actor de espionaje vinculado a China.'],
  ['de', 'Mandiant beschreibt UNC5221 als eine Gruppe mit Verbindungen zu China.'],
  ['ru', 'Mandiant описывает UNC5221 как шпионскую группировку, связанную с Китаем.'],
  ['vi', 'Mandiant mô tả UNC5221 là một nhóm gián điệp có liên hệ với Trung Quốc.'],
];

for (const [lang, body] of DESCRIBED) {
  test(`${lang}: describing a group as tied to a state attributes to that state`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'Mandiant'), ['CN'], show(cs));
  });
}

const RELATIVE: Array<[lang: string, body: string, claimant: string]> = [
  ['en', 'Mandiant tracks the activity as UNC5221, which it describes as an espionage actor linked to China.', 'Mandiant'],
  ['fr', "Velmora Labs suit ces intrusions sous le nom UNC9150, qu'elle décrit comme un groupe d'espionnage lié à la Chine.", 'Velmora Labs'],
  ['ru', 'Mandiant отслеживает эту активность как UNC5221, которую она описывает как группировку, связанную с Китаем.', 'Mandiant'],
];

for (const [lang, body, claimant] of RELATIVE) {
  test(`${lang}: the pronoun of a relative clause on the object is the organisation opening the sentence`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, claimant), ['CN'], show(cs));
  });
}

// Negative cases: describing an act, or an actor without a tie to a state, attributes nothing.
const NOTHING: Array<[lang: string, body: string]> = [
  ['en', 'Kaspersky describes the intrusion as one of the most complex it has seen.'],
  ['fr', "Mandiant a décrit l'intrusion comme très sophistiquée."],
  ['es', 'Mandiant describió la intrusión como muy sofisticada.'],
  ['de', 'Mandiant beschrieb den Einbruch als sehr raffiniert.'],
  ['ru', 'Mandiant описал взлом как очень сложный.'],
  ['vi', 'Mandiant mô tả vụ xâm nhập là rất tinh vi.'],
  ['en', 'Kaspersky tracks the group as Blue Otter, which it describes as a financially motivated crew.'],
];

for (const [lang, body] of NOTHING) {
  test(`${lang}: describing without a tie to a state attributes nothing (${body.slice(0, 30)})`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs.filter((c) => c.stance === 'accuses' || c.stance === 'attributes').map((c) => c.target), [], show(cs));
  });
}
