/**
 * A state named before a rights group, a civil-liberties or advocacy organisation or an NGO ("the US rights group X
 * (XY)", "die US-Bürgerrechtsorganisation X (XY)", "американская правозащитная организация X (XY)") tells where the
 * group sits, as it does before a company noun: the group, and the short form defined for it, speak for themselves,
 * not for the state; an unnamed "US rights group" speaks for no state. Negative cases: a state's agency with its
 * short form ("the US agency X (XY)", "die US-Behörde X (XY)") still speaks for its state. Sentences written for this
 * test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const GROUP: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'The US rights group Velmora Watch (VW) described a spying campaign. VW said that the Chinese government was behind the attack.' },
  { lang: 'de', s: 'Die US-Bürgerrechtsorganisation Velmora Watch (VW) hat eine Spähkampagne beschrieben. VW sagte, dass die chinesische Regierung hinter dem Angriff steckt.' },
  { lang: 'ru', s: 'Американская правозащитная организация Velmora Watch (VW) описала шпионскую кампанию. В VW заявили, что за атакой стоит правительство Китая.' },
  { lang: 'en', s: 'A US rights group said that the Chinese government was behind the attack.' },
];

const AGENCY: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'The US agency Velmora Cyber Office (VCO) described a spying campaign. VCO said that the Chinese government was behind the attack.' },
  { lang: 'de', s: 'Die US-Behörde Velmora Cyber Office (VCO) hat eine Spähkampagne beschrieben. VCO sagte, dass die chinesische Regierung hinter dem Angriff steckt.' },
];

for (const c of GROUP) {
  test(`${c.lang}: a rights group premodified by a state does not speak for it: ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'US'), show(cs));
  });
}

for (const c of GROUP.slice(0, 3)) {
  test(`${c.lang}: the rights group's short form speaks for the group: ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(cs.some((x) => (x.claimant === 'VW' || x.claimant === 'Velmora Watch') && (x.stance === 'attributes' || x.stance === 'accuses') && x.target === 'CN'), show(cs));
  });
}

for (const c of AGENCY) {
  test(`${c.lang}: a state's agency with its short form still speaks for the state (negative): ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'US' && x.target === 'CN'), show(cs));
  });
}
