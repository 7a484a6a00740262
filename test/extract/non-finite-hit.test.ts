/**
 * A hit told as a non-finite verb has no subject of its own ("a annoncé avoir été victime d'une cyberattaque",
 * "negó haber sido víctima de un ciberataque", "bestritt, Opfer eines Angriffs geworden zu sein", "denied having
 * fallen victim to an attack"): the verb that governs it decides. Under a verb of saying or confirming the speaker
 * confirms it was hit; under a denial or a modal of what may be, it confirms nothing (claims/non-finite-hit.ts).
 * Finite complements and other languages are controls. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.stance === 'confirms' && c.claimant === claimant);

for (const [lang, body] of [
  ['fr', "La société Orvanelle a démenti jeudi avoir été victime d'une cyberattaque contre ses serveurs."],
  ['fr', "Selon un analyste, la société Orvanelle pourrait avoir été victime d'une cyberattaque."],
  ['es', 'La empresa Orvanelle negó el martes haber sido víctima de un ciberataque contra sus sistemas.'],
  ['es', 'La empresa Orvanelle podría haber sido víctima de un ciberataque, según un analista.'],
  ['es', 'La empresa Orvanelle negó haber sufrido un ciberataque.'],
  ['de', 'Das Unternehmen Orvanelle bestritt, Opfer eines Cyberangriffs auf seine Server geworden zu sein.'],
  ['en', 'The firm Orvanelle denied having fallen victim to a cyberattack on its servers.'],
  ['en', 'The firm Orvanelle denied having suffered a cyberattack.'],
] as const) {
  test(`${lang}: a hit as an infinitive under a denial or a modal confirms nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattaque / ciberataque / Cyberangriff' });
    assert.ok(!confirms(cs, 'Orvanelle'), show(cs));
  });
}

for (const [lang, body] of [
  // Under a verb of saying or confirming: the speaker's own hit.
  ['fr', "La société Orvanelle a annoncé vendredi avoir été victime d'une cyberattaque."],
  ['fr', "La société Orvanelle a confirmé avoir été victime d'une cyberattaque."],
  ['es', 'La empresa Orvanelle anunció haber sido víctima de un ciberataque.'],
  ['es', 'La empresa Orvanelle informó haber sufrido un ciberataque el domingo.'],
  ['de', 'Das Unternehmen Orvanelle teilte mit, Opfer eines Cyberangriffs geworden zu sein.'],
  ['de', 'Das Unternehmen Orvanelle bestätigte, angegriffen worden zu sein.'],
  ['en', 'The firm Orvanelle confirmed having suffered a cyberattack.'],
  // Finite complements, untouched.
  ['en', 'The firm Orvanelle said it had fallen victim to a cyberattack.'],
  ['fr', "La société Orvanelle a indiqué qu'elle avait été la cible d'une cyberattaque."],
  ['ru', 'Компания Orvanelle сообщила, что стала жертвой кибератаки.'],
  ['vi', 'Công ty Orvanelle thông báo đã trở thành nạn nhân của một cuộc tấn công mạng.'],
  ['zh', 'Orvanelle公司证实，公司服务器遭到网络攻击。'],
] as const) {
  test(`${lang}: a hit under a verb of saying or confirming is confirmed (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(confirms(cs, 'Orvanelle'), show(cs));
  });
}

test('en: a third party telling of the firm\'s hit as a gerund confirms nothing for the firm (negative)', () => {
  const cs = claimsOf('Analysts at Brightmoor described Orvanelle as having been hacked by unknown intruders.', 'en', { title: 'Cyberattack' });
  assert.ok(!confirms(cs, 'Orvanelle'), show(cs));
});
