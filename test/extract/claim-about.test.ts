/**
 * What a claim is about, beyond the groups its own sentence names: a state unit that the text also
 * names by its group name ("Unit 29155 ... tracked as Ember Bear"), in several languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const about = (cs: ClaimCandidate[], group: string): boolean => cs.some((c) => c.about.includes(group));
const shown = (cs: ClaimCandidate[]): string => JSON.stringify(cs.map((c) => [c.claimant, c.stance, c.target, c.about]));

// The claim names only the unit; another sentence gives the group's name.
const UNIT_CASES: Array<[string, string]> = [
  ['en', 'The FBI said Unit 29155 of Russia’s GRU was responsible for the attacks on Ukrainian ministries.\nSecurity vendors track the unit as Ember Bear.'],
  ['de', 'Das BSI macht die Einheit 29155 des russischen Militärgeheimdienstes GRU für die Angriffe verantwortlich.\nSicherheitsfirmen nennen die Gruppe Ember Bear.'],
  ['fr', 'L’ANSSI a attribué les attaques à l’unité 29155 du GRU russe.\nLes chercheurs la désignent sous le nom Ember Bear.'],
  ['es', 'El FBI acusó a la unidad 29155 del GRU ruso de los ataques contra ministerios ucranianos.\nLas empresas de seguridad la llaman Ember Bear.'],
];

for (const [lang, body] of UNIT_CASES) {
  test(`${lang}: a claim about a state unit is about the group the text names for it`, () => {
    const cs = claimsOf(body, lang);
    const accusation = cs.filter((c) => c.stance === 'attributes' || c.stance === 'accuses');
    assert.ok(accusation.length, shown(cs));
    assert.ok(about(accusation, 'Ember Bear'), shown(cs));
  });
}

test('a unit stands for no group the text does not name', () => {
  const cs = claimsOf('The FBI said Unit 29155 of Russia’s GRU was responsible for the attacks on Ukrainian ministries.', 'en');
  assert.ok(cs.length, shown(cs));
  assert.ok(!about(cs, 'Ember Bear'), shown(cs));
});

// A denial told long after the accusation, past the sentences an operation stays under discussion.
const FILLER: Record<string, string> = {
  en: 'The ministry published technical details. Officials met in the morning. The report runs to forty pages. Experts reviewed the logs. The hearing lasted two hours. Reporters waited outside. The session ended at noon.',
  fr: 'Le ministère a publié des détails techniques. Les responsables se sont réunis le matin. Le rapport compte quarante pages. Des experts ont examiné les journaux. L’audition a duré deux heures. Les journalistes attendaient dehors. La séance a pris fin à midi.',
  es: 'El ministerio publicó detalles técnicos. Los responsables se reunieron por la mañana. El informe tiene cuarenta páginas. Los expertos revisaron los registros. La audiencia duró dos horas. Los periodistas esperaban fuera. La sesión terminó al mediodía.',
  ru: 'Министерство опубликовало технические подробности. Чиновники встретились утром. Доклад занимает сорок страниц. Эксперты изучили журналы. Слушания длились два часа. Журналисты ждали снаружи. Заседание закончилось в полдень.',
};
const FAR_DENIALS: Array<[string, string, string, string, string]> = [
  ['en', 'Britain accused Russia of running the APT28 campaign against its ministries.', 'The Russian embassy denied any involvement.', 'RU', 'APT28'],
  ['fr', 'La France a accusé la Russie d’être derrière le groupe APT28.', 'L’ambassade de Russie a démenti toute implication.', 'RU', 'APT28'],
  ['es', 'Estados Unidos acusó a China de respaldar al grupo Volt Typhoon.', 'La embajada china rechazó las acusaciones.', 'CN', 'Volt Typhoon'],
  ['ru', 'Германия обвинила Россию в атаках группы APT28 на партии.', 'Посольство России отвергло эти обвинения.', 'RU', 'APT28'],
];
for (const [lang, accusation, denial, denier, group] of FAR_DENIALS) {
  test(`${lang}: a denial long after the accusation is still about the accused operation`, () => {
    const cs = claimsOf(`${accusation}\n${FILLER[lang]}\n${denial}`, lang);
    const d = cs.find((c) => c.claimant === denier && c.stance === 'denies');
    assert.ok(d, shown(cs));
    assert.ok(d!.about.includes(group), shown(cs));
  });
}

// A statement that rejects "these accusations" first, and a background note after it that tells them.
const LATER_ACCUSATIONS: Array<[string, string, string, string]> = [
  ['en', 'We categorically reject these groundless accusations.\nBackground: on Friday the Czech foreign ministry blamed the APT28 group, linked to Russian military intelligence, for the attacks.', 'APT28', 'Statement of the Russian Embassy'],
  ['ru', 'Мы категорически отвергаем эти голословные обвинения.\nСправочно: в пятницу МИД Чехии возложил ответственность за атаки на группировку APT28, связанную с российской военной разведкой.', 'APT28', 'Заявление Посольства России'],
  ['de', 'Die russische Botschaft wies diese haltlosen Vorwürfe entschieden zurück.\nHintergrund: Das tschechische Außenministerium hatte am Freitag die Gruppe APT28 des russischen Militärgeheimdienstes für die Angriffe verantwortlich gemacht.', 'APT28', 'Erklärung der Botschaft Russlands'],
];
for (const [lang, body, group, title] of LATER_ACCUSATIONS) {
  test(`${lang}: a denial told before the accusation it answers is about that accusation's operation`, () => {
    const cs = claimsOf(body, lang, { title });
    const d = cs.find((c) => c.stance === 'denies');
    assert.ok(d, shown(cs));
    assert.ok(d!.about.includes(group), shown(cs));
  });
}

// The headline names the operation; the body's first accusation does not name it again.
const HEADLINES: Array<[string, string, string, string]> = [
  ['vi', 'Mỹ cảnh báo về nhóm tin tặc Volt Typhoon', 'Mỹ cáo buộc Trung Quốc tấn công hạ tầng trọng yếu của nước này.', 'Volt Typhoon'],
  ['zh', '美国再次炒作“Volt Typhoon”', '美国指责中国攻击其关键基础设施。', 'Volt Typhoon'],
  ['fr', 'APT28 : Berlin hausse le ton', 'L’Allemagne a accusé la Russie d’avoir piraté les courriels du SPD.', 'APT28'],
];
for (const [lang, title, body, group] of HEADLINES) {
  test(`${lang}: an accusation under a headline naming the group is about it`, () => {
    const cs = claimsOf(body, lang, { title });
    const a = cs.find((c) => c.stance === 'attributes' || c.stance === 'accuses');
    assert.ok(a, shown(cs));
    assert.ok(a!.about.includes(group), shown(cs));
  });
}

// The lead tells the act and who says so; the next sentence names the group.
const NAMED_NEXT: Array<[string, string, string]> = [
  ['en', 'Hackers working for the Chinese government broke into three telephone carriers, American officials said on Friday.\nThe group, which Microsoft calls Salt Typhoon, also reached wiretap systems.', 'Salt Typhoon'],
  ['es', 'Las autoridades estadounidenses acusaron a China de infiltrar las redes de tres operadoras telefónicas.\nLa operación, bautizada como Salt Typhoon, llegó a los sistemas de escuchas.', 'Salt Typhoon'],
  ['ru', 'Власти США обвинили Китай во взломе сетей трёх операторов связи.\nГруппировка, известная как Salt Typhoon, добралась и до систем прослушки.', 'Salt Typhoon'],
];
for (const [lang, body, group] of NAMED_NEXT) {
  test(`${lang}: an accusation whose actor is named in the next sentence is about that group`, () => {
    const cs = claimsOf(body, lang);
    const a = cs.find((c) => c.claimant === 'US' && (c.stance === 'attributes' || c.stance === 'accuses'));
    assert.ok(a, shown(cs));
    assert.ok(a!.about.includes(group), shown(cs));
  });
}

test('an accusation is not about a group named only far after it', () => {
  const cs = claimsOf(`Ukraine's Power Minister Ivanov accused Russia of attacking the grid.\n${FILLER.en}\nSeparately, Microsoft described the Volt Typhoon group.`, 'en');
  const a = cs.find((c) => c.stance === 'attributes' || c.stance === 'accuses');
  assert.ok(a, shown(cs));
  assert.ok(!a!.about.includes('Volt Typhoon'), shown(cs));
});

// The claim names the malware; the text names, much later, the group the knowledge base ties it to.
const TOOL_CASES: Array<[string, string, string]> = [
  ['en', 'The White House blamed North Korea for the WannaCry ransomware attack.\nResearchers had earlier linked the code to the Lazarus Group.', 'Lazarus Group'],
  ['ru', 'Министерство юстиции США обвинило ФСБ России в создании шпионской программы Snake.\nИсследователи связывают её с группировкой Turla.', 'Turla'],
  ['fr', 'Washington a accusé la Russie d’avoir lancé le maliciel WhisperGate contre l’Ukraine.\nLes chercheurs attribuent ce code au groupe Ember Bear.', 'Ember Bear'],
];
for (const [lang, body, group] of TOOL_CASES) {
  test(`${lang}: a claim about a malware is about the group the text names behind it`, () => {
    const [claim, named] = body.split('\n');
    const cs = claimsOf(`${claim}\n${FILLER[lang]}\n${named}`, lang);
    const first = cs.find((c) => c.stance === 'attributes' || c.stance === 'accuses');
    assert.ok(first, shown(cs));
    assert.ok(first!.about.includes(group), shown(cs));
  });
}

// An article that names one group: a warning about that group's state, long after, is about it.
const ARTICLE_GROUP: Array<[string, string, string]> = [
  ['en', 'Microsoft disclosed a Chinese group it calls Volt Typhoon inside American utilities.', 'Days later, the FBI warned that Chinese hackers were preparing to disrupt American water systems.'],
  ['fr', 'Microsoft a révélé la présence du groupe chinois Volt Typhoon dans des réseaux américains.', 'Le FBI a ensuite averti que des pirates chinois se préparaient à saboter des réseaux d’eau américains.'],
  ['ru', 'Microsoft сообщила о китайской группировке Volt Typhoon в сетях американских компаний.', 'Позднее ФБР предупредило, что китайские хакеры готовятся вывести из строя американские водопроводы.'],
];
for (const [lang, first, later] of ARTICLE_GROUP) {
  test(`${lang}: in an article about one group, a later warning against its state is about that group`, () => {
    const cs = claimsOf(`${first}\n${FILLER[lang]}\n${later}`, lang);
    const w = cs.find((c) => c.claimant === 'US' && c.stance === 'warns' && c.target === 'CN');
    assert.ok(w, shown(cs));
    assert.ok(w!.about.includes('Volt Typhoon'), shown(cs));
  });
}
