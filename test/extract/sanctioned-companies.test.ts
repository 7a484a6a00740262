/**
 * Companies sanctioned or charged are defendants as people are (defendants.ts): "sanctioned two
 * companies, A and B, described as fronts for X's intelligence service", "a company based in <city>,
 * <state>". The company named is no accused party: the accused is the state the clause ties it to
 * (the service it fronts for, the state it is based in). Sentences and company names written for
 * this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')).map((c) => c.target);

const FRONTS: Array<[lang: string, body: string, state: string]> = [
  ['en', 'The US Treasury sanctioned two companies, Norvale Systems and Kestrin Data, which it described as fronts for Iran’s Revolutionary Guard.', 'IR'],
  ['es', 'El Departamento del Tesoro de Estados Unidos sancionó a dos empresas, Norvale Systems y Kestrin Data, que describe como fachadas de la Guardia Revolucionaria iraní.', 'IR'],
  ['fr', 'Les États-Unis ont sanctionné deux sociétés, Norvale Systems et Kestrin Data, présentées comme des paravents des services de renseignement chinois.', 'CN'],
  ['de', 'Die USA verhängten Sanktionen gegen zwei Firmen, Norvale Systems und Kestrin Data, die als Tarnfirmen des iranischen Geheimdienstes gelten.', 'IR'],
  ['ru', 'Минфин США ввел санкции против двух компаний, Norvale Systems и Kestrin Data, которые считаются прикрытием иранской разведки.', 'IR'],
  ['vi', 'Mỹ trừng phạt hai công ty Norvale Systems và Kestrin Data, bị cho là bình phong của tình báo Iran.', 'IR'],
  ['zh', '美国制裁两家公司Norvale Systems和Kestrin Data，称其为伊朗情报部门的幌子公司。', 'IR'],
];

for (const [lang, body, state] of FRONTS) {
  test(`${lang}: companies sanctioned as fronts of a state's service: the state is accused, not the companies`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'US'), [state], show(cs));
  });
}

const BASED_IN: Array<[lang: string, body: string]> = [
  ['en', 'The US Treasury sanctioned Norvale Systems, a software company based in Wuhan, China, for its role in the intrusions.'],
  ['es', 'Estados Unidos sancionó a Norvale Systems, una empresa con sede en Wuhan, China, por su papel en las intrusiones.'],
  ['fr', 'Les États-Unis ont sanctionné Norvale Systems, une société basée à Wuhan, en Chine, pour son rôle dans les intrusions.'],
  ['de', 'Die USA verhängten Sanktionen gegen Norvale Systems, ein Unternehmen mit Sitz in Wuhan, China, wegen der Angriffe.'],
  ['ru', 'США ввели санкции против компании Norvale Systems из Уханя, Китай, за участие в атаках.'],
];

for (const [lang, body] of BASED_IN) {
  test(`${lang}: a company sanctioned with the state it is based in: that state is accused, not the company`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'US'), ['CN'], show(cs));
  });
}

const VICTIM_COMPANIES: Array<[lang: string, body: string]> = [
  ['en', 'The US sanctioned three Russian military intelligence officers who hacked two companies, Norvale Systems and Kestrin Data.'],
  ['es', 'Estados Unidos sancionó a tres oficiales de la inteligencia militar rusa que atacaron a dos empresas, Norvale Systems y Kestrin Data.'],
];

for (const [lang, body] of VICTIM_COMPANIES) {
  test(`${lang}: companies the sanctioned people hacked are victims; the people's state stays accused`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'US'), ['RU'], show(cs));
  });
}
