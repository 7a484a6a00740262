/**
 * Evidence that leads to the accused: the act, its traffic or its infrastructure traced to a place or a
 * party ("the attack had been traced to servers in Russia", "der Angriff wurde nach Russland
 * zurückverfolgt", "l'attaque a été retracée jusqu'à", "fue rastreado hasta", "удалось отследить до",
 * "被溯源至", "được truy vết tới"), and the evidence told of in an insertion before its predicate ("the traces,
 * including IP addresses, pointed to Russia"). The speaker attributes the act to the party reached.
 * Negatives: what is traced is no act (an email, a parcel, money), a cause that is no party (a software bug).
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, claimant, target, title, body] of [
  ['en', 'EE', 'RU', 'Cyberattack on ministries', 'The Foreign Ministry of Estonia said the attack had been traced to servers in Russia.'],
  ['en', 'EE', 'BY', 'Cyberattack on ministries', 'The Foreign Ministry of Estonia said investigators traced some of the infrastructure, among them staging servers and a router, to an office in Minsk.'],
  ['en', 'EE', 'RU', 'Cyberattack on ministries', 'The Foreign Ministry of Estonia said the clues, including domains and code, pointed to Russia.'],
  ['de', 'DE', 'RU', 'Cyberangriff auf Ministerien', 'Das Bundesamt für Verfassungsschutz teilte mit, die Ermittler verfolgten die Server bis nach Russland zurück.'],
  ['de', 'DE', 'CN', 'Cyberangriff auf Ministerien', 'Das Bundesamt für Verfassungsschutz teilte mit, die Spuren, darunter Domains und Werkzeuge, deuteten auf China hin.'],
  ['fr', 'FR', 'RU', 'Cyberattaque contre des ministères', "Le ministère français des Affaires étrangères a indiqué que l'attaque avait été retracée jusqu'à des serveurs en Russie."],
  ['fr', 'FR', 'RU', 'Cyberattaque contre des ministères', 'Le ministère français des Affaires étrangères a indiqué que les indices, notamment des domaines, pointaient vers la Russie.'],
  ['es', 'ES', 'RU', 'Ciberataque contra ministerios', 'El Gobierno de España afirmó que el ataque fue rastreado hasta servidores en Rusia.'],
  ['es', 'ES', 'RU', 'Ciberataque contra ministerios', 'El Gobierno de España afirmó que los indicios, entre ellos varios dominios, apuntan a Rusia.'],
  ['ru', 'EE', 'RU', 'Кибератаки на министерства', 'МИД Эстонии заявил, что атаку удалось отследить до серверов в России.'],
  ['ru', 'EE', 'RU', 'Кибератаки на министерства', 'МИД Эстонии заявил, что следы, включая домены, указывают на Россию.'],
  ['zh', 'CN', 'US', '网络攻击事件', '国家计算机病毒应急处理中心表示，这次攻击被溯源至美国。'],
  ['vi', 'EE', 'RU', 'Tấn công mạng', 'Bộ Ngoại giao Estonia cho biết cuộc tấn công đã được truy vết tới máy chủ ở Nga.'],
] as const) {
  test(`${lang}: traced to the accused: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const [lang, title, body] of [
  ['en', 'Cyberattack on ministries', 'The Foreign Ministry of Estonia said the email was traced to a colleague in Finland.'],
  ['en', 'Cyberattack on ministries', 'The Foreign Ministry of Estonia said the outage was traced to a software bug.'],
  ['de', 'Cyberangriff auf Ministerien', 'Das Bundesamt für Verfassungsschutz teilte mit, das Paket sei nach Frankreich zurückverfolgt worden.'],
  ['fr', 'Cyberattaque contre des ministères', 'Le ministère français des Affaires étrangères a indiqué que le colis avait été retracé jusqu’à la Belgique.'],
  ['es', 'Ciberataque contra ministerios', 'El Gobierno de España afirmó que el correo fue rastreado hasta Portugal.'],
  ['ru', 'Кибератаки на министерства', 'МИД Эстонии заявил, что посылку удалось отследить до Финляндии.'],
  ['zh', '网络攻击事件', '国家计算机病毒应急处理中心表示，这批货物被追溯到美国。'],
  ['vi', 'Tấn công mạng', 'Bộ Ngoại giao Estonia cho biết lô hàng đã được truy vết tới Nga.'],
] as const) {
  test(`${lang}: what is traced is no act (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

test('en: the victim place is not the one the attack is traced to', () => {
  const cs = claimsOf('The Foreign Ministry of Estonia said the attack on servers in Finland had been traced to Russia.', 'en', { title: 'Cyberattack on ministries' });
  assert.ok(attributes(cs, 'EE', 'RU'), show(cs));
  assert.ok(!attributes(cs, 'EE', 'FI'), show(cs));
});
