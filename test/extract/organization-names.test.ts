/**
 * What is not an organisation name: a capital inside a word, a sentence-opening word after a quote
 * mark or a live-blog stamp, a byline or an address, a time zone or a technical acronym. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOrganizations } from '../../src/extract/organizations.ts';
import { segmentDocument } from '../../src/extract/segment.ts';

function orgs(text: string, lang: string): string[] {
  const doc = segmentDocument(text, lang);
  return findOrganizations(text, doc.sentences, lang, []).map((o) => o.value);
}

test('a capital inside a word starts no name (en, fr)', () => {
  const en = orgs('The attack hit the eGovernment portal and several iServices on Monday, Lantern Labs said.', 'en');
  assert.ok(!en.includes('Government') && !en.includes('Services'), en.join(', '));
  assert.ok(en.some((o) => o.startsWith('Lantern')), en.join(', '));
  assert.ok(!orgs("Le portail eCitoyen a été perturbé, a indiqué Lantern Labs.", 'fr').includes('Citoyen'));
});

test('a word opening its sentence after a quote mark or a live-blog stamp is no name (en, es, fr)', () => {
  assert.deepEqual(orgs('"You will regret this, the hackers wrote on the screen.', 'en'), []);
  const blog = orgs('Tue 4 Mar, 10:15 UTC — Reports say the outage spread to two more provinces.', 'en');
  assert.ok(!blog.includes('Reports') && !blog.includes('UTC'), blog.join(', '));
  assert.deepEqual(orgs('«Nuestro sistema resistió los ataques», dijo la portavoz.', 'es'), []);
  assert.deepEqual(orgs('CERT-XY — Bulletin de sécurité publié ce matin.', 'fr'), ['CERT-XY']);
});

test('bylines and forms of address are no organisations (es, fr, en)', () => {
  assert.ok(!orgs('Por Marta Ruiz Vidal\n\nEl Gobierno negó cualquier implicación en el ataque.', 'es').some((o) => /^Por /u.test(o)));
  assert.ok(!orgs('Monsieur le Président, le centre a détecté cette activité en 2021.', 'fr').some((o) => /Monsieur|Président/u.test(o)));
  assert.ok(!orgs('By Helen Ward\n\nThe agency said the breach was contained.', 'en').some((o) => /^By /u.test(o)));
});

test('time zones and technical acronyms are no organisations (en)', () => {
  assert.deepEqual(orgs('The distributed denial of service (DDoS) attacks started at 09:00 GMT and hit the VPN gateways.', 'en'), []);
});
