/**
 * An appeal coordinated after a condemnation: "condemned the attack and called on X to ...". The
 * party named after the appeal's verb is the one called on, not an accused: the clause makes a call
 * on X and no accusation of X. A party condemned before the appeal is still accused ("condemned
 * Russia for the attack and called on Moscow to ..."). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const APPEALS: Array<[lang: string, body: string]> = [
  ['fr', "Le Danemark a condamné la cyberattaque contre ses ports et appelé l'Iran à respecter les normes du cyberespace."],
  ['de', 'Dänemark verurteilte den Cyberangriff auf seine Häfen und forderte Iran auf, die Normen im Cyberraum zu achten.'],
  ['es', 'Dinamarca condenó el ciberataque contra sus puertos y pidió a Irán respetar las normas del ciberespacio.'],
  ['ru', 'Дания осудила кибератаку на свои порты и призвала Иран соблюдать нормы поведения в киберпространстве.'],
  ['zh', '丹麦谴责了针对其港口的网络攻击，并呼吁伊朗遵守网络空间规范。'],
  ['vi', 'Đan Mạch lên án vụ tấn công mạng nhằm vào các cảng biển và kêu gọi Iran tôn trọng các chuẩn mực trên không gian mạng.'],
];

for (const [lang, body] of APPEALS) {
  test(`${lang}: the one called on after a condemnation is addressed, not accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'DK' && c.stance === 'calls-for' && c.target === 'IR'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'DK' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'IR'), show(cs));
  });
}

const CONDEMNED_THEN_CALLED: Array<[lang: string, body: string]> = [
  ['fr', "Le Danemark a condamné l'Iran pour la cyberattaque contre ses ports et appelé Téhéran à cesser ces opérations."],
  ['de', 'Dänemark verurteilte Iran für den Cyberangriff auf seine Häfen und forderte Teheran auf, solche Operationen einzustellen.'],
  ['es', 'Dinamarca acusó a Irán del ciberataque contra sus puertos y pidió a Teherán cesar esas operaciones.'],
];

for (const [lang, body] of CONDEMNED_THEN_CALLED) {
  test(`${lang}: a party condemned before the appeal is still accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'DK' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'IR'), show(cs));
    assert.ok(cs.some((c) => c.claimant === 'DK' && c.stance === 'calls-for' && c.target === 'IR'), show(cs));
  });
}
