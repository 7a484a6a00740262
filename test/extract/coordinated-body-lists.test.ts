/**
 * Lists of co-issuers named by their bodies: every party of a coordinated subject makes the claim, one claim
 * per party, also when a member is named by its body, the state after the body's name ("Cục An ninh Quốc gia
 * Phần Lan", "Агентством безопасности Исландии"), or by the body's short name in brackets after its full name
 * ("联邦调查局（FBI）"). A known body's short name in brackets after a name that holds another state is that
 * state's body. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const claims = (cs: ClaimCandidate[], claimant: string, stance: string) => cs.some((c) => c.claimant === claimant && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')));

test('vi: states named after their bodies\' names are joined in a list of issuers', () => {
  const cs = claimsOf('Cục An ninh mạng Na Uy, Trung tâm An ninh Quốc gia Phần Lan và Cơ quan Tình báo Iceland cùng phát cảnh báo về nhóm Sandworm.', 'vi');
  for (const s of ['NO', 'FI', 'IS']) assert.ok(claims(cs, s, 'warns'), `${s} ${show(cs)}`);
});

test('ru: co-signers named by their bodies, the state in the genitive, each make the claim', () => {
  const cs = claimsOf('Полиция Норвегии совместно с Центром кибербезопасности Финляндии и Агентством безопасности Исландии распространила доклад, в котором утверждается, что за атакой на порт стоит группировка Sandworm.', 'ru');
  for (const s of ['NO', 'FI', 'IS']) assert.ok(claims(cs, s, 'attributes'), `${s} ${show(cs)}`);
});

test('ru: a list of bodies, each with its state after it, warns as a whole', () => {
  const cs = claimsOf('Центр кибербезопасности Норвегии, Агентство безопасности Финляндии и Полиция Исландии предупредили о группировке Sandworm.', 'ru');
  for (const s of ['NO', 'FI', 'IS']) assert.ok(claims(cs, s, 'warns'), `${s} ${show(cs)}`);
});

test('zh: bodies named in full before their short names in brackets are each members of the list', () => {
  const cs = claimsOf('美国联邦调查局（FBI）、国家安全局（NSA）与英国国家网络安全中心（NCSC）联名发布警告，指俄罗斯黑客组织APT28入侵了多国路由器。', 'zh');
  for (const s of ['US', 'GB']) assert.ok(claims(cs, s, 'warns'), `${s} ${show(cs)}`);
});

test('vi: a body named after a state, its short name in brackets, is that state\'s body', () => {
  const cs = claimsOf('Sở Tình báo Phần Lan, Cục Phòng vệ mạng Anh (NCSC) cùng Bộ Quốc phòng Australia hôm qua cùng lên tiếng cảnh báo về nhóm Sandworm.', 'vi');
  assert.ok(claims(cs, 'GB', 'warns'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'VN'), show(cs));
});

test('vi: the same short name with no other state before it keeps its own body', () => {
  const cs = claimsOf('Cơ quan giám sát (NCSC) hôm nay phát cảnh báo về nhóm Sandworm.', 'vi');
  assert.ok(claims(cs, 'VN', 'warns'), show(cs));
});

test('vi, ru: a body word after a state that is no list separator joins nothing', () => {
  const vi = claimsOf('Na Uy cho biết Cục An ninh Quốc gia Phần Lan đã bị nhóm Sandworm tấn công.', 'vi');
  assert.ok(!vi.some((c) => c.claimant === 'FI' && c.stance !== 'confirms'), show(vi));
  const ru = claimsOf('Норвегия обвинила Россию в атаке на Агентство безопасности Финляндии.', 'ru');
  assert.ok(!ru.some((c) => c.claimant === 'FI'), show(ru));
});
