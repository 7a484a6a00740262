/**
 * An agency's acronym in brackets after its name written out, where the name holds a state word but the finder saw no
 * name before the bracket ("捷克安全情报局（BIS）", "瑞士国家网络安全中心（NCSC）", "le Centre national suisse pour la
 * cybersécurité (NCSC)"): the state inside the name owns the acronym, not the knowledge base's default body of that
 * acronym nor nobody. Negatives: a state that opens no organ name but a verb phrase, and a
 * name with no state (the default stays). Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, state, target] of [
  ['zh', '捷克安全情报局（BIS）周二在报告中指责俄罗斯发动了针对外交系统的网络攻击。', 'CZ', 'RU'],
  ['zh', '瑞士国家网络安全中心（NCSC）昨天指责俄罗斯黑客发动了这轮网络攻击。', 'CH', 'RU'],
  ['zh', '立陶宛国家网络安全中心（NKSC）指责白俄罗斯发动了这次网络攻击。', 'LT', 'BY'],
  ['fr', "Le Centre national suisse pour la cybersécurité (NCSC) a attribué mardi l'attaque contre les services fédéraux à la Russie.", 'CH', 'RU'],
  ['fr', "Le Service tchèque de renseignement intérieur (BIS) a accusé la Russie d'avoir piraté le ministère.", 'CZ', 'RU'],
] as const) {
  test(`${lang}: the state inside a name owns its bracketed acronym: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattaque' });
    assert.ok(attributes(cs, state, target), show(cs));
    assert.ok(!cs.some((c) => /^[A-Z]{3,}$/u.test(c.claimant) || c.claimant === 'GB'), show(cs));
  });
}

test('zh: a state that opens no organ name gives the bracket nothing (negative)', () => {
  const cs = claimsOf('俄罗斯黑客组织入侵了安全中心（NCSC）的网络。', 'zh', { title: '网络攻击' });
  assert.ok(!cs.some((c) => c.claimant === 'RU' && c.target === 'RU'), show(cs));
});

for (const [lang, body] of [
  ['en', 'The National Cyber Security Centre (NCSC) attributed the intrusion to Russia.'],
  ['de', 'Das Nationale Zentrum für Cybersicherheit (NCSC) schrieb den Angriff Russland zu.'],
] as const) {
  test(`${lang}: a name with no state keeps the known body's state (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(attributes(cs, 'GB', 'RU'), show(cs));
  });
}
