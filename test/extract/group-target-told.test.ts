/**
 * Whom an attribution to a threat group accuses (group-target.ts): the state the text ties the group to, by
 * the end of the sentence that names it (in that sentence, or earlier in the article), else the group itself,
 * whoever speaks. A state agency that names only the group attributes to the group, as a vendor does; the
 * state the knowledge base ties the group to is the accused only once the text names it. Sentences and
 * names written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses')).map((c) => c.target);

/** [lang, sentence of the claim, a sentence before it tying the group to its state, claimant, group, state]. */
const CASES: Array<[lang: string, claim: string, tie: string, claimant: string, group: string, state: string]> = [
  ['en', 'The Dutch police said Sandworm had broken into a water company in Utrecht.', 'Sandworm is a unit of Russian military intelligence.', 'NL', 'Sandworm Team', 'RU'],
  ['fr', 'La police néerlandaise a indiqué que Sandworm avait pénétré une société des eaux à Utrecht.', 'Sandworm dépend du renseignement militaire russe.', 'NL', 'Sandworm Team', 'RU'],
  ['es', 'La policía neerlandesa afirmó que Kimsuky había atacado a una empresa de agua en Utrecht.', 'Kimsuky trabaja para Corea del Norte.', 'NL', 'Kimsuky', 'KP'],
  ['de', 'Die niederländische Polizei teilte mit, Kimsuky habe einen Wasserversorger in Utrecht angegriffen.', 'Kimsuky arbeitet für Nordkorea.', 'NL', 'Kimsuky', 'KP'],
  ['en', 'Norway blamed Kimsuky for the intrusion into its parliament.', 'Kimsuky works for North Korea.', 'NO', 'Kimsuky', 'KP'],
  ['ru', 'Норвегия обвинила Kimsuky во вторжении в сети парламента.', 'Kimsuky работает на Северную Корею.', 'NO', 'Kimsuky', 'KP'],
  ['vi', 'Na Uy cáo buộc Kimsuky xâm nhập mạng lưới của quốc hội.', 'Kimsuky làm việc cho Triều Tiên.', 'NO', 'Kimsuky', 'KP'],
];

for (const [lang, claim, tie, claimant, group, state] of CASES) {
  test(`${lang}: a state naming only the group attributes to the group: ${claim.slice(0, 40)}`, () => {
    const cs = claimsOf(claim, lang);
    assert.deepEqual(accused(cs, claimant), [group], show(cs));
  });
  test(`${lang}: a state the article tied the group to before is the accused: ${claim.slice(0, 40)}`, () => {
    const cs = claimsOf(`${tie} ${claim}`, lang);
    assert.deepEqual(accused(cs, claimant), [state], show(cs));
  });
}

test('en: a state the sentence itself ties the group to is the accused', () => {
  const cs = claimsOf('Norway blamed Kimsuky, a group it says serves North Korea, for the intrusion.', 'en');
  assert.deepEqual(accused(cs, 'NO'), ['KP'], show(cs));
});

test('en: a denial by the group\'s known state still answers an accusation of the group', () => {
  const cs = claimsOf('Norway accused Kimsuky of breaking into the parliament. Pyongyang called such reports baseless.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'KP' && c.stance === 'denies'), show(cs));
});

/** Warnings of a group follow the same rule (warn-target.ts, harm-intent.ts, threat-predicate.ts, ...). */
const WARNINGS: Array<[lang: string, warning: string, tie: string]> = [
  ['en', 'The Dutch police warned that Kimsuky keeps attacking water companies.', 'Kimsuky works for North Korea.'],
  ['fr', 'La police néerlandaise a mis en garde contre les attaques de Kimsuky.', 'Kimsuky travaille pour la Corée du Nord.'],
];

const warned = (cs: ReturnType<typeof claimsOf>) => cs.filter((c) => c.claimant === 'NL' && c.stance === 'warns').map((c) => c.target);

for (const [lang, warning, tie] of WARNINGS) {
  test(`${lang}: a state warning of a group the text ties to no state warns of the group`, () => {
    const cs = claimsOf(warning, lang);
    assert.deepEqual(warned(cs), ['Kimsuky'], show(cs));
  });
  test(`${lang}: a state warning of a group the article tied to a state warns of that state`, () => {
    const cs = claimsOf(`${tie} ${warning}`, lang);
    assert.deepEqual(warned(cs), ['KP'], show(cs));
  });
}
