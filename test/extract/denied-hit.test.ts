/**
 * A hit told inside what a denial denies ("the firm denied that its systems were breached", "a nié que ses
 * serveurs ont été attaqués", "否认其服务器遭到网络攻击") is no confirmation of the subject's: it denies the hit.
 * Controls: the hit under a verb of saying, a second verb joined after the denial ("denied ... and said ...").
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.stance === 'confirms');

for (const [lang, body] of [
  ['en', 'The logistics firm Orvanelle denied that its systems were breached in March.'],
  ['en', 'The logistics firm Orvanelle denied reports that its servers had been hacked.'],
  ['fr', 'Le transporteur Orvanelle a nié que ses serveurs ont été attaqués en mars.'],
  ['es', 'La transportista Orvanelle negó que sus servidores fueron atacados en marzo.'],
  ['de', 'Orvanelle bestritt, dass seine Systeme im März angegriffen worden seien.'],
  ['de', 'Orvanelle wies zurück, dass seine Server Ziel eines Angriffs waren.'],
  ['ru', 'Логистическая компания Orvanelle опровергла, что стала жертвой кибератаки.'],
  ['vi', 'Công ty Orvanelle phủ nhận việc hệ thống của mình bị tấn công.'],
  ['vi', 'Công ty Orvanelle bác bỏ thông tin hệ thống bị xâm nhập.'],
  ['zh', 'Orvanelle公司否认其服务器遭到网络攻击。'],
] as const) {
  test(`${lang}: a hit inside a denial's complement is no confirmation (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(!confirms(cs), show(cs));
    assert.ok(cs.some((c) => c.stance === 'denies'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The logistics firm Orvanelle said its servers had been hacked in March.'],
  ['fr', "Le transporteur Orvanelle a confirmé que ses serveurs ont été attaqués en mars."],
  ['es', 'La transportista Orvanelle confirmó que sus servidores fueron atacados en marzo.'],
  ['de', 'Orvanelle bestätigte, dass seine Systeme im März angegriffen worden seien.'],
  ['ru', 'Логистическая компания Orvanelle сообщила, что стала жертвой кибератаки.'],
  ['vi', 'Công ty Orvanelle xác nhận hệ thống của mình bị tấn công.'],
  ['zh', 'Orvanelle公司证实，其服务器遭到网络攻击。'],
] as const) {
  test(`${lang}: a hit under a verb of saying or confirming is confirmed (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(cs.some((c) => c.stance === 'confirms' && c.claimant === 'Orvanelle'), show(cs));
  });
}
