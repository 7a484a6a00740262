/**
 * A threat group named before an unmistakable group word, where the head comes last: "the Cl0p ransomware
 * gang", "the Zorvak hacking group", "die Zorvak-Hackergruppe", "die Quartzlynx-APT-Gruppe". A bare group
 * word names no group ("the Wagner group", "die Wagner-Gruppe"), and a state's adjective before the words
 * is no name ("the Russian APT group"). Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groupsOf = (body: string, lang: string) => extract(`Ransomware attack on a hospital\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

for (const [lang, body, name] of [
  ['en', 'The Zorvak ransomware gang claimed responsibility for the attack on the hospital.', 'Zorvak'],
  ['en', 'Investigators said the Quartz Lynx hacking group had stolen patient records.', 'Quartz Lynx'],
  ['en', 'The Cl0p extortion gang listed the hospital on its leak site.', 'Cl0p'],
  ['de', 'Die Zorvak-Hackergruppe hat sich zu dem Angriff auf das Krankenhaus bekannt.', 'Zorvak'],
  ['de', 'Hinter dem Angriff steckt nach Angaben der Ermittler die Quartzlynx-APT-Gruppe.', 'Quartzlynx'],
] as const) {
  test(`${lang}: a name before the group words is a threat group: ${body.slice(0, 50)}`, () => {
    assert.ok(groupsOf(body, lang).includes(name), JSON.stringify(groupsOf(body, lang)));
  });
}

for (const [lang, body] of [
  ['en', 'The Wagner group claimed responsibility for the attack on the hospital.'],
  ['en', 'The Russian ransomware gang claimed responsibility for the attack on the hospital.'],
  ['de', 'Die Wagner-Gruppe hat sich zu dem Angriff auf das Krankenhaus bekannt.'],
] as const) {
  test(`${lang}: a bare group word or a state's adjective names no group (negative): ${body.slice(0, 50)}`, () => {
    assert.deepEqual(groupsOf(body, lang), []);
  });
}
