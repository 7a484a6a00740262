/**
 * What a clause supposes or asks is not asserted: a conditional ("if Russia is behind the attack, we
 * will respond", "Should Russia be behind it, ..."), an embedded question ("asked whether ...") or a direct question ("Is Russia behind
 * it?") accuses no one, while the main clause keeps its own claim (a warning of a response) and an
 * accusation asserted beside the conditional stays. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SUPPOSED: Array<[lang: string, body: string, speaker: string, supposed: string]> = [
  ['en', 'The British foreign minister said that if Russia is behind the attack, Britain will respond.', 'GB', 'RU'],
  ['en', 'If Iran was responsible for the breach of Harbor Freightlines, Washington would impose sanctions, the State Department said.', 'US', 'IR'],
  ['fr', "Le ministre français des Affaires étrangères a déclaré que si la Russie est derrière l'attaque, la France répondra.", 'FR', 'RU'],
  ['es', 'El ministro español de Exteriores dijo que si Rusia está detrás del ataque, España responderá.', 'ES', 'RU'],
  ['de', 'Der deutsche Außenminister sagte, falls Russland hinter dem Angriff steckt, werde Deutschland reagieren.', 'DE', 'RU'],
  ['ru', 'Министр иностранных дел России заявил, что если за атакой стоит Китай, Россия ответит.', 'RU', 'CN'],
  ['zh', '英国外交大臣表示，如果这次网络攻击是俄罗斯所为，英国将作出回应。', 'GB', 'RU'],
  ['vi', 'Bộ trưởng Ngoại giao Anh nói rằng nếu Nga đứng sau vụ tấn công, Anh sẽ đáp trả.', 'GB', 'RU'],
  ['en', 'Should it emerge that Iran hacked the network of Harbor Freightlines, Washington will impose sanctions, the State Department said.', 'US', 'IR'],
  ['de', 'Sollte Russland hinter dem Angriff stecken, werde Deutschland reagieren, sagte der deutsche Außenminister.', 'DE', 'RU'],
  ['fr', "Le ministre français des Affaires étrangères a déclaré que dans le cas où la Russie serait derrière l'attaque, Paris répondrait.", 'FR', 'RU'],
  ['zh', '英国外交大臣表示，一旦证实这次攻击是俄罗斯所为，英国将作出回应。', 'GB', 'RU'],
  ['en', 'A British minister asked: "Is Russia behind this attack?"', 'GB', 'RU'],
  ['vi', 'Bộ trưởng Ngoại giao Anh đặt câu hỏi liệu Nga có đứng sau vụ tấn công hay không.', 'GB', 'RU'],
  ['zh', '英国外交大臣质问，俄罗斯是否是这次攻击的幕后黑手。', 'GB', 'RU'],
];

for (const [lang, body, speaker, supposed] of SUPPOSED) {
  test(`${lang}: what a conditional or a question supposes accuses no one (${body.slice(0, 30)})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!attributes(cs, speaker, supposed), show(cs));
  });
}

test('en: the main clause after a conditional keeps its warning', () => {
  const cs = claimsOf('Britain will respond if Russia hacked its election commission, the foreign secretary said.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'GB' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  assert.ok(!attributes(cs, 'GB', 'RU'), show(cs));
});

const ASSERTED: Array<[lang: string, body: string, speaker: string, accused: string]> = [
  ['en', 'The British foreign secretary said Russia was behind the attack and that if it happened again, London would respond.', 'GB', 'RU'],
  ['fr', "Le ministre français a déclaré que la Russie était derrière l'attaque et que si elle recommençait, Paris répondrait.", 'FR', 'RU'],
  ['zh', '英国外交大臣表示，这次攻击是俄罗斯所为，如果再次发生，英国将作出回应。', 'GB', 'RU'],
  ['en', 'Britain said Russia was behind the attack. Should the hacking continue, London will impose sanctions.', 'GB', 'RU'],
  ['de', 'Deutschland machte Russland für den Angriff verantwortlich. Sollten die Angriffe andauern, werde Berlin Sanktionen verhängen.', 'DE', 'RU'],
];

for (const [lang, body, speaker, accused] of ASSERTED) {
  test(`${lang}: an accusation asserted before a conditional stays`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, speaker, accused), show(cs));
  });
}
