/**
 * The state of an actor named after a possessive ("officers of Russian military intelligence had tried to hack
 * the network", "des agents du renseignement russe", "agentes de la inteligencia rusa") is the one the act is
 * pinned on, when the actor heads the act (before its first hostile word); people the act reaches ("emails to
 * agents of the Ukrainian border service") are no actors. Russian "объявила, что ..." reports speech.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'The Dutch minister said that four officers of Russian military intelligence had tried to hack the network.'],
  ['fr', 'Le ministre néerlandais a déclaré que des agents du renseignement russe avaient piraté le réseau.'],
  ['es', 'El ministro neerlandés dijo que agentes de la inteligencia rusa habían pirateado la red.'],
  ['ru', 'Министр обороны Нидерландов объявила, что сотрудники российской военной разведки пытались взломать сеть организации.'],
] as const) {
  test(`${lang}: the actor's state after a possessive is accused: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'NL', 'RU'), show(cs));
  });
}

test('en: people an act reaches are no actors', () => {
  const cs = claimsOf('The Dutch minister said the hackers sent phishing emails to agents of the Ukrainian border service.', 'en');
  assert.ok(!attributes(cs, 'NL', 'UA'), show(cs));
});

test('ru: announcing a measure is no report of an act', () => {
  const cs = claimsOf('Министерство объявило о введении санкций против России.', 'ru');
  assert.ok(!cs.some((c) => c.stance === 'attributes'), show(cs));
});
