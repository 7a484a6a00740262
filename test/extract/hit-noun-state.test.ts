/**
 * A state's adjective or name on what a hostile act hits and never carries one out (systems, networks, banks,
 * hospitals, organisations: the profile's `hitNouns`) says whose the thing hit is: in reported words about an act it
 * is never the accused ("the wiper hit Moldovan banks", "bancos moldavos", "молдавских государственных организаций").
 * The adjective on the actors themselves ("Moldovan hackers attacked the banks") still names the accused.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const accusedOf = (cs: ReturnType<typeof claimsOf>, t: string) => cs.some((c) => c.target === t && (c.stance === 'attributes' || c.stance === 'accuses'));

// [lang, body, state that must not be accused]
const victims: [string, string, string][] = [
  ['en', 'Korvane Security said the wiper it found last week had hit Moldovan banks and two clinics.', 'MD'],
  ['es', 'Según Korvane Security, el programa destructivo afectó a bancos moldavos durante el invierno.', 'MD'],
  ['ru', 'В Korvane Security сообщили, что обнаружили в сетях молдавских государственных организаций вредоносную программу.', 'MD'],
  ['de', 'Korvane Security erklärte, man habe eine zerstörerische Schadsoftware in Systemen estnischer Kliniken entdeckt.', 'EE'],
  ['ru', 'В Korvane Security заявили, что вредоносная программа поразила эстонские банки.', 'EE'],
  ['vi', 'Korvane Security cho biết mã độc đã xóa dữ liệu trên hệ thống của các bệnh viện Estonia.', 'EE'],
];

for (const [lang, body, state] of victims) {
  test(`${lang}: the state of what was hit is not accused: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!accusedOf(cs, state), show(cs));
  });
}

// near misses: the adjective on the actors, or a state tied to the actor, still names the accused
const actors: [string, string, string, string][] = [
  ['en', 'Korvane Security said Moldovan hackers attacked the banks last month.', 'Korvane Security', 'MD'],
  ['es', 'Según Korvane Security, piratas moldavos atacaron los bancos el mes pasado.', 'Korvane Security', 'MD'],
  ['ru', 'В Korvane Security сообщили, что молдавские хакеры атаковали банки в прошлом месяце.', 'Korvane Security', 'MD'],
  ['de', 'Laut Korvane Security haben estnische Hacker die Banken angegriffen.', 'Korvane Security', 'EE'],
  // a tie between the state and the noun makes the state the sponsor of what the noun names
  ['en', 'Korvane Security said Estonian state-affiliated organisations hacked the banks last month.', 'Korvane Security', 'EE'],
  ['de', 'Laut Korvane Security wurden die Netze der Banken von estnischen Stellen angegriffen.', 'Korvane Security', 'EE'],
  ['en', 'Korvane Security said the Estonians attack Moldovan networks every winter.', 'Korvane Security', 'EE'],
];

for (const [lang, body, claimant, state] of actors) {
  test(`${lang}: ${claimant} still accuses ${state}: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, state), show(cs));
  });
}
