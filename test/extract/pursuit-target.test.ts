/**
 * An actor that keeps targeting ("CISA said APT28 continues to target government agencies", "qu'APT28 continue
 * de cibler", "que APT28 sigue apuntando a", "что APT28 продолжает нацеливаться на", "APT28 tiếp tục nhắm vào",
 * "APT28持续针对政府机关"): its ongoing pursuit of a hostile act, told by a speaker, is the speaker's warning of
 * that actor (harm-intent.ts). The speaker's own side, or the speaker itself, is warned of by no one.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (body: string, lang: string, claimant: string, target: string) => {
  const cs = claimsOf(body, lang);
  assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target), `${lang}: ${show(cs)}`);
};

test('continuing to target is a warning of the actor (en, fr, es)', () => {
  warns('CISA said APT28 continues to target government agencies in Europe.', 'en', 'US', 'APT28');
  warns("L'ANSSI a déclaré qu'APT28 continue de cibler des administrations européennes.", 'fr', 'FR', 'APT28');
  warns('El CCN dijo que APT28 sigue apuntando a agencias gubernamentales europeas.', 'es', 'ES', 'APT28');
});

test('continuing to target is a warning of the actor (ru, vi, zh)', () => {
  warns('Служба безопасности Украины заявила, что APT28 продолжает нацеливаться на государственные учреждения.', 'ru', 'UA', 'APT28');
  warns('Cục An toàn thông tin cho biết APT28 tiếp tục nhắm vào các cơ quan nhà nước.', 'vi', 'VN', 'APT28');
  warns('台湾调查局表示，APT28持续针对政府机关发动网络攻击。', 'zh', 'TW', 'APT28');
});

test('negative: the speaker itself, or its own side, keeps targeting', () => {
  const self = claimsOf('CISA said it continues to target phishing sites for takedown.', 'en');
  assert.ok(!self.some((c) => c.stance === 'warns'), show(self));
  const own = claimsOf('ФСБ заявила, что APT28 продолжает нацеливаться на государственные учреждения.', 'ru');
  assert.ok(!own.some((c) => c.stance === 'warns'), show(own));
});
