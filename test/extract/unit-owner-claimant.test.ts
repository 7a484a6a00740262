/**
 * A body's unit speaks for the body: the unit named after its owner's possessive ("Norvela's Cyber Threat
 * Intelligence unit", "Brantix's Adversary Research Team") is the owner; a unit's short name defined in
 * brackets and attached to a body by the profile's possessive ("Nhóm ứng phó sự cố (KIRT) của Sophos", "el
 * equipo de respuesta (KIRT) de Sophos") is that body wherever the short name recurs, and a person heading the
 * unit speaks for the body. Negatives: a short name joined to a body by "and" keeps its own name. Names of
 * people, units and short names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Iranian hackers';

for (const [body, owner] of [
  ['APT35 is linked to Iran, according to a report released on Monday by Norvela\'s Cyber Threat Intelligence unit.', 'Norvela'],
  ["Brantix's Adversary Research Team said APT35 works for the Iranian government.", 'Brantix'],
] as const) {
  test(`en: a unit named after its owner's possessive is the owner: ${owner}`, () => {
    const cs = claimsOf(body, 'en', { title });
    assert.ok(attributes(cs, owner, 'IR'), show(cs));
    assert.ok(!cs.some((c) => /['’]s/u.test(c.claimant ?? '')), show(cs));
  });
}

for (const [lang, body] of [
  ['vi', 'Nhóm ứng phó sự cố (KIRT) của Sophos đã phát hiện phần mềm độc hại mới. Theo KIRT, nhóm APT35 có liên hệ với chính phủ Iran.'],
  ['es', 'El equipo de respuesta a incidentes (KIRT) de Sophos publicó un informe. Según el KIRT, APT35 está vinculado a Irán.'],
] as const) {
  test(`${lang}: a unit's bracketed short name attached to its body is the body: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, 'Sophos', 'IR'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'KIRT'), show(cs));
  });
}

test("vi: the head of a body's unit speaks for the body, not for the state he speaks of", () => {
  const x = extract('Iranian hackers\nÔng Karl Brenn, trưởng Nhóm ứng phó sự cố (KIRT) của Sophos, cho biết nhóm APT35 có liên hệ với chính phủ Iran.\nSource: https://example.org/story', { lang: 'vi' });
  const p = x.people.find((q) => q.name === 'Karl Brenn');
  assert.equal(p?.body, 'Sophos', JSON.stringify(x.people));
  assert.notEqual(p?.speaks_for, 'IR', JSON.stringify(x.people));
});

test('vi: a short name joined to a body by a conjunction keeps its own name (negative)', () => {
  const cs = claimsOf('Nhóm ứng phó sự cố (KIRT) và Sophos đã phát hiện phần mềm độc hại mới. Theo KIRT, nhóm APT35 có liên hệ với chính phủ Iran.', 'vi', { title });
  assert.ok(!attributes(cs, 'Sophos', 'IR'), show(cs));
});
