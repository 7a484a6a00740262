/**
 * German verb-second passive: the past auxiliary stands second ("Am Montag wurde das Amt ...") and the participle
 * closes the clause ("... gewarnt"), words apart, so the passive check right before the cue missed it and the party
 * between them was read as the warner ("Am Montag wurde das BSI gewarnt": the BSI is warned, not warning). Neither
 * the party nor a threat group named between them warns; an agent marked by "von"/"vom"/"durch" still does. Active
 * forms with a fronted phrase (simple past inverted, perfect, pluperfect) keep their warning, and an English passive
 * after a fronted date stays no warning. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (cs: ReturnType<typeof claimsOf>, claimant?: string) => cs.some((c) => c.stance === 'warns' && (claimant === undefined || c.claimant === claimant));

for (const [lang, body] of [
  ['de', 'Am Montag wurde das BSI vor Angriffen russischer Hacker auf Kliniken gewarnt.'],
  ['de', 'Am 3. Mai wurde das Bundesamt für Verfassungsschutz von einem Hinweisgeber nicht informiert; zuvor wurde das BSI gewarnt.'],
  ['de', 'Bereits im Herbst wurden die Stadtwerke Kaltenbrunn vor Angriffen der Gruppe APT28 gewarnt.'],
  ['de', 'Im Januar wurde die Bundesregierung vor weiteren Sabotageakten gewarnt.'],
  ['en', 'On 3 May the NCSC was warned of attacks by Russian hackers on hospitals.'],
] as const) {
  test(`${lang}: the party inside a verb-second passive is warned, not warning (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Warnung vor Angriffen' });
    assert.ok(!warns(cs), show(cs));
  });
}

for (const [lang, body, claimant] of [
  // The agent of the passive warns.
  ['de', 'Am Montag wurden die Kliniken vom BSI vor Angriffen russischer Hacker gewarnt.', 'DE'],
  // Active verb-second forms after a fronted phrase.
  ['de', 'Am Montag warnte das BSI vor Angriffen russischer Hacker auf Kliniken.', 'DE'],
  ['de', 'Am Montag hat das BSI vor Angriffen der Gruppe APT28 auf Kliniken gewarnt.', 'DE'],
  ['de', 'Schon im Frühjahr hatte das BSI vor Angriffen russischer Hacker auf Kliniken gewarnt.', 'DE'],
  ['en', 'On 3 May the NCSC warned of attacks by Russian hackers on hospitals.', 'GB'],
] as const) {
  test(`${lang}: an active warning or the passive's agent still warns: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Warnung vor Angriffen' });
    assert.ok(warns(cs, claimant), show(cs));
  });
}
