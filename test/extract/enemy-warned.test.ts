/**
 * "The enemy" in a state's warning stands for the state at war with it: "the security service warned that
 * the enemy is searching for cameras", "warnte, der Feind suche ...", "предупредила, что противник ищет ...",
 * "警告称敌人正在寻找 ..." warn of the state the text names as the attacker. Negative cases: a company's
 * "enemy" is no state at war with it; with no other state named there is no enemy to name; a party named
 * right after the cue is the one warned. Sentences and names written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const WAR: Array<[lang: string, body: string]> = [
  ['en', 'Russian troops shelled Kharkiv overnight, and Russia launched drones at Kyiv. The Ukrainian security service warned that the enemy is searching for unprotected cameras.'],
  ['de', 'Russische Truppen beschossen Charkiw, Russland griff Kiew mit Drohnen an. Der ukrainische Geheimdienst SBU warnte, der Feind suche derzeit nach schlecht gesicherten Überwachungskameras.'],
  ['ru', 'Российские войска обстреляли Харьков, Россия атаковала Киев дронами. СБУ Украины предупредила, что противник ищет незащищённые камеры.'],
  ['fr', "Les troupes russes ont bombardé Kharkiv, la Russie a attaqué Kiev. Les services ukrainiens ont averti que l'ennemi cherche des caméras non protégées."],
  ['es', 'Las tropas rusas bombardearon Járkov, Rusia atacó Kiev. El servicio de seguridad de Ucrania advirtió que el enemigo busca cámaras sin protección.'],
  ['vi', 'Quân đội Nga pháo kích Kharkiv, Nga tấn công Kiev. Cơ quan An ninh Ukraine cảnh báo kẻ thù đang tìm kiếm các camera không được bảo vệ.'],
  ['zh', '俄罗斯军队炮击哈尔科夫，俄罗斯用无人机袭击基辅。乌克兰安全局警告称，敌人正在寻找未受保护的摄像头。'],
];

const NO_OTHER_STATE: Array<[lang: string, body: string]> = [
  ['en', 'The Ukrainian security service warned that the enemy is searching for unprotected cameras.'],
  ['de', 'Der ukrainische Geheimdienst SBU warnte, der Feind suche derzeit nach schlecht gesicherten Überwachungskameras.'],
];

const COMPANY: Array<[lang: string, body: string]> = [
  ['en', 'Russian troops shelled Kharkiv overnight. ESET warned that the enemy is searching for unprotected cameras.'],
];

const NAMED_FIRST: Array<[lang: string, body: string]> = [
  ['en', 'Russian troops shelled Kharkiv overnight, and Russia launched drones at Kyiv. The Ukrainian security service warned Poland that the enemy is searching for unprotected cameras.'],
];

for (const [lang, body] of WAR) {
  test(`${lang}: a state's warning of "the enemy" warns of the state at war with it`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'UA' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}

for (const [lang, body] of NO_OTHER_STATE) {
  test(`${lang}: with no other state named, "the enemy" names no one (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'UA' && c.stance === 'warns'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.target !== undefined), show(cs));
  });
}

for (const [lang, body] of COMPANY) {
  test(`${lang}: a company's "enemy" is no state at war with it (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'ESET' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}

for (const [lang, body] of NAMED_FIRST) {
  test(`${lang}: a party named right after the cue is the one warned, not the enemy (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'UA' && c.stance === 'warns' && c.target === 'PL'), show(cs));
  });
}
