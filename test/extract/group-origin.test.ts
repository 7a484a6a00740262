/**
 * An act told with a threat group as its source or doer after it ("the attacks came from the group X", "die
 * Angriffe gingen von der Gruppe X aus", "les attaques provenaient du groupe X", "атаки исходили от группировки X",
 * "los ataques procedían del grupo X" / "fueron obra del grupo X", "các cuộc tấn công xuất phát từ nhóm X",
 * "攻击来自X组织"): the speaker attributes the act to the group, as it does to a state named there. A group the text
 * ties to no state is its own target (the labelling conventions). Negatives: a negated origin, and a source of
 * something that is no act (a statement, a claim of responsibility), give no attribution; a state named as the
 * source keeps its own reading. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const GROUP = 'Anonymous Sudan';

for (const [lang, body] of [
  ['en', 'The Danish defence ministry said the outages came from the hacktivist group Anonymous Sudan.'],
  ['de', 'Das dänische Verteidigungsministerium teilte mit, dass die Angriffe von der Gruppe Anonymous Sudan ausgingen.'],
  ['de', 'Nach Angaben des dänischen Verteidigungsministeriums gingen die Angriffe von der Hacktivistengruppe Anonymous Sudan aus.'],
  ['fr', 'Le ministère danois de la Défense a indiqué que les attaques provenaient du groupe hacktiviste Anonymous Sudan.'],
  ['ru', 'Министерство обороны Дании сообщило, что атаки исходили от хактивистской группировки Anonymous Sudan.'],
  ['es', 'El Ministerio de Defensa danés afirmó que los ataques procedían del grupo hacktivista Anonymous Sudan.'],
  ['es', 'El Ministerio de Defensa danés afirmó que los ataques fueron obra del grupo hacktivista Anonymous Sudan.'],
  ['vi', 'Bộ Quốc phòng Đan Mạch cho biết các cuộc tấn công xuất phát từ nhóm tin tặc Anonymous Sudan.'],
  ['zh', '丹麦国防部表示，这些攻击来自黑客组织Anonymous Sudan。'],
] as const) {
  test(`${lang}: a threat group as the source of an act is its doer: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Outages at the defence ministry' });
    assert.ok(attributes(cs, 'DK', GROUP), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The Danish defence ministry said the attacks did not come from the hacktivist group Anonymous Sudan.'],
  ['es', 'El Ministerio de Defensa danés afirmó que los ataques no procedían del grupo hacktivista Anonymous Sudan.'],
  ['fr', 'Le ministère danois de la Défense a indiqué que les revendications provenaient du groupe hacktiviste Anonymous Sudan.'],
  ['zh', '丹麦国防部表示，该声明来自黑客组织Anonymous Sudan。'],
] as const) {
  test(`${lang}: a negated origin, or the source of no act, attributes nothing (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Outages at the defence ministry' });
    assert.ok(!attributes(cs, 'DK', GROUP), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The Danish defence ministry said the attacks came from Russia.'],
  ['ru', 'Министерство обороны Дании сообщило, что атаки исходили от России.'],
  ['vi', 'Bộ Quốc phòng Đan Mạch cho biết các cuộc tấn công xuất phát từ Nga.'],
] as const) {
  test(`${lang}: a state as the source keeps the state reading (other reading): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Outages at the defence ministry' });
    assert.ok(attributes(cs, 'DK', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.target === GROUP), show(cs));
  });
}
