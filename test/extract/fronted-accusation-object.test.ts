/**
 * An accusation fronted as the object of a denial (topicalisation): "Die Vorwürfe wies X zurück", "Die
 * Anschuldigungen gegen Y bestritt X", "Las acusaciones contra Y las rechazó X", "Ces allégations, X les a rejetées",
 * "Эти обвинения в X отвергли", "Những cáo buộc này, X bác bỏ". The fronted noun phrase is the verb's object, so its
 * article does not make it the subject and a party inside it (the accused after "gegen") denies nothing; the French
 * participle agrees with the object clitic ("les a rejetées"). Negatives: a fronted object that is no accusation, and
 * a fronted accusation whose verb repeats it rather than denies it (said by the accuser named before).
 * Sentences written for these tests; the states and groups are real, the events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const denies = (body: string, lang: string, claimant: string): void => {
  const cs = claimsOf(body, lang);
  assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'denies' && c.target === claimant), show(cs));
};

const positives: [string, string, string][] = [
  ['de', 'Die estnische Regierung machte die Gruppe Gamaredon für den Angriff auf das Stromnetz verantwortlich. Die Vorwürfe wies Moskau am Mittwoch zurück.', 'RU'],
  ['de', 'Die Regierung in Den Haag machte die Gruppe APT29 für das Eindringen verantwortlich. Die Anschuldigungen gegen Russland wies der Kreml als haltlos zurück.', 'RU'],
  ['de', 'Seoul machte die Gruppe Kimsuky für den Diebstahl verantwortlich. Die Vorwürfe bestritt Pjöngjang.', 'KP'],
  ['es', 'Taiwán atribuyó el ataque contra sus puertos al grupo APT41. Las acusaciones contra China las rechazó Pekín de plano.', 'CN'],
  ['es', 'Ucrania atribuyó el apagón al grupo Sandworm. Las acusaciones las negó Moscú al día siguiente.', 'RU'],
  ['fr', "Le Japon a attribué l'intrusion dans ses universités au groupe APT10. Ces allégations, Pékin les a fermement rejetées.", 'CN'],
  ['fr', "La Corée du Sud a attribué le vol de cryptomonnaies au groupe Lazarus. Ces accusations, Pyongyang les a niées.", 'KP'],
  ['ru', 'Правительство Японии обвинило группировку APT10 в атаке на энергосеть. Эти обвинения в Пекине отвергли.', 'CN'],
  ['ru', 'Власти Молдовы обвинили группировку APT28 во взломе избирательной комиссии. Все эти обвинения в Москве отвергли.', 'RU'],
  ['vi', 'Chính phủ Philippines cáo buộc nhóm APT40 tấn công mạng lưới điện. Những cáo buộc này, Bắc Kinh bác bỏ.', 'CN'],
  ['vi', 'Hàn Quốc cáo buộc nhóm Lazarus tấn công các ngân hàng. Những cáo buộc đó, Bình Nhưỡng đã bác bỏ.', 'KP'],
  ['vi', 'Ukraine cáo buộc nhóm Sandworm tấn công lưới điện. Các cáo buộc này, Moscow phủ nhận.', 'RU'],
];

for (const [lang, body, claimant] of positives) {
  test(`${lang}: a fronted accusation is the denial's object: ${body.slice(body.indexOf('.') + 2)}`, () => denies(body, lang, claimant));
}

// The order each language had before: still a denial by the same party.
for (const [lang, body, claimant] of [
  ['de', 'Die Regierung in Den Haag machte die Gruppe APT29 verantwortlich. Der Kreml wies die Anschuldigungen gegen Russland zurück.', 'RU'],
  ['vi', 'Chính phủ Philippines cáo buộc nhóm APT40 tấn công mạng lưới điện. Bắc Kinh bác bỏ những cáo buộc này.', 'CN'],
  ['fr', "Le Japon a attribué l'intrusion au groupe APT10. Ces accusations, Pékin les rejette.", 'CN'],
] as const) {
  test(`${lang}: the object after the verb, as before: ${body.slice(body.indexOf('.') + 2)}`, () => denies(body, lang, claimant));
}

const negatives: [string, string][] = [
  // A fronted object that is no accusation.
  ['de', 'Das BSI machte die Gruppe APT28 für den Angriff verantwortlich. Den Bericht veröffentlichte das BSI am Dienstag.'],
  ['vi', 'Ukraine cáo buộc nhóm Sandworm tấn công lưới điện. Báo cáo này, Bộ Ngoại giao Nga đã công bố.'],
  // A fronted accusation repeated by the accuser named before: no denial.
  ['de', 'Die Regierung in Den Haag machte die Gruppe APT29 verantwortlich. Die Vorwürfe gegen Russland wiederholte die niederländische Regierung am Montag.'],
  ['es', 'Taiwán atribuyó el ataque al grupo APT41. Esas acusaciones las repitió el Gobierno taiwanés.'],
  ['fr', "Le Japon a attribué l'attaque au groupe APT10. Ces accusations, Tokyo les a répétées lundi."],
  ['ru', 'Правительство Японии обвинило группировку APT10 в атаке на энергосеть. Эти обвинения в Токио повторили.'],
  ['vi', 'Ukraine cáo buộc nhóm Sandworm tấn công lưới điện. Những cáo buộc này, Kyiv nhắc lại hôm thứ Hai.'],
];

for (const [lang, body] of negatives) {
  test(`${lang}: no denial (negative): ${body.slice(body.indexOf('.') + 2)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}
