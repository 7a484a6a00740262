/**
 * A confirmation in the lead sentence under a headline that tells the hit ("Velmora Labs discloses breach of its lab
 * network" / "Velmora Labs confirmed the facts on Monday") is the body's own breach confirmed, as when the sentence
 * before tells it: the headline is the sentence before the lead. Negative: a headline with no hostile act
 * ("Velmora Labs opens a new office") leaves a bare confirmation confirming nothing. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES = [
  ['en', 'Velmora Labs discloses breach of its lab network', 'Velmora Labs opens a new office in Lisbon', 'On Monday, Velmora Labs confirmed the facts in a short note to its customers.'],
  ['fr', 'Velmora Labs révèle une cyberattaque contre son réseau de laboratoire', 'Velmora Labs ouvre un nouveau bureau à Lisbonne', 'Lundi, Velmora Labs a confirmé les faits dans une courte note à ses clients.'],
  ['de', 'Velmora Labs meldet Hackerangriff auf sein Labornetz', 'Velmora Labs eröffnet ein neues Büro in Lissabon', 'Am Montag bestätigte Velmora Labs die Angaben in einer kurzen Mitteilung an seine Kunden.'],
  ['es', 'Velmora Labs revela un ciberataque contra su red de laboratorio', 'Velmora Labs abre una nueva oficina en Lisboa', 'El lunes, Velmora Labs confirmó los hechos en una breve nota a sus clientes.'],
  ['ru', 'Velmora Labs сообщила о кибератаке на свою лабораторную сеть', 'Velmora Labs открыла новый офис в Лиссабоне', 'В понедельник Velmora Labs подтвердила эти сведения в короткой записке для клиентов.'],
  ['vi', 'Velmora Labs công bố vụ tấn công mạng nhằm vào mạng phòng thí nghiệm', 'Velmora Labs mở văn phòng mới tại Lisbon', 'Hôm thứ Hai, Velmora Labs đã xác nhận thông tin này trong một thông báo ngắn gửi khách hàng.'],
  ['zh', 'Velmora Labs披露其实验室网络遭网络攻击', 'Velmora Labs在里斯本开设新办公室', 'Velmora Labs公司周一在声明中证实了上述情况。'],
] as const;

for (const [lang, hitTitle, plainTitle, lead] of CASES) {
  test(`${lang}: the lead under a headline telling the hit confirms it: ${lead.slice(0, 40)}`, () => {
    const cs = claimsOf(lead, lang, { title: hitTitle });
    assert.ok(cs.some((c) => c.claimant === 'Velmora Labs' && c.stance === 'confirms'), show(cs));
  });
  test(`${lang}: under a headline with no hit, the bare confirmation confirms nothing (negative): ${lead.slice(0, 40)}`, () => {
    const cs = claimsOf(lead, lang, { title: plainTitle });
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}
