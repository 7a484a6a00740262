/**
 * An offer of cooperation ("stands ready to cooperate with all countries", "est prête à coopérer avec", "ist bereit, mit
 * ... zusammenzuarbeiten", "está dispuesta a cooperar con", "готова к сотрудничеству", "sẵn sàng hợp tác với") is a call
 * by the one who offers, which needs no addressee (an appeal), and no warning ("stands ready to" before an answer to an
 * attack still warns). A negated readiness offers nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const has = (cs: ClaimCandidate[], claimant: string, stance: string): boolean => cs.some((c) => c.claimant === claimant && c.stance === stance);

const OFFERS: Array<[string, string, string]> = [
  ['en', 'Canada stands ready to cooperate with every country on protecting undersea cables.', 'CA'],
  ['en', 'Norway is willing to work together with its neighbours to trace the intruders.', 'NO'],
  ['fr', 'Le Canada est prêt à coopérer avec tous les pays pour protéger les câbles sous-marins.', 'CA'],
  ['de', 'Kanada ist bereit, mit allen Staaten beim Kabelschutz zusammenzuarbeiten.', 'CA'],
  ['es', 'Canadá está dispuesta a cooperar con todos los países para proteger los cables submarinos.', 'CA'],
  ['ru', 'Канада готова к сотрудничеству со всеми странами в защите подводных кабелей.', 'CA'],
  ['vi', 'Canada sẵn sàng hợp tác với mọi quốc gia để bảo vệ các tuyến cáp ngầm.', 'CA'],
];

for (const [lang, body, state] of OFFERS) {
  test(`${lang}: an offer of cooperation is a call, with no addressee needed`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(has(cs, state, 'calls-for'), show(cs));
    assert.ok(!has(cs, state, 'warns'), show(cs));
  });
}

const NONE: Array<[string, string, string]> = [
  ['en', 'Canada was not ready to cooperate on the cable inquiry.', 'CA'],
  ['de', 'Kanada ist nicht bereit, mit Moskau beim Schutz der Seekabel zusammenzuarbeiten.', 'CA'],
  ['fr', "Le Canada n'est pas prêt à coopérer avec Moscou sur ce dossier.", 'CA'],
  ['es', 'Canadá no está dispuesta a cooperar con Moscú en este asunto.', 'CA'],
  ['ru', 'Канада не готова к сотрудничеству с Москвой по этому делу.', 'CA'],
  ['vi', 'Canada không sẵn sàng hợp tác với Moskva trong vụ việc này.', 'CA'],
];

for (const [lang, body, state] of NONE) {
  test(`${lang}: a negated readiness to cooperate offers nothing`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!has(cs, state, 'calls-for'), show(cs));
  });
}

test('en: readiness to answer an attack still warns', () => {
  const cs = claimsOf('Canada stands ready to respond to any attack on its cables.', 'en');
  assert.ok(has(cs, 'CA', 'warns'), show(cs));
});

test('zh: an offer in Chinese is left as it was (no call added)', () => {
  const cs = claimsOf('加拿大愿与各国开展合作，共同保护海底电缆。', 'zh');
  assert.ok(!has(cs, 'CA', 'warns'), show(cs));
});
