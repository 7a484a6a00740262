/**
 * German capitalises every noun, so a lone unknown name is an organisation there only as the bare subject of a verb of
 * speech, confirmation or denial opening its sentence. An adverb before it ("Auch Velmora räumte einen Vorfall ein",
 * "Auch Velmora bestätigte ...") leaves it that bare subject, so a victim company joining others in telling of its own
 * hit confirms it. An article before it does not ("Die Bahn meldete ..."): a common noun. In English a stripped opener
 * may hide a pronoun ("But I'll say ..."), which is no organisation. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const body of [
  'Eine Hackergruppe drang in die Netze mehrerer Chemiekonzerne ein, darunter Velmora. Auch Velmora räumte einen Vorfall ein.',
  'Eine Hackergruppe drang in die Netze mehrerer Chemiekonzerne ein, darunter Velmora. Auch Velmora bestätigte den Angriff auf Anfrage.',
] as const) {
  test(`de: an adverb before a lone name leaves it the speaking subject: ${body.slice(-45)}`, () => {
    const cs = claimsOf(body, 'de', { title: 'Hackerangriff auf Chemiekonzerne' });
    assert.ok(confirms(cs, 'Velmora'), show(cs));
  });
}

test('de: an article before a capitalised noun makes it no name (negative)', () => {
  const cs = claimsOf('Eine Hackergruppe griff den Bahnbetreiber an. Die Bahn meldete Probleme beim Ticketverkauf. Die Bahn bestätigte den Angriff.', 'de', { title: 'Hackerangriff' });
  assert.ok(!cs.some((c) => c.claimant === 'Bahn'), show(cs));
});

test('en: a pronoun after a stripped opener is no organisation (negative)', () => {
  const cs = claimsOf('Russia harbours criminal hackers, the minister said. But I\'ll say this: we urge Moscow to act against them, and I\'ll repeat it.', 'en', { title: 'Cyberattack' });
  assert.ok(!cs.some((c) => /^I/u.test(c.claimant)), show(cs));
});
