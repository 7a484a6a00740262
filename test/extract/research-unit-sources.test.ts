/**
 * Research units that publish under their own names speak for their company: "Insikt Group said" is
 * Recorded Future's finding, "MSTIC said" Microsoft's. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [body, company, target] of [
  ['Insikt Group said the campaign was run by Chinese state-sponsored hackers.', 'Recorded Future', 'CN'],
  ['MSTIC said the campaign was run by Russian state-sponsored hackers.', 'Microsoft', 'RU'],
] as const) {
  test(`en: a research unit's finding is its company's: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'en', { title: 'Espionage campaign' });
    assert.ok(attributes(cs, company, target), show(cs));
  });
}

test('es: "la firma" points back to the research vendor named as the source, not to a tool named after it', () => {
  const cs = claimsOf('De acuerdo con Flashpoint, los intrusos usaron una versión modificada de Zorvakatz, un programa espía que la firma atribuye desde 2019 al grupo Lazarus.', 'es', { title: 'Ciberataque contra un banco' });
  assert.ok(cs.some((c) => c.claimant === 'Flashpoint' && (c.stance === 'accuses' || c.stance === 'attributes')), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Zorvakatz'), show(cs));
});

test('en: FireEye, a research vendor, links a campaign to a state', () => {
  const cs = claimsOf('FireEye linked the espionage campaign against the ministry to China.', 'en', { title: 'Espionage campaign' });
  assert.ok(attributes(cs, 'FireEye', 'CN'), show(cs));
});

test('ru: the UK National Crime Agency (NCA) speaks for the United Kingdom', () => {
  const cs = claimsOf('В NCA утверждают, что группировка Evil Corp поддерживала давние связи с российским государством.', 'ru', { title: 'Санкции против хакеров' });
  assert.ok(attributes(cs, 'GB', 'RU'), show(cs));
});
