/**
 * A ministry or a minister named with two portfolios ("le ministère de l'Intérieur et des Finances", "el Ministerio de
 * Economía y de Hacienda", "la ministre de la Culture et des Finances"): the second portfolio, joined to the first by a
 * coordinator, belongs to the same office, as the first does; it is no organisation of its own that speaks or is hit
 * (was "Finances/confirms/Finances", "Hacienda/confirms/Hacienda"). A portfolio word in a name that no role or organ
 * heads stays that name's. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const fragment = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => /^(?:Finances|Hacienda|Finanzas|Trésor)$/u.test(c.claimant));

for (const [lang, body, state] of [
  ['fr', "PARIS – Le ministère de l'Intérieur et des Finances subit une intrusion informatique, a confirmé le ministre français du Budget.", 'FR'],
  ['fr', "Le ministère de l'Intérieur et des Finances a confirmé mardi que son réseau avait été infiltré par des pirates.", undefined],
  ['es', 'Madrid – El Ministerio de Economía y de Hacienda confirmó que su red había sido atacada, informó el Gobierno español.', 'ES'],
  ['es', 'El ministro de Economía y Hacienda, Pedro Ruiz Velmar, confirmó que la red del ministerio había sido atacada.', undefined],
] as const) {
  test(`${lang}: a second portfolio of a ministry is no organisation: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Intrusion au ministère' });
    assert.ok(!fragment(cs), show(cs));
    if (state) assert.ok(cs.some((c) => c.claimant === state && c.stance === 'confirms'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The French Ministry of Economy and Finance confirmed that its network had been breached.'],
  ['de', 'Das französische Ministerium für Wirtschaft und Finanzen bestätigte, dass sein Netz angegriffen wurde.'],
] as const) {
  test(`${lang}: a ministry of two portfolios speaks for its state (control): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry breached' });
    assert.ok(cs.some((c) => c.claimant === 'FR' && c.stance === 'confirms'), show(cs));
  });
}

test('fr: a company whose name holds a portfolio word, with no role before it, keeps its name (negative)', () => {
  const cs = claimsOf("La société Velmora Finances a confirmé mardi que son réseau avait été infiltré par des pirates.", 'fr', { title: 'Intrusion' });
  assert.ok(cs.some((c) => c.claimant === 'Velmora Finances' && c.stance === 'confirms'), show(cs));
});
