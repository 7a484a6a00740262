/**
 * Role nouns of the English, Russian, Spanish and German profiles, on sentences written for these tests: roles before
 * a speaker's name ("consul", "постпред", "официальная представительница", "el enviado especial", "Konsul"), and the
 * roles and bodies a wire report points back to the speaker named before with ("the envoy", "the regulator", "посла",
 * "по данным регулятора", "el regulador", "la misión diplomática", "die Gesandte", "nach Angaben der Behörde"), with
 * the near misses each must leave alone: the body as the victim or in a possessor genitive, a body word opening a
 * body's own name, and the noun before a name that is its title.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';

import { claimsOf, show } from '../helpers/claim-sentences.ts';

type Stance = 'attributes' | 'denies' | 'warns' | 'confirms' | 'calls-for';
const has = (cs: ClaimCandidate[], claimant: string, stance: Stance, target: string | null | undefined): boolean =>
  cs.some((c) => c.claimant === claimant
    && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses'))
    && (target === undefined || c.target === target));

// A first sentence in which a state's envoy or body speaks, so that a reference in the next one has a speaker to point back to.
const EN_ENVOY = 'Peru’s ambassador in Quito, Rosa Quispe, said on Tuesday that intruders had entered the mission’s mail server.';
const EN_BODY = 'Finland’s transport agency said on Monday that intruders had entered a port operator’s network.';
const RU_ENVOY = 'Посол Казахстана в Сеуле Ерлан Ахметов заявил во вторник, что неизвестные проникли в почтовый сервер миссии.';
const RU_BODY = 'Транспортное агентство Финляндии сообщило в понедельник, что неизвестные проникли в сеть оператора порта.';
const ES_ENVOY = 'La embajadora de Perú en Quito, Rosa Quispe, dijo el martes que unos intrusos habían entrado en el servidor de correo de la misión.';
const DE_ENVOY = 'Perus Botschafterin in Quito, Rosa Quispe, sagte am Dienstag, Unbekannte seien in den Mailserver der Mission eingedrungen.';
const DE_BODY = 'Die finnische Verkehrsagentur teilte am Montag mit, Unbekannte seien in das Netz eines Hafenbetreibers eingedrungen.';
const ES_BODY = 'El Ministerio de Transporte de Ecuador dijo el lunes que unos intrusos habían entrado en la red de un operador portuario.';

/** [language, group of forms, text, claimant, stance, target (undefined: any)] */
const POSITIVES: Array<[string, string, string, string, Stance, string | null | undefined]> = [
  // Roles before a name.
  ['en', 'role "consul" before a name', 'Uruguayan consul Tomas Ferreyra said Iran was behind the intrusion.', 'UY', 'attributes', 'IR'],
  ['en', 'role "governor" before a name', 'Kenyan governor Amina Wekesa said Somalia was behind the intrusion.', 'KE', 'attributes', 'SO'],
  ['ru', 'role "постпред" before a name', 'Постпред Латвии при ОБСЕ Андрис Озолс заявил, что за вторжением стоит Белоруссия.', 'LV', 'attributes', 'BY'],
  ['ru', 'role "официальная представительница" before a name', 'Официальная представительница МИД Литвы Ирена Балтрушайте заявила, что за вторжением стоит Белоруссия.', 'LT', 'attributes', 'BY'],
  ['es', 'role "enviado especial" before a name', 'El enviado especial de Uruguay, Tomás Ferreyra, dijo que Irán estaba detrás de la intrusión.', 'UY', 'attributes', 'IR'],
  ['es', 'role "cónsul" before a name', 'El cónsul uruguayo Tomás Ferreyra dijo que Irán estaba detrás de la intrusión.', 'UY', 'attributes', 'IR'],
  ['de', 'role "Konsul" before a name', 'Der uruguayische Konsul Tomás Ferreyra sagte, Iran stecke hinter dem Eindringen.', 'UY', 'attributes', 'IR'],
  // Roles and bodies pointing back to the speaker named before.
  ['en', '"the envoy"', `${EN_ENVOY} The envoy said North Korea was behind the intrusion.`, 'PE', 'attributes', 'KP'],
  ['en', '"the regulator"', `${EN_BODY} The regulator said Russia was behind the intrusion.`, 'FI', 'attributes', 'RU'],
  ['en', '"the watchdog"', `${EN_BODY} The watchdog said Russia was behind the intrusion.`, 'FI', 'attributes', 'RU'],
  ['en', '"the diplomatic mission"', `${EN_ENVOY} The diplomatic mission said North Korea was behind the intrusion.`, 'PE', 'attributes', 'KP'],
  ['ru', '"по словам посла"', `${RU_ENVOY} По словам посла, за вторжением стоит КНДР.`, 'KZ', 'attributes', 'KP'],
  ['ru', '"по словам дипломата"', `${RU_ENVOY} По словам дипломата, за вторжением стоит КНДР.`, 'KZ', 'attributes', 'KP'],
  ['ru', '"чиновник"', `${RU_ENVOY} Чиновник заявил, что за вторжением стоит КНДР.`, 'KZ', 'attributes', 'KP'],
  ['ru', '"по данным агентства"', `${RU_BODY} По данным агентства, за вторжением стоит Россия.`, 'FI', 'attributes', 'RU'],
  ['ru', '"по данным регулятора"', `${RU_BODY} По данным регулятора, за вторжением стоит Россия.`, 'FI', 'attributes', 'RU'],
  ['es', '"el enviado"', `${ES_ENVOY} Según la enviada, Corea del Norte estaba detrás de la intrusión.`, 'PE', 'attributes', 'KP'],
  ['es', '"el regulador"', `${ES_BODY} El regulador dijo que Rusia estaba detrás de la intrusión.`, 'EC', 'attributes', 'RU'],
  ['es', '"la misión diplomática"', `${ES_ENVOY} La misión diplomática dijo que Corea del Norte estaba detrás de la intrusión.`, 'PE', 'attributes', 'KP'],
  ['es', '"el cónsul"', `${ES_ENVOY} El cónsul dijo que Corea del Norte estaba detrás de la intrusión.`, 'PE', 'attributes', 'KP'],
  ['de', '"die Gesandte"', `${DE_ENVOY} Die Gesandte sagte, Nordkorea stecke hinter dem Eindringen.`, 'PE', 'attributes', 'KP'],
  ['de', '"die Beamtin"', `${DE_ENVOY} Die Beamtin sagte, Nordkorea stecke hinter dem Eindringen.`, 'PE', 'attributes', 'KP'],
  ['de', '"die Vertretung"', `${DE_ENVOY} Die Vertretung erklärte, Nordkorea stecke hinter dem Eindringen.`, 'PE', 'attributes', 'KP'],
  ['de', '"die Aufsichtsbehörde"', `${DE_BODY} Die Aufsichtsbehörde sagte, Russland stecke hinter dem Eindringen.`, 'FI', 'attributes', 'RU'],
  ['de', '"nach Angaben der Behörde"', `${DE_BODY} Nach Angaben der Behörde steckt Russland hinter dem Eindringen.`, 'FI', 'attributes', 'RU'],
];

for (const [lang, group, text, claimant, stance, target] of POSITIVES) {
  test(`${lang} ${group}: ${claimant} ${stance} ${target ?? ''}`, () => {
    const cs = claimsOf(text, lang);
    assert.ok(has(cs, claimant, stance, target), show(cs));
  });
}

/** [language, near miss, text, claimant, stance that must not be made (any target)] */
const NEGATIVES: Array<[string, string, string, string, Stance]> = [
  ['en', 'an embassy that is the victim does not speak', `${EN_BODY} The embassy was hit by Russia on Wednesday.`, 'FI', 'attributes'],
  ['en', '"the regulator" before a name is its title', `${EN_BODY} The regulator Ofcom said Russia was behind the intrusion.`, 'FI', 'attributes'],
  ['ru', 'a body word opening a body\'s own name does not point back', `${RU_BODY} Агентство безопасности Эстонии предупредило о группировке Turla.`, 'FI', 'warns'],
  ['ru', 'a body in a possessor genitive is no source', `${RU_BODY} Сеть агентства атаковала Россия, сообщила газета.`, 'FI', 'attributes'],
  ['ru', 'an embassy that is the victim does not speak', `${RU_BODY} Хакеры из России атаковали посольство в среду.`, 'FI', 'attributes'],
  ['ru', '"регулятор" before a name is its title', `${RU_BODY} Регулятор Ofcom заявил, что за вторжением стоит Россия.`, 'FI', 'attributes'],
  ['es', '"el regulador" before a name is its title', `${ES_BODY} El regulador Ofcom dijo que Rusia estaba detrás de la intrusión.`, 'EC', 'attributes'],
  ['es', 'a regulator that is the victim does not speak', `${ES_BODY} Piratas rusos atacaron al regulador el miércoles.`, 'EC', 'attributes'],
  ['de', 'a possessor genitive is no source', `${DE_BODY} Die Server der Behörde wurden am Mittwoch von Russland angegriffen.`, 'FI', 'attributes'],
  ['de', '"der Regulierer" before a name is its title', `${DE_BODY} Der Regulierer Ofcom sagte, Russland stecke hinter dem Eindringen.`, 'FI', 'attributes'],
];

for (const [lang, group, text, claimant, stance] of NEGATIVES) {
  test(`${lang} near miss, ${group}`, () => {
    const cs = claimsOf(text, lang);
    assert.ok(!has(cs, claimant, stance, undefined), show(cs));
  });
}
