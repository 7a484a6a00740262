/**
 * Constructions of attribution in Russian, German and English, on sentences written for these tests:
 * a discontinuous cue with a long object between its parts ("ordnet ... zu", "macht wir ... verantwortlich"
 * with the subject after the verb), a predicate of responsibility with a hedge or a hyphenated word
 * inside it ("за атакой «почти наверняка» стоит", "hinter Strom- und Wasserwerken stünden"), an actor
 * claiming its own act (perfect, imperfective, inverted; a victim is never the actor), a speaker named
 * after the clause behind a role phrase or before ", citing ...", sanctions or charges announced against
 * a party, and joined speakers of reported speech.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';

import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';
const claims = (body: string, lang: string): ClaimCandidate[] => claimsOf(body, lang);

type Case = [lang: string, body: string, claimant: string, target: string];

function expectAttribution(title: string, cases: Case[], also?: (cs: ClaimCandidate[], c: Case) => void): void {
  for (const c of cases) {
    const [lang, body, claimant, target] = c;
    test(`${lang}: ${title}: ${body.slice(0, 60)}`, () => {
      const cs = claims(body, lang);
      assert.ok(attributes(cs, claimant, target), show(cs));
      also?.(cs, c);
    });
  }
}

expectAttribution('a discontinuous cue holds a long object between its parts', [
  ['de', 'Das niederländische Verteidigungsministerium ordnet die Angriffe auf mehrere Häfen im vergangenen Herbst nach einer langen Untersuchung dem russischen Militärgeheimdienst zu.', 'NL', 'RU'],
  ['de', 'Die lettische Regierung macht nach monatelangen Ermittlungen ihrer Polizei und ihrer Nachrichtendienste den Iran für die Störungen verantwortlich.', 'LV', 'IR'],
  // Verb-subject order: "wir" after the verb is the subject; the partners of "gemeinsam mit" are not.
  ['de', 'Die dänische Außenministerin sagte am Morgen: «Gemeinsam mit unseren Partnern machen wir heute den Iran für die Angriffe auf die Wasserversorgung verantwortlich.»', 'DK', 'IR'],
], (cs) => assert.ok(!cs.some((c) => /Partner/u.test(c.claimant)), show(cs)));

expectAttribution('a predicate of responsibility with a hedge or a hyphenated word inside', [
  ['ru', 'Министерство иностранных дел Финляндии заявило, что за атакой «почти наверняка» стоит иранская разведка.', 'FI', 'IR'],
  ['de', 'Der finnische Innenminister sagte, hinter den Störungen in Strom- und Wasserwerken stünden «nordkoreanische Hacker».', 'FI', 'KP'],
]);

expectAttribution('an actor claims its own act (claimant and target are the actor)', [
  ['de', 'Eine Gruppe namens Cyber Av3ngers griff im Sommer mehrere Pumpstationen an. Später hat sich die Gruppe in einem Kanal zu dem Angriff auf die Pumpstationen bekannt.', 'CyberAv3ngers', 'CyberAv3ngers'],
  ['de', 'Der ukrainische Militärgeheimdienst hat sich mehrfach zu Angriffen auf russische Internetanbieter bekannt.', 'UA', 'UA'],
  ['ru', 'Ответственность за сбой, по данным местных СМИ, взяла на себя военная разведка Украины.', 'UA', 'UA'],
  ['ru', 'Главное управление разведки Украины неоднократно брало на себя ответственность за атаки на российские банки.', 'UA', 'UA'],
  ['en', 'A group calling itself Cyber Av3ngers has claimed the attacks on the pumping stations.', 'CyberAv3ngers', 'CyberAv3ngers'],
], (cs) => assert.ok(!cs.some((c) => c.claimant === 'RU'), `a victim is not the actor: ${show(cs)}`));

test('de, ru: nobody claiming the act is no claim', () => {
  assert.deepEqual(claims('Keine Gruppe hat sich bisher zu dem Angriff bekannt.', 'de'), []);
  assert.deepEqual(claims('Пока ни одна группировка не взяла на себя ответственность за атаку.', 'ru'), []);
});

expectAttribution('the speaker is named after the reported clause', [
  // Behind a role phrase that names the state the official speaks for.
  ['ru', 'Хакеры из Ирана взломали сети трех финских портов, заявил заместитель министра внутренних дел Финляндии по цифровой безопасности Юха Виртанен.', 'FI', 'IR'],
  // Before ", citing ...": the words reported are those before the speaker.
  ['en', 'Hackers working for Iran broke into the networks of three Finnish ports, the Financial Times reported on Tuesday, citing two officials.', 'Financial Times', 'IR'],
]);

expectAttribution('sanctions or charges announced against a party', [
  ['en', 'The United States announced sanctions against five Iranian officers on Tuesday.', 'US', 'IR'],
  ['en', 'Norway imposed sanctions on two Iranian officers for the intrusions.', 'NO', 'IR'],
  ['ru', 'Министерство финансов США ввело санкции против двух иранских офицеров.', 'US', 'IR'],
  ['de', 'Die USA verhängten Sanktionen gegen zwei iranische Offiziere.', 'US', 'IR'],
]);

expectAttribution('an attribution verb ties the act to a party', [
  ['en', 'Finnish investigators linked the port intrusions to Iran.', 'FI', 'IR'],
  ['ru', 'Прокуратура Эстонии объявила о задержании подозреваемых, приписав атаки на порты группировке из Ирана.', 'EE', 'IR'],
]);

test('en: "United States" is no speech verb, "linked to" alone is no accusation', () => {
  const cs = claims('The United States and Britain said Iranian hackers attacked the port.', 'en');
  assert.ok(attributes(cs, 'US', 'IR') && attributes(cs, 'GB', 'IR'), `joined speakers each attribute: ${show(cs)}`);
  assert.deepEqual(claims('Investigators linked to the ministry said the outage was an accident.', 'en'), []);
});

test('ru: "приписал себе" claims one\'s own act, it accuses no one else', () => {
  const cs = claims('Главное управление разведки Украины приписало себе атаку на российские банки.', 'ru');
  assert.ok(attributes(cs, 'UA', 'UA'), show(cs));
  assert.ok(!cs.some((c) => c.target === 'RU'), show(cs));
});

expectAttribution('an abbreviated state name before the speech verb is the speaker', [
  ['en', 'U.S. officials said on Tuesday that Iran was behind the intrusion into the port.', 'US', 'IR'],
]);

test('en: a party right before a later speech verb speaks in its own clause; it is not the accused', () => {
  const cs = claims('Canada announced sanctions against members of APT31 on Monday, and Finland said it had summoned the Chinese ambassador.', 'en');
  assert.ok(attributes(cs, 'CA', 'CN'), show(cs));
  assert.ok(!attributes(cs, 'CA', 'FI'), show(cs));
});

expectAttribution('a wire dateline names no party; the joined subjects after it each accuse', [
  ['de', 'Helsinki (dpa) – Finnland und Schweden haben den Iran für die Angriffe auf die Häfen verantwortlich gemacht.', 'SE', 'IR'],
  ['de', 'Helsinki (dpa) – Finnland und Schweden haben den Iran für die Angriffe auf die Häfen verantwortlich gemacht.', 'FI', 'IR'],
  ['en', 'OSLO, May 3 (Reuters) - Norway and Denmark blamed Iran for the intrusion into the port.', 'DK', 'IR'],
]);

expectAttribution('an actor the clause does not name as a party is the one the speaker has been telling of', [
  ['de', 'Das finnische Außenministerium warnte vor Cyberaktivitäten einer Einheit des iranischen Geheimdienstes. Der Minister sagte, die Einheit sei seit 2021 für Sabotage und Spionage verantwortlich.', 'FI', 'IR'],
  ['en', 'Finland warned of cyber activity by a unit of Iranian intelligence. Finland said the unit was responsible for sabotage and espionage since 2021.', 'FI', 'IR'],
]);

test('de: responsibility for something that is no hostile act is no attribution', () => {
  assert.deepEqual(claims('Der finnische Minister sagte, er sei seit 2021 für die Cybersicherheit verantwortlich.', 'de'), []);
});

test('en, de, ru: an unknown subject of a responsibility predicate accuses no one', () => {
  assert.deepEqual(claims('The Finnish minister said it was unclear who was behind the attack that Sweden reported.', 'en'), []);
  assert.deepEqual(claims('Der finnische Minister sagte, wer hinter dem von Schweden gemeldeten Angriff stecke, sei noch unklar.', 'de'), []);
  assert.deepEqual(claims('Министр иностранных дел Финляндии заявил, что пока трудно сказать, кто стоит за атакой, о которой сообщила Швеция.', 'ru'), []);
});

test('ru: "обвинения в причастности к атаке" rejected is no responsibility predicate of the speaker', () => {
  const cs = claims('Министерство иностранных дел Ирана отвергло обвинения Финляндии в причастности к атаке на порты.', 'ru');
  assert.ok(!cs.some((c) => c.claimant === 'IR' && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
});
