/**
 * An unnamed state actor told as the author of an activity with no hostile word of its own: "the intrusions were
 * carried out by a state-sponsored actor", "l'activité a été menée par un acteur étatique", "la actividad fue
 * llevada a cabo por un actor estatal", "die Aktivität sei von einem staatlichen Akteur ausgeführt worden", "a state
 * actor was behind the operation". The verb of doing (or the predicate of responsibility) tells the act: the
 * speaker attributes it to no named state (no target). Negatives: a state actor named in a warning, or with no act
 * told at all ("a state actor visited the fair"), makes no attribution. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const untargeted = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'attributes' && !c.target);

for (const [lang, body, who] of [
  ['en', 'Talos assessed with moderate confidence that the intrusions were carried out by a state-sponsored actor.', 'Cisco Talos'],
  ['en', 'Talos said a state-sponsored actor was behind the operation.', 'Cisco Talos'],
  ['fr', 'Selon l’ANSSI, l’activité a été menée par un acteur étatique.', 'FR'],
  ['es', 'El CCN afirmó que la actividad fue llevada a cabo por un actor estatal.', 'ES'],
  ['de', 'Das BSI erklärte, die Aktivität sei von einem staatlichen Akteur ausgeführt worden.', 'DE'],
] as const) {
  test(`${lang}: an activity carried out by an unnamed state actor is attributed with no target: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Espionage campaign' });
    assert.ok(untargeted(cs, who), show(cs));
  });
}

for (const [lang, body, who] of [
  ['en', 'Talos said a state-sponsored actor visited the trade fair last week.', 'Cisco Talos'],
  ['fr', 'Selon l’ANSSI, un acteur étatique a visité le salon la semaine dernière.', 'FR'],
] as const) {
  test(`${lang}: no act told, no attribution (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Espionage campaign' });
    assert.ok(!untargeted(cs, who), show(cs));
  });
}
