/**
 * A victim's statement that a hit is not shown is neither a confirmation nor a denial. "No reason to believe that
 * its servers were breached" (the profile's `noEvidenceThat` now holds a lack of reason to believe, as it held a
 * lack of evidence) sets the hit aside, in every language; "no evidence that the breach caused the outages" (a
 * hit's effect, profile `hitEffects`, with no party named) disputes what the hit did and rebuts no accusation.
 * Controls: the hit told plainly is still confirmed, a denial of involvement stays a denial, and a lack of
 * evidence that names the party said to have caused the effect stays that party's denial. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const stances = (cs: ReturnType<typeof claimsOf>, stance: string) => cs.filter((c) => c.stance === stance);

for (const [lang, body] of [
  ['en', 'Velmora said on Monday that there was no reason to believe its email accounts had been compromised.'],
  ['zh', 'Velmora公司发言人表示，目前没有理由相信该公司任何电邮账户遭到入侵。'],
  ['ru', 'Представитель компании Velmora заявил, что нет оснований полагать, что серверы компании были взломаны.'],
  ['fr', "Velmora a affirmé n'avoir aucune raison de penser que ses serveurs ont été piratés."],
  ['de', 'Velmora erklärte, es gebe keinen Grund zur Annahme, dass ihre Server gehackt worden seien.'],
  ['es', 'Velmora afirmó que no hay motivos para creer que sus servidores fueran atacados.'],
  ['vi', 'Công ty Velmora cho biết không có lý do gì để tin rằng máy chủ của công ty bị xâm nhập.'],
] as const) {
  test(`${lang}: no reason to believe a hit confirms none: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.equal(stances(cs, 'confirms').length, 0, show(cs));
    assert.equal(stances(cs, 'denies').length, 0, show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Velmora said on Monday that its email accounts had been compromised.'],
  ['zh', 'Velmora公司发言人表示，该公司电邮账户遭到入侵。'],
  ['fr', 'Velmora a affirmé que ses serveurs ont été piratés.'],
  ['es', 'Velmora afirmó que sus servidores fueron atacados.'],
  ['vi', 'Công ty Velmora cho biết máy chủ của công ty bị xâm nhập.'],
] as const) {
  test(`${lang}: the hit told plainly is confirmed: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(stances(cs, 'confirms').some((c) => c.claimant === 'Velmora'), show(cs));
  });
}

test('en: no evidence that an intrusion brought on the outages, said by the victim, denies nothing', () => {
  const cs = claimsOf('"We have found no evidence that the breach caused last week\'s outages," the Kenyan energy minister told reporters, noting that the suspicious logins were stopped.', 'en', { title: 'Cyberattack' });
  assert.equal(stances(cs, 'denies').length, 0, show(cs));
});

for (const [lang, body, claimant] of [
  ['en', 'The Kremlin said there is no evidence that Russian hackers caused the outage.', 'RU'],
  ['en', 'The Kremlin denied any involvement in the attack.', 'RU'],
  ['fr', "Le Kremlin a nié toute implication dans l'attaque.", 'RU'],
  ['zh', '中国外交部否认参与此次网络攻击。', 'CN'],
  ['ru', 'В Кремле отвергли обвинения в причастности к кибератаке.', 'RU'],
] as const) {
  test(`${lang}: a denial stays a denial: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(stances(cs, 'denies').some((c) => c.claimant === claimant), show(cs));
  });
}
