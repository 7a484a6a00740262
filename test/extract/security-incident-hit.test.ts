/**
 * A hit told by its kind, a security incident or breach, is a hostile act a confirmation can answer: "confirmed
 * that a security incident in the administration is being investigated", "confirmó que sus sistemas sufrieron una
 * vulneración", "a confirmé un incident de sécurité", "bestätigte, dass ein IT-Sicherheitsvorfall untersucht wird",
 * "подтвердило инцидент информационной безопасности". The speaker confirms it was hit. Negative: an appeal to
 * report security incidents confirms nothing. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, state: string) => cs.some((c) => c.claimant === state && c.stance === 'confirms' && c.target === state);

for (const [lang, state, body] of [
  ['en', 'DE', 'The German interior ministry confirmed that a security incident in the federal administration is being investigated.'],
  ['en', 'NZ', 'New Zealand\'s health ministry acknowledged a cyber incident affecting its patient records.'],
  ['es', 'CL', 'El Ministerio del Interior de Chile confirmó que sus sistemas sufrieron una vulneración.'],
  ['es', 'PE', 'El Ministerio de Salud de Perú reconoció un incidente de ciberseguridad en sus servidores.'],
  ['fr', 'FR', 'Le ministère français des Armées a confirmé un incident de sécurité sur ses serveurs.'],
  ['de', 'DE', 'Das Bundesinnenministerium bestätigte am Abend einen IT-Sicherheitsvorfall im Netz mehrerer Bundesbehörden.'],
  ['ru', 'KZ', 'МВД Казахстана подтвердило инцидент информационной безопасности в своих системах.'],
] as const) {
  test(`${lang}: a confirmed security incident is a hit: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Incident' });
    assert.ok(confirms(cs, state), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The German interior ministry urged companies to report security incidents to the authorities.'],
  ['es', 'El Ministerio del Interior de Chile pidió a las empresas notificar los incidentes de seguridad.'],
] as const) {
  test(`${lang}: an appeal to report security incidents confirms nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Incident' });
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}
