/**
 * The passive of signing names the signers after the verb: a sentence that says a joint act (or "it", standing for
 * it) "is signed by" a list of parties, after the act's attribution was told ("The advisory ties X to Russia. It is
 * signed by the FBI, together with partner agencies from Norway and Japan."), makes each state so listed a co-signer
 * of that attribution (same target), as "co-signed by" already did: en "signed by", fr "signé par", es "firmado por",
 * de "unterzeichnet von", ru "подписан", vi "được ký bởi", zh "由…签署". What is signed must be such an act: a law, a
 * contract or a ransom note signed by someone echoes nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVES: Array<[string, string]> = [
  ['en', 'The FBI blamed Russia for the Vexa intrusions. The advisory is signed by the FBI and the NSA, together with partner agencies from Norway, Poland and Japan.'],
  ['en', 'The FBI blamed Russia for the Vexa intrusions. It was signed by Norway, Poland and Japan.'],
  ['fr', "Le FBI a accusé la Russie d'être derrière les intrusions Vexa. L'avis est signé par le FBI, avec ses homologues de Norvège, de Pologne et du Japon."],
  ['es', 'El FBI acusó a Rusia de las intrusiones Vexa. El aviso está firmado por el FBI junto con sus homólogos de Noruega, Polonia y Japón.'],
  ['de', 'Das FBI macht Russland für die Vexa-Angriffe verantwortlich. Der Bericht ist unterzeichnet vom FBI und Partnerbehörden aus Norwegen, Polen und Japan.'],
  ['ru', 'ФБР обвинило Россию во взломах Vexa. Документ подписан ФБР вместе с партнёрами из Норвегии, Польши и Японии.'],
  ['vi', 'FBI cáo buộc Nga đứng sau các vụ xâm nhập Vexa. Khuyến cáo được ký bởi FBI cùng các cơ quan đối tác của Na Uy, Ba Lan và Nhật Bản.'],
  ['zh', '美国联邦调查局指责俄罗斯实施了Vexa入侵行动。该公告由联邦调查局与挪威、波兰和日本的伙伴机构共同签署。'],
];

for (const [lang, body] of POSITIVES) {
  test(`${lang}: the states a passive of signing names after the verb co-sign the attribution told before`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['NO', 'PL', 'JP']) assert.ok(attributes(cs, s, 'RU'), `${s} ${show(cs)}`);
    assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
  });
}

const NEGATIVES: Array<[string, string, string]> = [
  ['en', 'The FBI blamed Russia for the Vexa intrusions. The contract was signed by a firm in Latvia.', 'LV'],
  ['en', 'The FBI blamed Russia for the Vexa intrusions. Victims in Norway, Poland and Japan were told.', 'NO'],
  ['en', 'The FBI blamed Russia for the Vexa intrusions. The new law is signed by the president of Poland.', 'PL'],
  ['fr', "Le FBI a accusé la Russie d'être derrière les intrusions Vexa. L'accord a été signé par la Pologne.", 'PL'],
  ['es', 'El FBI acusó a Rusia de las intrusiones Vexa. El contrato fue firmado por una empresa de Letonia.', 'LV'],
  ['de', 'Das FBI macht Russland für die Vexa-Angriffe verantwortlich. Das Gesetz wurde unterzeichnet vom Präsidenten Polens.', 'PL'],
  ['ru', 'ФБР обвинило Россию во взломах Vexa. Контракт подписан компанией из Латвии.', 'LV'],
  ['zh', '美国联邦调查局指责俄罗斯实施了Vexa入侵行动。波兰和日本签署了贸易协定。', 'PL'],
];

for (const [lang, body, state] of NEGATIVES) {
  test(`${lang}: a state that signs something other than the act, or that is a victim, co-signs nothing`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === state), show(cs));
  });
}
