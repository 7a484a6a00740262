/**
 * Two ways a sentence tells no claim though it names a state and an act. A speech verb denied ("did not say
 * which Russian service it suspected of the intrusion", "n'a pas dit quelle agence russe", "no dijo qué agencia
 * rusa", "не сообщило, какая российская служба") tells nothing, as "declined to comment" does. A predicate of
 * responsibility that names a duty ("the bureau, which is responsible for counter-espionage work, announced
 * an inquiry into the hack") makes no one answer for the act told later. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'The Norwegian cabinet did not say which Russian service it suspected had staged the intrusion.'],
  ['fr', "Le gouvernement norvégien n'a pas dit quelle agence russe avait mené l'attaque."],
  ['es', 'El gobierno noruego no dijo qué agencia rusa había llevado a cabo el ataque.'],
  ['ru', 'Правительство Норвегии не сообщило, какая российская служба провела атаку.'],
] as const) {
  test(`${lang}: a denied speech verb tells no claim: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs, [], show(cs));
  });
}

test('en: a speech verb denied beside a call still calls', () => {
  const cs = claimsOf('The Norwegian government did not say who was behind the attack, but urged Russia to stop.', 'en');
  assert.ok(cs.some((c) => c.stance === 'calls-for'), show(cs));
});

test('en: a duty is no blame for the act told after it', () => {
  const cs = claimsOf('Norway said Russia was behind the hack. The Norwegian Vigilance Bureau, which is responsible for counter-espionage work, announced that a formal inquiry into the hack had begun.', 'en');
  assert.equal(cs.filter((c) => c.stance === 'attributes' || c.stance === 'accuses').length, 1, show(cs));
  assert.ok(attributes(cs, 'NO', 'RU'), show(cs));
});

test('en: responsibility for an act still blames', () => {
  const cs = claimsOf('The Norwegian service said Russia is responsible for the breach of the parliament.', 'en');
  assert.ok(attributes(cs, 'NO', 'RU'), show(cs));
});
