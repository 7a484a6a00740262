/**
 * A victim telling what a hit did to it, or counting the attacks it received, confirms it was hit
 * (rules/reported-hit.ts): the effects of an attack with no owner told ("technical problems", "technische
 * Probleme", "problemas técnicos", "выведены из строя", "sự cố kỹ thuật", "技术问题") are the speaker's own
 * when its words name no other party; the one who counts attacks speaks ("recorded", "registró",
 * "registrierte", "a enregistré"); "su red" and "its portals" are its own systems. What may happen ("could
 * cause outages") and effects on another party confirm nothing; "the company said" never points back to a
 * threat group. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const OWN_HIT: Array<[string, string, string]> = [
  ['en', 'Tervola Bank', 'Tervola Bank said card payments were down for a day because of technical problems that followed a cyberattack.'],
  ['en', 'NO', "Norway's Ministry of Finance recorded more than 400 attacks on its portals in March."],
  ['de', 'Tervola', 'Der Zahlungsverkehr ruhe wegen technischer Störungen nach einem Cyberangriff, teilte die Tervola AG mit.'],
  ['fr', 'Tervola SA', "La société Tervola SA a indiqué que ses guichets en ligne restaient indisponibles après une cyberattaque."],
  ['es', 'Tervola S.A', 'La empresa Tervola S.A. detectó el martes una intrusión en su red interna.'],
  ['es', 'Tervola S.A', 'Los cobros quedaron fuera de servicio tras un ciberataque, explicó la empresa Tervola S.A.'],
  ['ru', 'Tervola', 'Компания «Тервола» сообщила, что после кибератаки её кассы были выведены из строя на сутки.'],
  ['vi', 'Tervola', 'Công ty Tervola cho biết hệ thống bán vé bị gián đoạn do sự cố kỹ thuật sau vụ tấn công mạng.'],
  ['zh', 'Tervola', 'Tervola公司表示，网络攻击之后出现的技术问题导致生产线停产。'],
];
for (const [lang, who, body] of OWN_HIT) {
  test(`${lang}: what a hit did to the speaker, or the attacks it counted, confirm its hit (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who), show(cs));
  });
}

const NO_HIT: Array<[string, string]> = [
  // What may happen is no hit.
  ['en', 'Tervola Bank said a ransomware attack could cause outages across the region.'],
  ['en', 'Tervola Bank said a ransomware attack could disrupt its networks.'],
  ['de', 'Die Tervola AG erklärte, ein Cyberangriff könnte zu technischen Störungen führen.'],
  ['es', 'La empresa Tervola S.A. advirtió que un ciberataque podría dejar fuera de servicio sus cajeros.'],
  // Effects on another party: a report on others.
  ['en', 'Tervola Bank said the attack on Ostrava Power caused outages.'],
  ['fr', "La société Tervola SA a indiqué que l'attaque contre la Pologne avait provoqué des pannes."],
];
for (const [lang, body] of NO_HIT) {
  test(`${lang}: effects that may happen, or that hit another party, confirm nothing (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}

test('de, en: "the company" never points back to a threat group that spoke before', () => {
  const de = claimsOf('Die Gruppe Predatory Sparrow erklärte, sie habe das Stahlwerk angegriffen. Grund für den Stillstand seien technische Probleme infolge eines Cyberangriffs, teilte das Unternehmen mit.', 'de');
  assert.ok(!de.some((c) => c.claimant === 'Predatory Sparrow' && c.stance === 'confirms'), show(de));
  const en = claimsOf('Predatory Sparrow said it had attacked the steel plant. Production was halted because of technical problems after a cyberattack, the company said.', 'en');
  assert.ok(!en.some((c) => c.claimant === 'Predatory Sparrow' && c.stance === 'confirms'), show(en));
});
