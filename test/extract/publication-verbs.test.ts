/**
 * Verbs of publication as speech verbs, on sentences written for these tests: a news outlet that "reveals",
 * "reports", "writes" or "spreads" that a state's hackers acted ("X révèle que ...", "X et Y ont rapporté que ...",
 * "газета X пишет, что ...", "báo X đưa tin ...", "el diario X difundió que ...") makes the attribution under its
 * usual English name. The outlet that retells an official's accusation is not the claimant (the official's state
 * is), and an outlet reporting on a topic ("đưa tin về", "пишет о", a video it spread) makes no claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

/** [lang, sentence, outlet, target] */
const PUBLISHED: Array<[string, string, string, string]> = [
  ['fr', 'Le Monde révèle que des pirates russes ont infiltré les serveurs du ministère des Armées.', 'Le Monde', 'RU'],
  ['fr', "Le quotidien Le Monde rapporte que des hackers chinois ont piraté le réseau d'un sous-traitant de la défense.", 'Le Monde', 'CN'],
  ['fr', "Le Washington Post a rapporté mardi que l'armée américaine avait mené des cyberattaques contre des réseaux iraniens.", 'The Washington Post', 'US'],
  ['fr', 'Libération écrit que des hackers iraniens ont attaqué les systèmes de plusieurs hôpitaux.', 'Libération', 'IR'],
  ['ru', 'Газета «Коммерсантъ» пишет, что за взломом серверов ведомства стоят украинские хакеры.', 'Kommersant', 'UA'],
  ['ru', 'Газета «Коммерсантъ» написала, что за атакой на сайт министерства стоят украинские хакеры.', 'Kommersant', 'UA'],
  ['vi', 'Hãng tin Reuters đưa tin tin tặc Nga đã xâm nhập hệ thống thư điện tử của bộ ngoại giao.', 'Reuters', 'RU'],
  ['vi', 'Báo Tuổi Trẻ loan tin tin tặc Trung Quốc đã tấn công mạng lưới của một ngân hàng.', 'Tuoi Tre', 'CN'],
  ['es', 'El diario El País difundió que hackers rusos atacaron los servidores del Ministerio de Defensa.', 'El País', 'RU'],
  ['es', 'La revista Semana desveló ayer que militares de Venezuela espiaron a periodistas colombianos.', 'Semana', 'VE'],
];
for (const [lang, sentence, outlet, target] of PUBLISHED) {
  test(`${lang}: an outlet publishing that a state acted attributes the act (${outlet})`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, outlet, target), show(cs));
  });
}

test('fr: both outlets joined before "ont rapporté" attribute the act', () => {
  const cs = claimsOf("Le Monde et Libération ont rapporté samedi que des hackers russes avaient attaqué l'Assemblée.", 'fr');
  assert.ok(attributes(cs, 'Le Monde', 'RU') && attributes(cs, 'Libération', 'RU'), show(cs));
});

/** [lang, sentence, outlet, the official's state, target]: the outlet retells an official's accusation. */
const RETOLD: Array<[string, string, string, string, string]> = [
  ['fr', "Le Monde rapporte que le ministre allemand de l'Intérieur a accusé la Russie d'avoir attaqué le Bundestag.", 'Le Monde', 'DE', 'RU'],
  ['ru', 'Газета «Коммерсантъ» пишет, что министр обороны Германии обвинил Россию в атаке на бундестаг.', 'Kommersant', 'DE', 'RU'],
  ['vi', 'Báo Tuổi Trẻ đưa tin Bộ trưởng Quốc phòng Đức cáo buộc Nga tấn công Quốc hội.', 'Tuoi Tre', 'DE', 'RU'],
  ['es', 'El diario El País divulgó que el ministro alemán del Interior acusó a Rusia de atacar el Bundestag.', 'El País', 'DE', 'RU'],
];
for (const [lang, sentence, outlet, state, target] of RETOLD) {
  test(`${lang}: an outlet retelling an official's accusation is not its claimant`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, state, target), show(cs));
    assert.equal(cs.filter((c) => c.claimant === outlet).length, 0, show(cs));
  });
}

/** [lang, sentence]: an outlet reporting on a topic, or spreading a document, tells no act of anyone. */
const TOPIC_ONLY: Array<[string, string]> = [
  ['vi', 'Báo Tuổi Trẻ đưa tin về vụ tấn công mạng nhằm vào bộ quốc phòng Nga.'],
  ['ru', 'Газета «Коммерсантъ» пишет о кибератаке на министерство обороны России.'],
  ['es', 'El diario El País difundió el vídeo del ataque contra el ministerio ruso.'],
  ['fr', 'Le Monde rapporte les chiffres des attaques contre le ministère russe.'],
];
for (const [lang, sentence] of TOPIC_ONLY) {
  test(`${lang}: an outlet reporting on a topic makes no claim`, () => {
    const cs = claimsOf(sentence, lang);
    assert.equal(cs.length, 0, show(cs));
  });
}
