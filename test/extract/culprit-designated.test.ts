/**
 * Naming the culprit with a verb of designating or identifying (the profile's `accuse` cues): "designated X as the
 * perpetrator", "avait désigné X" (French needs no predicate after a finite form), "hatte X als Urheber benannt" (the
 * participle closing the clause), "определило X как виновника", "指认X为幕后黑手". The one who designates
 * attributes the act to the party designated. Designating someone for a task, naming a group by a name, or a
 * witness identifying a photo accuses no one.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVES: Array<{ lang: string; body: string; target: string }> = [
  { lang: 'en', body: 'After a long inquiry, the Dutch government designated Iran as the perpetrator of the intrusion.', target: 'IR' },
  { lang: 'en', body: 'The Dutch government has designated Russia as responsible for the sabotage of the pumping stations.', target: 'RU' },
  { lang: 'fr', body: "Après des mois d'enquête, La Haye avait désigné l'Iran, sans fournir de preuves publiques.", target: 'IR' },
  { lang: 'fr', body: 'Le gouvernement néerlandais a officiellement désigné la Russie après le sabotage des stations de pompage.', target: 'RU' },
  { lang: 'de', body: 'Die niederländische Regierung hatte den Iran im Frühjahr als Urheber der Spionagekampagne benannt.', target: 'IR' },
  { lang: 'de', body: 'Die niederländische Regierung hatte Russland als Verantwortlichen für die Sabotage identifiziert.', target: 'RU' },
  { lang: 'ru', body: 'Правительство Нидерландов определило Иран как виновника вторжения в сети министерства.', target: 'IR' },
  { lang: 'zh', body: '荷兰政府指认伊朗为入侵外交部网络的幕后黑手。', target: 'IR' },
];

for (const c of POSITIVES) {
  test(`${c.lang}: the one who designates the culprit attributes the act to it (${c.body.slice(0, 40)}...)`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(attributes(cs, 'NL', c.target), show(cs));
  });
}

const NEGATIVES: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'After the intrusion, the Dutch government designated a special envoy to Iran.' },
  { lang: 'fr', body: "Après l'intrusion, le gouvernement néerlandais a désigné un médiateur pour l'Iran." },
  { lang: 'fr', body: "Après l'intrusion, le gouvernement néerlandais a désigné le nouveau chef de l'agence de cybersécurité." },
  { lang: 'de', body: 'Nach dem Angriff hatte die niederländische Regierung einen Sonderbeauftragten für den Iran benannt.' },
  { lang: 'ru', body: 'После вторжения правительство Нидерландов определило порядок переговоров с Ираном.' },
  { lang: 'zh', body: '入侵事件发生后，目击者指认了伊朗游客的照片。' },
];

for (const c of NEGATIVES) {
  test(`${c.lang}: designating someone for a task accuses no one (${c.body.slice(0, 40)}...)`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'attributes' || x.stance === 'accuses'), show(cs));
  });
}
