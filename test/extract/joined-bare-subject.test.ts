/**
 * de: a lone unknown name joined by "und" to an organisation the text knows, the two opening the sentence as the
 * subject of a verb of confirmation or speech ("BASF und Velmora bestätigten, Ziel ... geworden zu sein"), is a bare
 * subject too: each victim confirms its own hit. A capitalised common noun so joined (the text writes it with an
 * article elsewhere) is no organisation. Names invented for these tests (BASF stands for a known company).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const body of [
  'BASF und Velmora bestätigten auf Nachfrage, Ziel einer Spionagekampagne geworden zu sein.',
  'Eine Hackergruppe drang in mehrere Konzerne ein. BASF und Velmora bestätigten, dass Angreifer in ihre Netze eingedrungen seien.',
] as const) {
  test(`de: both joined subjects confirm: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, 'de', { title: 'Hackerangriff auf Konzerne' });
    assert.ok(confirms(cs, 'Velmora') && confirms(cs, 'BASF'), show(cs));
  });
}

test('de: a capitalised common noun joined to a company is no organisation (negative)', () => {
  const cs = claimsOf('Eine Hackergruppe drang in mehrere Konzerne ein. BASF und Behörden bestätigten den Angriff. Die Behörden ermitteln.', 'de', { title: 'Hackerangriff' });
  assert.ok(!cs.some((c) => c.claimant === 'Behörden'), show(cs));
});
