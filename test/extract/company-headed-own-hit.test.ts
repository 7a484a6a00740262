/**
 * A company telling of a hit on its own systems, named in Russian text by a company noun and a Latin-script name
 * ("Британская компания Velmora Systems сообщила", "Американская технологическая корпорация Velmora Systems (VMS)
 * сообщила"): the company noun right before the name heads it wherever the clause opens, a short form in brackets
 * may stand between the name and its verb, and a state adjective before the company noun gives the short form no
 * state. Its mail is its own system too ("к её корпоративной почте", "ihre E-Mail-Postfächer", "sus correos").
 * Negatives: a name in another's phrase, a company telling of its customers' hit in another state, a state's agency
 * with its short form still the state's. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, body, who] of [
  ['ru', 'Британская компания Velmora сообщила, что хакеры взломали её серверы.', 'Velmora'],
  ['ru', 'ТАЛЛИН, 3 марта. Американская технологическая корпорация Velmora Systems (VMS) сообщила, что хакеры несколько недель имели доступ к её корпоративной почте.', 'Velmora Systems'],
  ['ru', 'Компания Velmora Systems сообщила, что хакеры получили доступ к её электронной почте.', 'Velmora Systems'],
  ['de', 'Die Firma Velmora teilte mit, dass Hacker auf ihre E-Mail-Postfächer zugegriffen hätten.', 'Velmora'],
  ['es', 'La empresa Velmora informó que unos piratas informáticos accedieron a sus correos internos.', 'Velmora'],
  ['en', 'The American company Velmora Systems (VMS) said hackers had breached its servers.', 'Velmora Systems'],
] as const) {
  test(`${lang}: a company tells of a hit on its own systems: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(confirms(cs, who), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'US' || c.claimant === 'GB'), show(cs));
  });
}

test('ru: a name in another\'s phrase does not speak (negative)', () => {
  const cs = claimsOf('История с Velmora лишь подтверждает, что хакеры взломали серверы.', 'ru', { title: 'Cyberattack' });
  assert.ok(!cs.some((c) => c.claimant === 'Velmora'), show(cs));
});

test('ru: a company telling of its customers hit in another state confirms no hit of its own (negative)', () => {
  const cs = claimsOf('Британская компания Velmora Systems сообщила, что хакеры взломали серверы её клиентов в Польше.', 'ru', { title: 'Cyberattack' });
  assert.ok(!confirms(cs, 'Velmora Systems'), show(cs));
});

test('ru: a state agency\'s short form in brackets stays the state\'s (negative)', () => {
  const cs = claimsOf('Французское агентство по кибербезопасности (ANSSI) сообщило, что хакеры атаковали государственные сайты.', 'ru', { title: 'Cyberattack' });
  assert.ok(cs.some((c) => c.claimant === 'FR'), show(cs));
});
