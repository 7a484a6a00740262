/**
 * An organisation's name may join its words with "&" ("Hunt & Hackett", "Procter & Gamble"): the whole name
 * speaks, not its last word. "Washington, D.C." and "D.C." stand for the United States as Washington does,
 * never for an organisation "D.C" that speaks for a briefing. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

test('en: a name joined by "&" speaks whole', () => {
  const cs = claimsOf('Velmora & Hartwick said the Turkish group targeted Dutch providers on behalf of Turkey.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'Velmora & Hartwick'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Hartwick'), show(cs));
});

test('en: a dateline "Washington, D.C." makes no organisation', () => {
  const text = 'Department Press Briefing\nWashington, D.C., March 9, 2023\nMR HALVERS: We believe the Russian Government is behind these intrusions into the grid.\nSource: https://example.org/x';
  const x = extract(text, { lang: 'en' });
  assert.ok(!x.claims.some((c) => /D\.C/u.test(c.claimant)), show(x.claims));
});

test('en: "D.C." stands for the United States', () => {
  const cs = claimsOf('Officials in D.C. said Russian hackers attacked Ukrainian banks. D.C. accused Moscow of the attacks.', 'en');
  assert.ok(attributes(cs, 'US', 'RU'), show(cs));
});
