/**
 * Government transcripts label a turn with the speaker's name and their office in capitals, set off by
 * a comma ("JANE DOE, MINISTER FOR HOME AFFAIRS: ..."): the labelled person speaks the paragraph, so
 * their "we" is the state they speak for. And a sanction announced as several coordinated measures
 * ("imposed a financial sanction and an entry ban on X over ...") accuses X as "imposed sanctions
 * on X" does. Negatives: a clause in lower case after the comma is no label; measures that are no
 * sanction ("a travel ban and quarantine rules on visitors") accuse no one. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, lead, turn] of [
  ['en', 'Australian minister Tamsin Vole spoke to reporters in Canberra.', 'TAMSIN VOLE, MINISTER FOR HOME AFFAIRS: Today the government used its framework for the first time. We condemn Russia for the intrusion into Quillbank.'],
  ['fr', 'La ministre française Odile Marchetti a répondu aux journalistes à Paris.', 'ODILE MARCHETTI, MINISTRE DES ARMÉES : Le gouvernement a réuni son conseil ce matin. Nous accusons la Russie du piratage de la société Quillbank.'],
  ['de', 'Die deutsche Ministerin Greta Sommerfeld sprach mit Journalisten in Berlin.', 'GRETA SOMMERFELD, BUNDESMINISTERIN DES INNERN: Die Regierung hat heute beraten. Wir beschuldigen Russland des Angriffs auf die Firma Quillbank.'],
] as const) {
  test(`${lang}: a turn labelled with a name and an office in capitals speaks for the state: ${turn.slice(0, 40)}`, () => {
    const cs = claimsOf(`${lead}\n\n${turn}`, lang, { title: 'Transcript: press conference' });
    const state = lang === 'en' ? 'AU' : lang === 'fr' ? 'FR' : 'DE';
    assert.ok(attributes(cs, state, 'RU'), show(cs));
  });
}

test('en: a lower-case clause after the comma is no label (negative)', () => {
  const cs = claimsOf('Tamsin Vole, who was asked about it later: we condemn Russia for the intrusion into Quillbank.', 'en', { title: 'Transcript: press conference' });
  assert.ok(!cs.some((c) => c.speaker === 'Tamsin Vole'), show(cs));
});

for (const body of [
  'Australia has today imposed a financial sanction and entry ban on Pavel Drozdin, a Russian citizen, over his part in the breach of Quillbank.',
  'Canada imposed a travel ban and an asset freeze on two Iranian officers over the breach of a water utility.',
  'Canada has imposed sanctions and a travel ban on two Iranian officers over the breach of a water utility.',
]) {
  test(`en: coordinated sanction measures accuse their object: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'en', { title: 'Cyber sanctions' });
    assert.ok(cs.some((c) => (c.claimant === 'AU' || c.claimant === 'CA') && (c.stance === 'accuses' || c.stance === 'attributes') && !!c.target), show(cs));
  });
}

test('en: a travel ban with measures that are no sanction accuses no one (negative)', () => {
  const cs = claimsOf('Canada imposed a travel ban and quarantine rules on visitors from the region last winter.', 'en', { title: 'Travel rules' });
  assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(cs));
});
