/**
 * The sponsor after a backing participle ("hackers backed by X", "un groupe dirigé par X", "хакеры, поддерживаемые X",
 * "do X hậu thuẫn", "由X支持的") qualifies the group the phrase describes: it is the accused side, never the one who
 * speaks, warns or claims the act. The agent of a verb of speech or attribution ("attributed by X") still speaks.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const NOT_SPEAKER: Array<{ lang: string; body: string; sponsor: string }> = [
  { lang: 'en', body: 'Hackers backed by Beijing, Microsoft warned, are preparing to disrupt ports.', sponsor: 'CN' },
  { lang: 'en', body: 'A group backed by Russia claimed responsibility for the attack.', sponsor: 'RU' },
  { lang: 'fr', body: 'Des pirates soutenus par Pékin, a averti Microsoft, préparent des attaques contre les ports.', sponsor: 'CN' },
  { lang: 'fr', body: "Un groupe soutenu par la Russie a revendiqué l'attaque.", sponsor: 'RU' },
  { lang: 'fr', body: 'Un groupe dirigé par le GRU a menacé des responsables ukrainiens, a indiqué Microsoft.', sponsor: 'RU' },
  { lang: 'es', body: 'Hackers respaldados por Pekín, advirtió Microsoft, preparan ataques contra los puertos.', sponsor: 'CN' },
  { lang: 'es', body: 'Un grupo respaldado por Rusia reivindicó el ataque.', sponsor: 'RU' },
  { lang: 'ru', body: 'Группировка, управляемая ГРУ, угрожала украинским чиновникам, сообщила Microsoft.', sponsor: 'RU' },
  { lang: 'ru', body: 'Хакеры, поддерживаемые Пекином, как предупредила Microsoft, готовят атаки на порты.', sponsor: 'CN' },
  { lang: 'vi', body: 'Một nhóm tin tặc được Nga hậu thuẫn đã nhận trách nhiệm về vụ tấn công.', sponsor: 'RU' },
  { lang: 'zh', body: '一个受俄罗斯支持的黑客组织声称对这次攻击负责。', sponsor: 'RU' },
];

for (const c of NOT_SPEAKER) {
  test(`${c.lang}: the sponsor of a backing phrase does not speak: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((k) => k.claimant === c.sponsor), show(cs));
  });
}

const WARNED_OF: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Hackers backed by Beijing, Microsoft warned, are preparing to disrupt ports.' },
  { lang: 'es', body: 'Hackers respaldados por Pekín, advirtió Microsoft, preparan ataques contra los puertos.' },
];

for (const c of WARNED_OF) {
  test(`${c.lang}: the speaker set off after a backing phrase warns of its sponsor: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((k) => k.claimant === 'Microsoft' && k.stance === 'warns' && k.target === 'CN'), show(cs));
  });
}

// The sponsor stays the accused of a reported statement.
const ACCUSED: Array<{ lang: string; body: string; claimant: string; sponsor: string }> = [
  { lang: 'en', body: 'The FBI said the activity, sponsored by Iran, hit hospitals in the region.', claimant: 'US', sponsor: 'IR' },
  { lang: 'de', body: 'Das FBI erklärte, durch den Iran unterstützte Hacker hätten Krankenhäuser angegriffen.', claimant: 'US', sponsor: 'IR' },
  { lang: 'vi', body: 'FBI cho biết các tin tặc do Iran bảo trợ đã tấn công các bệnh viện.', claimant: 'US', sponsor: 'IR' },
  { lang: 'ru', body: 'ФБР заявило, что хакеры, поддерживаемые Ираном, атаковали больницы.', claimant: 'US', sponsor: 'IR' },
  { lang: 'zh', body: '美国联邦调查局表示，由伊朗支持的黑客攻击了医院。', claimant: 'US', sponsor: 'IR' },
  { lang: 'es', body: 'Microsoft dijo que un grupo patrocinado por Irán atacó los hospitales.', claimant: 'Microsoft', sponsor: 'IR' },
];

for (const c of ACCUSED) {
  test(`${c.lang}: the sponsor is the accused of the reported act: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(attributes(cs, c.claimant, c.sponsor), show(cs));
    assert.ok(!cs.some((k) => k.claimant === c.sponsor), show(cs));
  });
}

// Near misses: the agent of a verb of attribution is the accuser, not a sponsor.
const AGENT_ACCUSES: Array<{ lang: string; body: string; claimant: string }> = [
  { lang: 'en', body: 'The attack was attributed by the FBI to hackers backed by Iran.', claimant: 'US' },
  { lang: 'fr', body: "L'attaque a été attribuée par la France à des pirates soutenus par l'Iran.", claimant: 'FR' },
  { lang: 'es', body: 'El ataque fue atribuido por España a hackers respaldados por Irán.', claimant: 'ES' },
];

for (const c of AGENT_ACCUSES) {
  test(`${c.lang}: the agent of an attribution verb accuses the sponsor: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(attributes(cs, c.claimant, 'IR'), show(cs));
  });
}
