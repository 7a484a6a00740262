/**
 * A definite noun of a member of parliament or a party's leader ("the lawmaker", "l'élu", "el legislador",
 * "der Abgeordnete") points back to the last person named before as a party's member: the call it makes
 * is the party's. Negative: with no party member named before, the noun makes no party's call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; party: string; intro: string; plain: string; call: string }> = [
  {
    lang: 'en',
    party: 'Labour Party',
    intro: 'Labour MP John Fenwick said Russian hackers attacked the ministry.',
    plain: 'John Fenwick said Russian hackers attacked the ministry.',
    call: 'The lawmaker urged the government to publish its findings.',
  },
  {
    lang: 'fr',
    party: 'Ecolo',
    intro: 'Le député Jean Durandel (Ecolo-Groen) a affirmé que des pirates chinois avaient attaqué le ministère.',
    plain: 'Jean Durandel a affirmé que des pirates chinois avaient attaqué le ministère.',
    call: "L'élu a appelé le gouvernement à convoquer l'ambassadeur.",
  },
  {
    lang: 'es',
    party: 'Party for Democracy',
    intro: 'El diputado del Partido por la Democracia (PPD) Tomás Ibarra afirmó que piratas norcoreanos entraron en la red.',
    plain: 'Tomás Ibarra afirmó que piratas norcoreanos entraron en la red.',
    call: 'El legislador pidió al Gobierno que investigue el ataque.',
  },
  {
    lang: 'de',
    party: 'CDU',
    intro: 'Der CDU-Abgeordnete Jan Berger sagte, russische Hacker hätten das Ministerium angegriffen.',
    plain: 'Jan Berger sagte, russische Hacker hätten das Ministerium angegriffen.',
    call: 'Der Abgeordnete forderte die Bundesregierung auf, den Angriff aufzuklären.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: a member noun points back to the party's member, whose call it is`, () => {
    const cs = claimsOf(`${c.intro} ${c.call}`, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.party && x.stance === 'calls-for'), show(cs));
  });
  test(`${c.lang}: with no party member named before, no party calls (negative)`, () => {
    const cs = claimsOf(`${c.plain} ${c.call}`, c.lang);
    assert.ok(!cs.some((x) => x.claimant === c.party), show(cs));
  });
}
