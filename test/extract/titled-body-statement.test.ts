/**
 * A state body's own statement named only in its title ("<Body>: <headline>", "<Body> on <topic>"): the body publishes the
 * text, its plain telling of a foreign actor's hostile acts is its attribution, and its bare kind noun ("The Ministry",
 * "Министерство", "El Ministerio", "Le ministère") is the body speaking of itself, whoever the title accuses. Negatives: a
 * news report under the same quote headline (a wire dateline, a verb of saying in its opening), a title headed by a
 * state's name alone (a news brief). Sentences, bodies and groups written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const denies = (cs: ClaimCandidate[], claimant: string): boolean => cs.some((c) => c.claimant === claimant && c.stance === 'denies');

// The title's body tells an attack in its own voice: its attribution.
for (const [lang, title, body, state, accused] of [
  ['en', 'Lithuanian Ministry of Foreign Affairs on the cyberattack against the energy regulator', 'The attack disrupted the regulator for two days. Hackers working for Belarus attacked the regulator\'s servers on 4 May.', 'LT', 'BY'],
  ['ru', 'МИД Казахстана: хакеры из Китая атаковали серверы министерства', 'Серверы были недоступны два дня. Хакеры группировки APT15 атаковали серверы министерства в марте.', 'KZ', 'CN'],
  ['es', 'Ministerio de Defensa de Colombia: hackers venezolanos atacaron la red militar', 'La red quedó fuera de servicio durante dos días. Hackers venezolanos atacaron la red del Ejército en abril.', 'CO', 'VE'],
  ['vi', 'Bộ Ngoại giao Philippines: tin tặc Trung Quốc tấn công hệ thống của chính phủ', 'Hệ thống bị gián đoạn trong hai ngày. Tin tặc Trung Quốc đã tấn công hệ thống thư điện tử của chính phủ Philippines.', 'PH', 'CN'],
  ['fr', 'CERT-FR – Alerte : campagne d\'attaque visant des collectivités', 'Depuis mars, des mairies de trois régions signalent des intrusions. Ces intrusions, qui se poursuivent, sont conduites par le groupe APT31.', 'FR', 'APT31'],
] as const) {
  test(`${lang}: a body named in the title tells an attack in its own voice: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, state, accused), show(cs));
  });
}

// The body's kind noun is the body itself, though the title accuses another state.
for (const [lang, title, body, state] of [
  ['en', 'Estonian Ministry of Defence: Russian hackers targeted procurement systems', 'The Ministry firmly rejects the allegations of Moscow.', 'EE'],
  ['fr', 'Ministère des Affaires étrangères du Maroc : des hackers algériens ont attaqué la caisse de retraite', "Le ministère rejette les accusations de l'Algérie.", 'MA'],
  ['es', 'Ministerio de Defensa de Colombia: hackers venezolanos atacaron la red militar', 'El Ministerio rechaza las acusaciones de Venezuela.', 'CO'],
] as const) {
  test(`${lang}: a body named in the title speaks of itself by its kind noun: ${body}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(denies(cs, state), show(cs));
  });
}

// Negatives: a news report under a quote headline, a state's name alone heading a brief.
for (const [lang, title, body, state] of [
  ['en', 'Lithuanian Ministry of Foreign Affairs: hackers attacked the energy regulator', 'VILNIUS (Reuters) - Hackers working for Belarus attacked the servers of the energy regulator on 4 May, the outlet learned.', 'LT'],
  ['en', 'Lithuanian Ministry of Foreign Affairs: hackers attacked the energy regulator', 'A spokesman for the ministry said the servers were down for two days. Hackers working for Belarus attacked the regulator\'s servers on 4 May.', 'LT'],
  ['ru', 'Казахстан: хакеры из Китая атаковали серверы министерства', 'Серверы были недоступны два дня. Хакеры группировки APT15 атаковали серверы министерства в марте.', 'KZ'],
  ['es', 'Ministerio de Defensa de Colombia: hackers venezolanos atacaron la red militar', 'BOGOTÁ, 3 may (EFE).- Hackers venezolanos atacaron la red del Ejército en abril, según fuentes militares.', 'CO'],
  ['vi', 'Philippines: tin tặc Trung Quốc tấn công hệ thống của chính phủ', 'Hệ thống bị gián đoạn trong hai ngày. Tin tặc Trung Quốc đã tấn công hệ thống thư điện tử của chính phủ Philippines.', 'PH'],
] as const) {
  test(`${lang}: no body's own statement, its narration is no claim of the titled state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.claimant === state && c.stance === 'attributes'), show(cs));
  });
}
