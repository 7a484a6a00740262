/**
 * A government named by its leader speaks for the leader's state: "the Ruto administration", "le
 * gouvernement Ruto", "die Regierung Fiala", "правительство Ульфа Кристерссона", "el Gobierno Tinubu".
 * The leader is looked up among the known people; an unknown name gives no state, and the government's
 * critics are not the government.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accuses = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.some((c) => c.claimant === claimant && c.stance === 'accuses' && c.target === target);

test('a government named by a known leader speaks for the leader’s state', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'The Ruto administration accused Ethiopia of breaching the revenue authority portal last spring.', 'KE', 'ET'],
    ['fr', "Le gouvernement Ruto accuse l'Éthiopie d'avoir saboté les serveurs de l'administration fiscale.", 'KE', 'ET'],
    ['de', 'Die Regierung Fiala wirft Russland vor, die Server einer regionalen Bahngesellschaft lahmgelegt zu haben.', 'CZ', 'RU'],
    ['ru', 'Правительство Ульфа Кристерссона обвинило Россию во взломе серверов региональной почтовой службы.', 'SE', 'RU'],
    ['es', 'El Gobierno Tinubu acusó a Rusia de atacar los servidores de la aduana portuaria.', 'NG', 'RU'],
  ];
  for (const [lang, body, claimant, target] of cases) {
    const cs = claimsOf(body, lang);
    assert.ok(accuses(cs, claimant, target), `${lang}: ${show(cs)}`);
  }
});

test('the government’s critics speak, not the government', () => {
  const cs = claimsOf("The Ruto government's critics said it had hacked the phones of two union organisers.", 'en');
  assert.ok(!cs.some((c) => c.claimant === 'KE'), show(cs));
});

test('a leader the knowledge base does not know gives no state', () => {
  for (const [lang, body] of [
    ['en', 'The Zelvanko government accused Russia of breaching the revenue authority portal last spring.'],
    ['fr', "Le gouvernement Marvelot accuse la Russie d'avoir saboté les serveurs du réseau ferroviaire régional."],
    ['de', 'Die Regierung Zelvanko wirft Russland vor, die Server einer regionalen Bahngesellschaft lahmgelegt zu haben.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => /^[A-Z]{2}$/u.test(c.claimant) && c.claimant !== 'RU'), `${lang}: ${show(cs)}`);
  }
});

test('a short family name alone is still the person, as before', () => {
  const cs = claimsOf('Ruto denied ordering the interception of the union organisers’ phones.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'KE'), show(cs));
});
