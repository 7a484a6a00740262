/**
 * Reported speech about a hostile act of a threat group that neither the knowledge base nor the sentence ties to
 * a state ("the FBI said the hacking group X broke into ...", "selon l'ANSSI, le groupe de pirates X a piraté
 * ...", "según el FBI, el grupo de hackers X atacó ...", "nach Angaben des BSI hat die Hackergruppe X ...
 * angegriffen", "по данным ФБР, группировка X взломала ..."): the speaker attributes the act to the group itself.
 * Negatives: a group that is the object of the reported words ("aimed to dismantle the gang X") is not said to
 * act; a group the knowledge ties to a state keeps that state as the accused. Group names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant] of [
  ['en', 'The FBI said the hacking group Storm Kitten broke into water utilities in three states.', 'US'],
  ['en', 'According to the FBI, the ransomware gang Storm Kitten encrypted hospital servers.', 'US'],
  ['fr', 'Selon l’ANSSI, le groupe de pirates Storm Kitten a piraté le ministère.', 'FR'],
  ['es', 'Según el FBI, el grupo de hackers Storm Kitten atacó a empresas de agua.', 'US'],
  ['de', 'Nach Angaben des BSI hat die Hackergruppe Storm Kitten Krankenhäuser angegriffen.', 'DE'],
  ['ru', 'По данным ФБР, группировка Storm Kitten взломала системы водоканалов.', 'US'],
] as const) {
  test(`${lang}: a stateless group said to act is the accused: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Hackers hit utilities' });
    assert.ok(attributes(cs, claimant, 'Storm Kitten'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The FBI said it aimed to dismantle the ransomware gang Storm Kitten and stop attacks on hospitals.'],
  ['fr', 'Selon l’ANSSI, il faut démanteler au plus vite le groupe de pirates Storm Kitten et stopper les attaques contre les hôpitaux.'],
] as const) {
  test(`${lang}: a group that is the object is not said to act (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Hackers hit utilities' });
    assert.ok(!cs.some((c) => c.target === 'Storm Kitten'), show(cs));
  });
}

test('en: a group the text ties to a state keeps the state as the accused (negative)', () => {
  const cs = claimsOf('The FBI said APT28 broke into water utilities in three states.', 'en', { title: 'Russian hackers hit utilities' });
  assert.ok(attributes(cs, 'US', 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.target === 'APT28'), show(cs));
});
