/**
 * A victim telling of its own hit, with no verb of confirmation: the speaker's words tell a hostile act
 * done to itself (its own state on the victim side, "its servers", "del país", "свои серверы", "của mình"),
 * and it confirms it was hit. A report on others (another state or body as the victim), an act pinned on
 * someone (an attribution) and a negated act confirm nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const OWN_HIT: Array<[string, string]> = [
  ['en', 'The Lithuanian ministry said attacks on its websites continued.'],
  ['en', 'The Lithuanian ministry said attackers had encrypted its servers on Monday.'],
  ['es', 'La Presidencia de Lituania informó de decenas de ciberataques contra los sistemas electorales del país.'],
  ['es', 'El ministerio de Lituania dijo que hubo ciberataques contra sus servidores.'],
  ['fr', 'Le ministère lituanien a indiqué que des pirates avaient paralysé ses serveurs.'],
  ['de', 'Das litauische Ministerium berichtete über einen Cyberangriff auf seine Server.'],
  ['de', 'Das litauische Ministerium teilte mit, ein Cyberangriff habe seine Server lahmgelegt.'],
  ['ru', 'Министерство Литвы сообщило о DDoS-атаке на свои серверы.'],
  ['vi', 'Bộ Quốc phòng Litva cho biết tin tặc đã tấn công hệ thống máy chủ của mình.'],
  // "受…攻击影响": affected by an attack, its own state's bodies the ones hit.
  ['zh', '立陶宛国家网络安全中心表示，已有立陶宛机构受勒索软件攻击影响。'],
];
for (const [lang, body] of OWN_HIT) {
  test(`${lang}: a speaker telling of a hit on itself confirms it (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'LT' && c.stance === 'confirms' && c.target === 'LT'), show(cs));
  });
}

const OTHERS: Array<[string, string]> = [
  ['en', 'The Lithuanian ministry said attacks on Polish banks continued.'],
  ['es', 'El ministerio de Lituania dijo que hubo ciberataques contra Polonia.'],
  ['fr', "Le ministère lituanien a indiqué qu'aucune attaque n'avait visé ses serveurs."],
  ['de', 'Das litauische Ministerium berichtete über einen Cyberangriff auf polnische Banken.'],
  ['ru', 'Министерство Литвы сообщило о кибератаке на польские банки.'],
];
for (const [lang, body] of OTHERS) {
  test(`${lang}: a report of a hit on others, or of no hit, confirms nothing (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}

test('en: an act pinned on a state beside its own victims is an attribution, not a confirmation', () => {
  const cs = claimsOf('The Lithuanian ministry said Russian hackers attacked its websites.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'LT' && c.stance === 'attributes' && c.target === 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
});

test('ru, de: a technical word compounded with a noun ("DDoS-атаке", "DDoS-Angriff") names no body', () => {
  for (const [lang, body] of [['ru', 'Министерство Литвы сообщило о DDoS-атаке на польские банки.'], ['de', 'Das litauische Ministerium berichtete über einen DDoS-Angriff auf polnische Banken.']] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => /DDoS/u.test(c.claimant) || /DDoS/u.test(c.target ?? '')), show(cs));
  }
});
