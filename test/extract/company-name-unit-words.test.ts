/**
 * A one-word unit head ("Labs", "Research") right after a company's proper name is part of the company's own
 * name ("Kestrel Labs", "Halcyon Research"): the claimant keeps it, in every language. Only a descriptor before
 * the head ("Kestrel Threat Labs", "Halcyon Cyber Research") makes it a unit that speaks for the company named
 * before it. Sentences and companies invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant, target] of [
  ['en', 'Kestrel Labs said the break-in at the port authority was the work of Russian hackers.', 'Kestrel Labs', 'RU'],
  ['en', 'Halcyon Research said Chinese hackers had planted the implant in the billing servers.', 'Halcyon Research', 'CN'],
  ['fr', "Selon Kestrel Labs, l'effraction dans les serveurs du port est l'œuvre de pirates russes.", 'Kestrel Labs', 'RU'],
  ['es', 'Según Halcyon Research, la intrusión en los servidores del puerto fue obra de piratas chinos.', 'Halcyon Research', 'CN'],
  ['de', 'Kestrel Labs erklärte, hinter dem Einbruch in die Hafenserver stünden russische Hacker.', 'Kestrel Labs', 'RU'],
  ['ru', 'Специалисты Halcyon Research заявили, что за взломом серверов порта стоят китайские хакеры.', 'Halcyon Research', 'CN'],
  ['zh', 'Kestrel Labs表示，这次针对港口服务器的入侵是俄罗斯黑客所为。', 'Kestrel Labs', 'RU'],
  ['vi', 'Công ty Kestrel Labs cho biết tin tặc Trung Quốc đứng sau vụ xâm nhập máy chủ cảng.', 'Kestrel Labs', 'CN'],
] as const) {
  test(`${lang}: the company's own name ends in its unit word: ${claimant}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.target === target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === claimant.split(' ')[0]), show(cs));
  });
}

for (const [lang, body, claimant, target] of [
  ['en', 'Kestrel Threat Labs said the break-in at the port authority was the work of Russian hackers.', 'Kestrel', 'RU'],
  ['en', 'Halcyon Cyber Research said Chinese hackers had planted the implant in the billing servers.', 'Halcyon', 'CN'],
  ['es', 'Según Halcyon Cyber Research, la intrusión en los servidores del puerto fue obra de piratas chinos.', 'Halcyon', 'CN'],
] as const) {
  test(`${lang}: a unit with a descriptor before its head speaks for its company: ${claimant}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

test('en: "Research" or "Labs" with no proper name before it names no body', () => {
  const cs = claimsOf('Research showed that Russian hackers were behind the break-in at the port authority.', 'en');
  assert.ok(!cs.some((c) => /Research/u.test(c.claimant)), show(cs));
  const labs = claimsOf('Labs across Europe said Chinese hackers had planted the implant.', 'en');
  assert.ok(!labs.some((c) => /Labs/u.test(c.claimant)), show(labs));
});
