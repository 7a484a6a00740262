/**
 * A state named after a threat group and after the act told of it, with nothing tying the group to it, is where
 * the act struck, not who did it: "X ran a campaign against ministries in Chile" attributes nothing to Chile. A
 * tie between them (a sponsor marker, "on behalf of") still names the accused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const victimSide: Array<[string, string, string, string]> = [
  ['en', 'Researchers at Cisco Talos said on Tuesday that MuddyWater had targeted several ministries in Chile with booby-trapped documents.', 'Cisco Talos', 'CL'],
  ['fr', "Selon ESET, le groupe Turla a récemment visé plusieurs ambassades établies au Mali.", 'ESET', 'ML'],
  ['es', 'ESET afirmó que el grupo Kimsuky atacó a varias universidades de Perú durante el verano.', 'ESET', 'PE'],
  ['vi', 'Theo Kaspersky, nhóm Turla đã tấn công nhiều bộ ngành tại Mông Cổ trong năm ngoái.', 'Kaspersky', 'MN'],
];

for (const [lang, body, claimant, victim] of victimSide) {
  test(`${lang}: the state after the group's act is the victim's, not the accused (${victim})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!attributes(cs, claimant, victim), show(cs));
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'attributes'), `still an attribution by ${claimant}: ${show(cs)}`);
  });
}

test('en: a sponsor named after the group and its act is still the accused', () => {
  const cs = claimsOf('The FBI said APT98 broke into defence contractors on behalf of the Iranian government.', 'en');
  assert.ok(attributes(cs, 'US', 'IR'), show(cs));
});

test('zh-Hant: the Traditional forms of the tie markers ("為X操控", "隸屬於X") tie a party as their simplified forms do', async () => {
  const { lexiconFor } = await import('../../src/extract/lexicons/index.ts');
  const { linkedBefore } = await import('../../src/extract/claims/parties.ts');
  const lex = lexiconFor('zh')!;
  for (const [text, state] of [['該組織實為越南軍方單位操控', '越南'], ['該組織隸屬於越南軍方', '越南'], ['该组织实为越南军方单位操控', '越南']] as const) {
    const start = text.indexOf(state);
    assert.ok(linkedBefore(text, lex, { start, end: start + state.length }), text);
  }
});
