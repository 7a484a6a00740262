/**
 * A source marker that points back to what was said before it ("demnach", "according to which", "selon
 * lequel", "según el cual", "согласно которому"): its source is the subject of the clause before it in its
 * own sentence; with nothing before it there ("Hinter dem Angriff steckt demnach Y"), the sentence right
 * before in the same paragraph speaks: its speaker, else the organisation or state opening it. Negatives: no
 * sentence before (a new paragraph, the title), and a sentence before that names no one as its subject.
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'Angriff auf einen Maschinenbauer';

for (const body of [
  'Die Sicherheitsfirma Korvalis Labs hat am Dienstag ihren Jahresbericht vorgestellt. Hinter dem Angriff auf den Maschinenbauer steckt demnach mutmaßlich die Gruppe APT28.',
  'Korvalis Labs hat neue Details zu dem Einbruch in ihr Netz veröffentlicht. Demnach hat das Unternehmen den Angriff inzwischen der Gruppe APT28 zugeordnet.',
  'Die Eindringlinge hätten sich schon im Winter Zugang verschafft, sagte ein Sprecher von Korvalis Labs. Hinter der Kampagne steckt demnach die Gruppe APT28.',
]) {
  test(`de: "demnach" points back to the sentence before: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'de', { title: TITLE });
    assert.ok(attributes(cs, 'Korvalis Labs', 'APT28'), show(cs));
  });
}

for (const body of [
  // a new paragraph starts afresh
  'Korvalis Labs hat am Dienstag ihren Jahresbericht vorgestellt.\n\nHinter dem Angriff auf den Maschinenbauer steckt demnach mutmaßlich die Gruppe APT28.',
  // nothing before it at all
  'Hinter dem Angriff auf den Maschinenbauer steckt demnach mutmaßlich die Gruppe APT28.',
  // the sentence before names no one as its subject
  'Im Frühjahr fielen bei dem Maschinenbauer die Server aus. Hinter dem Angriff steckt demnach die Gruppe APT28.',
]) {
  test(`de: "demnach" with nobody before it claims for no one (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'de', { title: TITLE });
    assert.ok(!cs.some((c) => c.stance === 'attributes' && c.target === 'APT28' && c.claimant), show(cs));
  });
}

// The relative markers keep their subject in their own sentence (controls).
for (const [lang, body] of [
  ['en', 'Korvalis Labs released its findings on Tuesday, according to which the group APT28 carried out the attack.'],
  ['de', 'Korvalis Labs legte am Dienstag einen Bericht vor, wonach die Gruppe APT28 hinter dem Angriff steckt.'],
] as const) {
  test(`${lang}: a relative source marker points back to its own sentence's subject: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Attack on a machine maker' });
    assert.ok(attributes(cs, 'Korvalis Labs', 'APT28'), show(cs));
  });
}
