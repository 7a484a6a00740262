/**
 * A victim company confirming (or denying) its own hit with the subject after the verb of a fronted phrase, named by a
 * common noun that points back to it ("Noch am selben Abend bestätigte das Unternehmen den Vorfall", "Am Freitag bestritt das
 * Unternehmen, dass ..."): the noun is the subject, as a name is there. A hyphenated compound that holds a technical
 * word ("Unternehmens-IT-Umgebung", "Büro-IT-Netz", "E-Mail-Konten") is no organisation, so it neither speaks nor
 * confirms. Negatives: a negated confirmation; a warning keeps its subject rule. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import { findOrganizations } from '../../src/extract/organizations.ts';
import { segmentDocument } from '../../src/extract/segment.ts';

const made = (cs: ReturnType<typeof claimsOf>, stance: string) => cs.some((c) => c.claimant === 'Velmora' && c.stance === stance && c.target === 'Velmora');

test('de: the company noun after the verb of a fronted phrase confirms its own hit', () => {
  const cs = claimsOf('Die Firma Velmora wurde gehackt. Noch am selben Abend bestätigte das Unternehmen den Vorfall.', 'de', { title: 'Cyberangriff' });
  assert.ok(made(cs, 'confirms'), show(cs));
});

test('de: ... and denies', () => {
  const cs = claimsOf('Die Firma Velmora wurde gehackt. Am Freitag bestritt das Unternehmen, dass Kundendaten abgeflossen seien.', 'de', { title: 'Cyberangriff' });
  assert.ok(made(cs, 'denies'), show(cs));
});

test('de: a negated confirmation confirms nothing (negative)', () => {
  const cs = claimsOf('Die Firma Velmora wurde gehackt. Noch am selben Abend bestätigte das Unternehmen den Vorfall nicht.', 'de', { title: 'Cyberangriff' });
  assert.ok(!made(cs, 'confirms'), show(cs));
});

for (const [lang, body, word] of [
  ['de', 'Nach bisherigem Stand blieb der Vorfall auf die Unternehmens-IT-Umgebung beschränkt, sagte Velmora.', 'Unternehmens-IT-Umgebung'],
  ['de', 'Die Angreifer drangen in das Büro-IT-Netz ein, sagte ein Sprecher.', 'Büro-IT-Netz'],
  ['de', 'Betroffen waren die E-Mail-Konten zweier Manager, sagte ein Sprecher.', 'E-Mail-Konten'],
  ['en', 'The attackers reached several E-mail accounts of the board, a spokesperson said.', 'E-mail'],
] as const) {
  test(`${lang}: a compound holding a technical word is no organisation: ${word}`, () => {
    const text = `Headline\n${body}\n`;
    const doc = segmentDocument(text, lang);
    const orgs = findOrganizations(text, doc.sentences, lang, []);
    assert.ok(!orgs.some((o) => text.slice(o.start, o.end).includes(word)), JSON.stringify(orgs.map((o) => o.value)));
  });
}

test('en: a name holding a legal form after a hyphen is still a name (negative)', () => {
  const text = 'Headline\nHackers breached the servers of the retailer, Velmora-Co said on Monday.\n';
  const doc = segmentDocument(text, 'en');
  const orgs = findOrganizations(text, doc.sentences, 'en', []);
  assert.ok(orgs.some((o) => text.slice(o.start, o.end).includes('Velmora-Co')), JSON.stringify(orgs.map((o) => o.value)));
});
