/**
 * Constructions of attribution in French, Spanish, Chinese and Vietnamese, on sentences written for
 * these tests: an act told with its perpetrator as agent ("menée par X", "orquestado por X", "由X实施",
 * "do X thực hiện"), the source named after the clause ("..., a indiqué l'éditeur X"), a first-person
 * verb with no pronoun ("Evaluamos que ..."), predicates of responsibility ("est responsable",
 * "désigné comme responsable", "黑客帝国", "nguồn gốc của các cuộc tấn công"), states echoing an
 * attribution ("partager cette analyse", "hizo lo mismo", "作出相同认定"), and charges or bounties
 * announced for an operation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';

import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';
const claims = (body: string, lang: string, header?: string): ClaimCandidate[] => claimsOf(body, lang, { header });

const DONE_BY: Array<[string, string, string, string]> = [
  ['fr', 'Le gouvernement canadien a déclaré que la campagne de sabotage contre les ports avait été menée par la Russie.', 'CA', 'RU'],
  ['fr', 'La campagne de sabotage contre les ports a été menée par des services russes, a indiqué le gouvernement canadien.', 'CA', 'RU'],
  ['fr', 'Selon le Chili, l’intrusion dans le réseau portuaire est l’œuvre de l’Iran.', 'CL', 'IR'],
  ['es', 'El Gobierno de Chile afirmó que el ataque contra sus puertos fue orquestado y patrocinado por Irán.', 'CL', 'IR'],
  ['zh', '外交部发言人表示，针对港口的网络攻击由俄罗斯情报机构实施。', 'CN', 'RU'],
  ['vi', 'Bộ Quốc phòng Chile cho biết vụ tấn công vào các cảng do tin tặc Iran thực hiện.', 'CL', 'IR'],
];
for (const [lang, sentence, claimant, target] of DONE_BY) {
  test(`${lang}: an act told with its perpetrator as agent is attributed to the agent by the speaker`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === target), show(cs));
  });
}

test('es: a threat group as the agent, with no state named, is the target under its own name', () => {
  const cs = claims('La Oficina de Seguridad de Chile dijo que la campaña fue llevada a cabo por el grupo APT28.', 'es');
  assert.ok(attributes(cs, 'CL', 'APT28'), show(cs));
});

const NOT_AN_AGENT: Array<[string, string]> = [
  // "do" also means "because": with no act done by someone, there is no perpetrator.
  ['vi', 'Bộ Quốc phòng Chile cho biết các cảng ngừng hoạt động do mất điện kéo dài.'],
  ['fr', 'Le gouvernement canadien a déclaré que l’enquête était menée par la police fédérale.'],
];
for (const [lang, sentence] of NOT_AN_AGENT) {
  test(`${lang}: an agent marker without a perpetrating state makes no attribution`, () => {
    const cs = claims(sentence, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

const SOURCE_AFTER: Array<[string, string, string, string]> = [
  // A body named right before the comma ends the reported clause: the source is the one after the verb.
  ['fr', 'Des pirates liés à l’Iran ont exploité une faille de Firefox, a indiqué mardi l’éditeur ESET.', 'ESET', 'IR'],
  ['fr', 'Le groupe, aligné sur les intérêts russes, a piraté les serveurs de Microsoft, a indiqué l’éditeur ESET.', 'ESET', 'RU'],
];
for (const [lang, sentence, claimant, target] of SOURCE_AFTER) {
  test(`${lang}: the source named after the clause ("..., a indiqué X") attributes what the clause tells`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Microsoft' || c.claimant === 'Firefox'), show(cs));
  });
}

test('es: a first-person verb with no pronoun ("Evaluamos que ...") is the publisher speaking', () => {
  const header = 'Laboratorio Andino de Amenazas | Blog | 12 de mayo de 2025';
  // Each first-person form on its own (said together, the second restates the first: one claim).
  for (const body of ['Evaluamos que los operadores de la campaña están vinculados al Gobierno de Irán.', 'Atribuimos el ataque contra el puerto a Irán.']) {
    const cs = claims(body, 'es', header);
    assert.ok(attributes(cs, 'Laboratorio Andino de Amenazas', 'IR'), show(cs));
  }
  const both = claims('Evaluamos que los operadores de la campaña están vinculados al Gobierno de Irán. Atribuimos el ataque contra el puerto a Irán.', 'es', header);
  assert.equal(both.filter((c) => c.claimant === 'Laboratorio Andino de Amenazas').length, 1, show(both));
});

const RESPONSIBLE: Array<[string, string, string, string]> = [
  ['fr', 'Le gouvernement canadien estime que l’Iran est responsable.', 'CA', 'IR'],
  ['fr', 'Le ministre canadien a affirmé que l’Iran était « directement responsable ».', 'CA', 'IR'],
  ['fr', 'Le gouvernement canadien estime que des unités iraniennes sont responsables d’opérations de sabotage.', 'CA', 'IR'],
  ['fr', 'Le Canada a déclaré qu’un service iranien, désigné comme responsable de la panne, serait sanctionné.', 'CA', 'IR'],
  ['es', 'El ministro de Chile aseguró que detrás hay un Estado, Irán, que prueba nuestras defensas.', 'CL', 'IR'],
  ['zh', '中国外交部发言人说，俄罗斯才是世界上最大的黑客帝国。', 'CN', 'RU'],
  ['zh', '中國外交部發言人說，俄羅斯才是全球最大的駭客帝國。', 'CN', 'RU'],
  ['vi', 'Phát ngôn viên của Bộ Ngoại giao Trung Quốc cho biết Nga là một nguồn gốc quan trọng của các cuộc tấn công vào hạ tầng khu vực.', 'CN', 'RU'],
];
for (const [lang, sentence, claimant, target] of RESPONSIBLE) {
  test(`${lang}: a predicate of responsibility in someone's words attributes to its subject`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

const ECHO: Array<[string, string, string[]]> = [
  ['fr', 'Le Canada a attribué à l’Iran l’intrusion dans le réseau portuaire. Le Chili a dit partager cette analyse.', ['CA', 'CL']],
  ['fr', 'Le Canada a attribué à l’Iran l’intrusion dans le réseau portuaire. Le Chili et le Pérou ont fait de même.', ['CA', 'CL', 'PE']],
  ['es', 'Canadá atribuyó a Irán la intrusión en la red del puerto. Chile hizo lo mismo poco después.', ['CA', 'CL']],
  ['zh', '加拿大政府指责伊朗对港口网络实施入侵。智利也发表声明，作出相同认定。', ['CA', 'CL']],
  ['zh', '加拿大政府指責伊朗對港口網路實施入侵。智利也發表聲明，作出相同認定。', ['CA', 'CL']],
];
for (const [lang, text, claimants] of ECHO) {
  test(`${lang}: a state that shares another's attribution makes it its own`, () => {
    const cs = claims(text, lang);
    for (const c of claimants) assert.ok(attributes(cs, c, 'IR'), `${c}: ${show(cs)}`);
  });
}

const CHARGES: Array<[string, string, string, string]> = [
  ['es', 'El Departamento de Justicia de Canadá ha presentado cargos contra dos ciudadanos iraníes por el ataque contra el puerto.', 'CA', 'IR'],
  ['es', 'La justicia de Canadá acusaría a dos oficiales iraníes del ataque contra el puerto.', 'CA', 'IR'],
  ['vi', 'Bộ Tư pháp Canada công bố cáo trạng đối với hai tin tặc Iran vì vụ tấn công vào cảng.', 'CA', 'IR'],
  ['zh', '加拿大警方懸賞通緝兩名伊朗駭客，指其入侵港口網路。', 'CA', 'IR'],
  ['fr', 'Nous attribuons cette intrusion à l’Iran.', 'Laboratoire Boréal', 'IR'],
];
for (const [lang, sentence, claimant, target] of CHARGES) {
  test(`${lang}: charges, bounties and attributing verbs in all persons attribute the operation`, () => {
    const cs = claims(sentence, lang, claimant === 'Laboratoire Boréal' ? 'Laboratoire Boréal | Blog | 3 mars 2025' : undefined);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

const OWN_ACT: Array<[string, string, string]> = [
  ['fr', 'Un groupe de pirates d’opposition, Cyber Partisans, affirme avoir chiffré les serveurs des chemins de fer.', 'Cyber Partisans'],
  ['es', 'El grupo NoName057(16) afirmó haber paralizado las webs de varios ministerios.', 'NoName057(16)'],
  ['zh', '黑客组织NoName057(16)声称已瘫痪多个政府网站。', 'NoName057(16)'],
  ['vi', 'Nhóm NoName057(16) tuyên bố đã tấn công các trang web của chính phủ.', 'NoName057(16)'],
];
for (const [lang, sentence, group] of OWN_ACT) {
  test(`${lang}: a group saying it did a hostile act claims that act as its own`, () => {
    const cs = claims(sentence, lang);
    assert.ok(cs.some((c) => c.claimant === group && c.stance === 'attributes' && c.target === group), show(cs));
  });
}

test('fr: a state saying it foiled an attack claims no act of its own', () => {
  const cs = claims('La Russie affirme avoir déjoué une attaque contre ses réseaux.', 'fr');
  assert.ok(!cs.some((c) => c.stance === 'attributes' && c.claimant === c.target), show(cs));
});
