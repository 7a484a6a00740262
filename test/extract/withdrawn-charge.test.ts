/**
 * A charge withdrawn is no accusation: a verb that withdraws a charge a few words before it ("dropped the charges
 * against", "retiró los cargos contra", "a annulé l'acte d'accusation visant", "отозвал обвинительное заключение",
 * "rút lại cáo trạng", "撤销了对……的起诉") or after its noun ("die Anklage gegen ... zurückgezogen") leaves the
 * charge accusing no one. A refusal to withdraw it, or a charge filed, still accuses. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accusing = (cs: ReturnType<typeof claimsOf>) => cs.filter((c) => c.stance === 'accuses' || c.stance === 'attributes');

const WITHDRAWN: Array<[lang: string, body: string]> = [
  ['en', 'U.S. prosecutors dropped charges against two officers of Iran’s Ministry of Intelligence on Friday.'],
  ['en', 'The Justice Department withdrew the indictment against three officers of Russia’s GRU, citing a lack of evidence.'],
  ['en', 'In a brief filing, Dutch prosecutors quashed the charges against three members of Belarus’s KGB.'],
  ['es', 'La Fiscalía de Chile retiró los cargos contra dos agentes del Ministerio de Seguridad del Estado de China.'],
  ['es', 'Un juez de Argentina desestimó los cargos contra tres oficiales de la inteligencia militar rusa.'],
  ['fr', 'Le ministère américain de la Justice a annulé l’acte d’accusation visant quatre officiers du renseignement iranien.'],
  ['ru', 'Минюст США отозвал обвинительное заключение в отношении четырех сотрудников МГБ Китая.'],
  ['vi', 'Hôm thứ Ba, Bộ Tư pháp Mỹ đã rút lại cáo trạng đối với bốn sĩ quan tình báo Iran.'],
  ['zh', '美国司法部撤销了对四名伊朗情报官员的起诉。'],
  ['de', 'Die US-Staatsanwaltschaft hat die Anklage gegen zwei Offiziere des russischen Militärgeheimdienstes zurückgezogen.'],
];

for (const [lang, body] of WITHDRAWN) {
  test(`${lang}: a withdrawn charge accuses no one: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accusing(cs), [], show(cs));
  });
}

// Near misses: a refusal to withdraw the charge, and a charge filed, still accuse.
const STANDING: Array<[lang: string, claimant: string, target: string, body: string]> = [
  ['en', 'US', 'IR', 'U.S. prosecutors refused to drop the charges against two officers of Iran’s Ministry of Intelligence.'],
  ['en', 'US', 'IR', 'U.S. prosecutors filed charges against two officers of Iran’s Ministry of Intelligence.'],
  ['es', 'PE', 'CN', 'La Fiscalía de Perú presentó cargos contra tres agentes del Ministerio de Seguridad del Estado de China.'],
  ['ru', 'US', 'CN', 'Минюст США опубликовал обвинительное заключение в отношении четырех сотрудников МГБ Китая.'],
  ['vi', 'US', 'IR', 'Bộ Tư pháp Mỹ từ chối rút lại cáo trạng đối với bốn sĩ quan tình báo Iran.'],
  ['zh', 'US', 'IR', '美国司法部拒绝撤销对四名伊朗情报官员的起诉。'],
  ['de', 'US', 'RU', 'Die US-Staatsanwaltschaft hat Anklage gegen zwei Offiziere des russischen Militärgeheimdienstes erhoben.'],
];

for (const [lang, claimant, target, body] of STANDING) {
  test(`${lang}: a charge that stands still accuses: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accusing(cs).filter((c) => c.claimant === claimant).map((c) => c.target), [target], show(cs));
  });
}
