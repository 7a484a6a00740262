/**
 * Condemning an act told with its doer, with the verbs of condemnation other than "condemn" itself: deploring,
 * criticising, voicing condemnation of, branding, denouncing in the verbs of each language ("deplored the intrusion
 * by X", "a fustigé la campagne menée par X", "repudió el ataque de X", "prangert den von X verübten Angriff an",
 * "выразило осуждение кибератаки, проведённой X", "phản đối vụ tấn công của X"). The speaker attributes the act to
 * its doer. Near misses: the act with no doer named, an object that is no act, and an accusation as the object (a
 * denial, as is opposing every form of attack in general). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CONDEMNED: Array<[lang: string, body: string, claimant: string, target: string]> = [
  ['en', 'Iceland deplored the intrusion by Russian military hackers into its coast guard network.', 'IS', 'RU'],
  ['en', "In a statement on Friday, Malta's government voiced its strong condemnation of the ransomware campaign carried out by Iranian operators.", 'MT', 'IR'],
  ['en', 'Ghana criticized the attack by Nigerian fraud rings on its tax portal.', 'GH', 'NG'],
  ['fr', 'Le Luxembourg a fustigé les intrusions orchestrées par des pirates chinois dans ses banques.', 'LU', 'CN'],
  ['fr', "Dans un communiqué, la Tunisie exprime sa profonde condamnation de l'attaque menée par des hackers iraniens contre ses douanes.", 'TN', 'IR'],
  ['es', 'Paraguay repudió el ciberataque realizado por operadores norcoreanos contra su banco central.', 'PY', 'KP'],
  ['es', 'Honduras repudia la campaña de hackers rusos contra su registro electoral.', 'HN', 'RU'],
  ['de', 'Slowenien prangert die von russischen Hackern verübten Angriffe auf seine Ministerien an.', 'SI', 'RU'],
  ['de', 'Kroatien brandmarkte den Angriff iranischer Hacker auf seine Wasserwerke.', 'HR', 'IR'],
  ['ru', 'Правительство Грузии выразило осуждение кибератаки, проведённой российскими хакерами против телеканалов.', 'GE', 'RU'],
  ['ru', 'Армения заклеймила атаки азербайджанских хакеров на свои государственные сайты.', 'AM', 'AZ'],
  ['vi', 'Indonesia phản đối vụ tấn công của tin tặc Trung Quốc vào hệ thống thuế.', 'ID', 'CN'],
  ['vi', 'Bộ Ngoại giao Campuchia kịch liệt phản đối các cuộc tấn công mạng do tin tặc Thái Lan tiến hành.', 'KH', 'TH'],
];

for (const [lang, body, claimant, target] of CONDEMNED) {
  test(`${lang}: condemning an act with its doer attributes it (${claimant} → ${target})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === claimant && c.stance === 'denies'), show(cs));
  });
}

// No doer named, or an object that is no act: no claim of the speaker.
const NO_DOER: Array<[lang: string, body: string, claimant: string]> = [
  ['en', 'Iceland deplored the attack on the hospital network in Reykjavik.', 'IS'],
  ['en', 'Ghana criticized the slow pace of the reform of its tax portal.', 'GH'],
  ['fr', 'Le Luxembourg a fustigé la réforme bancaire.', 'LU'],
  ['es', 'Paraguay repudió el ataque contra el hospital de Asunción.', 'PY'],
  ['de', 'Slowenien prangert den Angriff auf das Krankenhaus in Maribor an.', 'SI'],
  ['ru', 'Армения выразила осуждение атаки на больницу в Гюмри.', 'AM'],
  ['vi', 'Indonesia phản đối vụ tấn công vào bệnh viện ở Jakarta.', 'ID'],
];

for (const [lang, body, claimant] of NO_DOER) {
  test(`${lang}: condemning an act with no doer, or no act, makes no claim`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === claimant && c.stance !== 'calls-for'), show(cs));
  });
}

// An accusation as the object, or every form of attack opposed in general: a denial, not an accusation.
const DENIALS: Array<[lang: string, body: string, claimant: string]> = [
  ['es', 'Venezuela repudió las acusaciones de Colombia sobre el ciberataque.', 'VE'],
  ['vi', 'Người phát ngôn nói Bắc Kinh phản đối tấn công mạng dưới mọi hình thức.', 'CN'],
  ['vi', 'Đại sứ quán Nga phản đối cáo buộc của Anh về các cuộc tấn công.', 'RU'],
];

for (const [lang, body, claimant] of DENIALS) {
  test(`${lang}: rejecting an accusation or attacks in general stays a denial`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')), show(cs));
  });
}
