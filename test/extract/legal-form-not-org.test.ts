/**
 * A legal form set off after a company's name by a comma ("Sichuan Velmora Technology Company, Limited", "Velmora
 * Holdings, Inc.") is part of that name, never an organisation of its own that is accused or speaks.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const body of [
  'The US Treasury sanctioned Sichuan Velmora Technology Company, Limited, a Chinese firm, for compromising firewalls.',
  'The US Treasury sanctioned Velmora Holdings, Inc., a Chinese firm, for compromising firewalls.',
  'The US Treasury sanctioned Velmora Network Co., Ltd., a Chinese firm, for compromising firewalls.',
]) {
  test(`en: a legal form is no party: ${body.slice(27, 70)}`, () => {
    const cs = claimsOf(body, 'en');
    assert.ok(!cs.some((c) => /^(?:Limited|Ltd|Inc|Co)$/u.test(c.claimant) || /^(?:Limited|Ltd|Inc|Co)$/u.test(c.target ?? '')), show(cs));
  });
}
