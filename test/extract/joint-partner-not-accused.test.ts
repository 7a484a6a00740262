/**
 * The partners of an act ("conducted together with French police and the Paris prosecutor's office",
 * "gemeinsam mit der französischen Polizei", "conjointement avec la police française", "zusammen mit
 * der niederländischen Polizei") share the act; they are not the state it is pinned on, even when
 * the marker's complement runs past its first party.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; text: string; partner: string }> = [
  { lang: 'en', partner: 'FR', text: 'The FBI announced an operation, conducted together with French police and the Paris prosecutor office, to delete malware from thousands of computers.' },
  { lang: 'de', partner: 'FR', text: 'Das FBI teilte mit, es habe gemeinsam mit der französischen Polizei und der Staatsanwaltschaft Paris eine Schadsoftware von tausenden Rechnern gelöscht.' },
  { lang: 'fr', partner: 'FR', text: "Le FBI a annoncé une opération menée conjointement avec la police française et le parquet de Paris pour supprimer un logiciel malveillant de milliers d'ordinateurs." },
  { lang: 'de', partner: 'NL', text: 'Der Generalbundesanwalt teilte mit, die Ermittler hätten zusammen mit der niederländischen Polizei das Botnetz der Hacker abgeschaltet.' },
];

for (const c of CASES) {
  test(`${c.lang}: a partner named after a joint marker is not accused of the act (${c.partner})`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!cs.some((x) => (x.stance === 'attributes' || x.stance === 'accuses') && x.target === c.partner), show(cs));
  });
}
