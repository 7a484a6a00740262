/**
 * The European Parliament, an EU institution, speaks as the EU ("European Parliament", "Europäische Parlament",
 * "Parlement européen", "Европарламент", "Parlamento Europeo"): its appeal is the EU's call on the state it addresses.
 * Near misses: its members named with their group speak for that group, not the EU; the Parliament only hit (its
 * website attacked) makes no call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVES: Array<{ lang: string; text: string; target: string }> = [
  { lang: 'en', text: 'The European Parliament urged Hungary to stop spying on journalists with Pegasus.', target: 'HU' },
  { lang: 'de', text: 'Das Europäische Parlament forderte Ungarn auf, die Überwachung von Journalisten mit Pegasus zu beenden.', target: 'HU' },
  { lang: 'fr', text: "Le Parlement européen a exhorté la Hongrie à cesser d'espionner les journalistes avec Pegasus.", target: 'HU' },
  { lang: 'ru', text: 'Европарламент призвал Венгрию прекратить слежку за журналистами с помощью Pegasus.', target: 'HU' },
  { lang: 'es', text: 'El Parlamento Europeo instó a Hungría a dejar de espiar a periodistas con Pegasus.', target: 'HU' },
];

for (const c of POSITIVES) {
  test(`${c.lang}: the European Parliament calls as the EU: ${c.text.slice(0, 40)}`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'EU' && x.stance === 'calls-for' && x.target === c.target), show(cs));
  });
}

test('en: members of the Parliament named with their group speak for the group', () => {
  const cs = claimsOf('Members of the European Parliament from the Greens urged Hungary to stop spying on journalists.', 'en');
  assert.ok(!cs.some((x) => x.claimant === 'EU'), show(cs));
});

test('ru: the Parliament only attacked makes no call', () => {
  const cs = claimsOf('Хакеры Killnet атаковали сайт Европарламента.', 'ru');
  assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
});
