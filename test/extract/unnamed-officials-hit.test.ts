/**
 * Unnamed officials telling of their own state's hit, as wire reports write it: a bare official noun next to
 * a speech verb ("officials said", "selon les autorités", "dijeron las autoridades", "teilten die Behörden
 * mit", "власти сообщили", "官员表示", "giới chức cho biết") and words that tell of a hostile act on one
 * state's systems: that state confirms it was hit. An actor's state beside the victim, two victim states, a
 * negated act, words that name no victim, and a named speaker of another state confirm nothing. Sentences
 * written for these tests; the systems are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const OWN: Array<[string, string]> = [
  ['en', 'A ransomware attack on Estonia\'s land registry has halted property sales for a week, officials said on Friday.'],
  ['fr', "Selon les autorités, une cyberattaque contre le cadastre de l'Estonie a bloqué les ventes immobilières."],
  ['es', 'Un ciberataque contra el registro de la propiedad de Estonia ha paralizado las ventas, dijeron las autoridades.'],
  ['de', 'Ein Cyberangriff auf das Grundbuchamt Estlands hat den Verkauf von Immobilien gestoppt, teilten die Behörden mit.'],
  ['ru', 'Власти сообщили, что кибератака на земельный кадастр Эстонии остановила продажу недвижимости.'],
  ['zh', '官员表示，针对爱沙尼亚土地登记系统的勒索软件攻击已导致房产交易暂停。'],
  ['vi', 'Giới chức cho biết cuộc tấn công mạng vào trung tâm dữ liệu quốc gia của Estonia đã làm gián đoạn các sân bay.'],
];
for (const [lang, body] of OWN) {
  test(`${lang}: unnamed officials telling of a hit on one state: it confirms (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'confirms' && c.target === 'EE'), show(cs));
  });
}

test('en: the attackers\' own demand in the words is no stance of the officials', () => {
  const cs = claimsOf('A ransomware attack on Estonia\'s land registry halted sales and the hackers demanded a ransom, officials said.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'confirms'), show(cs));
});

const NONE: Array<[string, string]> = [
  // an actor's state beside the victim
  ['ru', 'Власти сообщили, что российские хакеры атаковали эстонский земельный кадастр.'],
  ['es', 'Según las autoridades, hackers rusos atacaron el registro de la propiedad de Estonia.'],
  // two victim states
  ['en', "A DDoS attack on Estonia's land registry and Latvia's customs portal disrupted filings, officials said."],
  // no victim named
  ['en', 'Attacks on the land registry continued for a week, officials said.'],
  // a negated act
  ['fr', "Selon les autorités, aucune cyberattaque contre le cadastre de l'Estonie n'a abouti."],
  // a named speaker of another state
  ['en', "Latvian officials said a ransomware attack on Estonia's land registry had halted sales."],
];
for (const [lang, body] of NONE) {
  test(`${lang}: no confirmation by the victim's state (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms' && c.claimant === 'EE'), show(cs));
  });
}

test('en, es, de: a bare official noun opening the sentence is no organisation that claims', () => {
  for (const [lang, body] of [
    ['en', 'Investigators said Belarusian hackers were behind the intrusion.'],
    ['en', 'Officials said Belarusian hackers were behind the intrusion.'],
    ['es', 'Funcionarios dijeron que hackers bielorrusos estaban detrás de la intrusión.'],
    ['de', 'Beamte sagten, belarussische Hacker steckten hinter dem Eindringen.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => /^(?:Investigators|Officials|Funcionarios|Beamte)$/u.test(c.claimant)), show(cs));
  }
  // A company's name opening the sentence still speaks.
  const cs = claimsOf('Velmora said Belarusian hackers were behind the intrusion into its network.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.target === 'BY'), show(cs));
});

test('en: unnamed officials opening the sentence tell of their state\'s hit', () => {
  const cs = claimsOf("Officials said a ransomware attack on Estonia's land registry had halted property sales.", 'en');
  assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'confirms'), show(cs));
});
