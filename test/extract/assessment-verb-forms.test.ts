/**
 * Verbs of believing, supposing, assessing and concluding in the forms the profiles lacked (past and present,
 * participles, a degree of confidence between verb and clause), with a clause that ties a group to a state: the
 * speaker before the verb attributes. Without a tie in the clause, or with no speaker, no claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const POSITIVES: Array<[string, string]> = [
  ['en', 'Analysts at Sekoia believed that Gallmaker was working for Iran during the 2021 campaign against shipping firms.'],
  ['en', 'Sekoia thinks that Gallmaker operates out of Iran.'],
  ['fr', "Les chercheurs de Sekoia croient que Gallmaker opère depuis l'Iran."],
  ['fr', "Sekoia concluait avec une prudence certaine que Gallmaker travaille pour l'Iran."],
  ['fr', "Les analystes de Sekoia pensaient que Gallmaker agissait pour le compte de l'Iran."],
  ['de', 'Die Forscher von Sekoia vermuten, dass Gallmaker im Auftrag Irans arbeitet.'],
  ['de', 'Sekoia schloss daraus, dass Gallmaker im Auftrag Irans arbeitete.'],
  ['ru', 'Аналитики Sekoia предполагают, что Gallmaker действует в интересах Ирана.'],
  ['ru', 'Аналитики Sekoia считали, что Gallmaker работает на Иран.'],
  ['zh', 'Sekoia的研究人员得出结论，Gallmaker与伊朗有关。'],
];

for (const [lang, body] of POSITIVES) {
  test(`assessment verb attributes (${lang}): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Sekoia', 'IR'), show(cs));
  });
}

const NEGATIVES: Array<[string, string]> = [
  // The clause ties no one: a belief about a flaw.
  ['en', 'Analysts at Sekoia believed that the flaw in the billing portal was several years old.'],
  ['fr', 'Les chercheurs de Sekoia croient que la faille du portail de facturation est ancienne.'],
  ['de', 'Die Forscher von Sekoia vermuten, dass die Lücke im Abrechnungsportal alt ist.'],
  ['ru', 'Аналитики Sekoia предполагают, что уязвимость в портале оплаты появилась давно.'],
  // A first-person hedge with no group or state.
  ['fr', 'Je pense que la panne du portail de facturation était accidentelle.'],
  ['de', 'Ich glaube, dass der Ausfall des Abrechnungsportals ein Versehen war.'],
  // "It is believed" with no speaker; a generic "whoever believes".
  ['en', 'It is believed that Gallmaker operates out of Iran.'],
  ['de', 'Wer glaubt, dass Gallmaker im Auftrag Irans arbeitet, irrt sich.'],
  // "Believed to be" stays a hedge on the group's noun.
  ['en', 'The intrusion at a harbour operator in Lagos was carried out by a group believed to be new.'],
];

for (const [lang, body] of NEGATIVES) {
  test(`assessment verb without a tie or speaker (${lang}): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
