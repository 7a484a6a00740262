/**
 * An envoy's posting is not their state: in an envoy's role phrase ("the Iranian ambassador in Madrid", "l'ambassadeur de
 * Russie à Paris", "посол Ирана в Германии", "伊朗驻德国大使", "Đại sứ Iran tại Đức") the state after the posting marker is
 * where the envoy serves. The envoy speaks for the state the phrase names as its owner, and the posting state is no
 * claimant of its own. With only the posting named, a first-person plural possessive ("our", "nuestro", "notre",
 * "unser", "наш", "nước ta") makes the envoy the article's home state's; without one the state is unknown. Names
 * invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

// The owner named, the posting named: the owner speaks, the posting state claims nothing.
for (const [lang, body, owner, posting] of [
  ['en', "Iran's ambassador in Rome, Darius Kolahi, rejected claims that Iran had carried out the intrusion.", 'IR', 'IT'],
  ['en', 'The Iranian ambassador in Rome, Darius Kolahi, rejected claims that Iran had carried out the intrusion.', 'IR', 'IT'],
  ['es', 'El embajador de Irán en Madrid, Darío Kolahi, negó que Irán estuviera detrás de la intrusión.', 'IR', 'ES'],
  ['fr', "L'ambassadeur d'Iran à Paris, Darius Kolahi, a démenti toute implication de l'Iran dans l'intrusion.", 'IR', 'FR'],
  ['de', 'Der iranische Botschafter in Berlin, Darius Kolahi, wies zurück, dass Iran hinter dem Eindringen stehe.', 'IR', 'DE'],
  ['ru', 'Посол Ирана в Италии Дариус Колахи отверг причастность Ирана к вторжению.', 'IR', 'IT'],
  ['zh', '伊朗驻意大利大使科拉希表示，伊朗与这次网络入侵无关。', 'IR', 'IT'],
  ['vi', 'Đại sứ Iran tại Italy Darius Kolahi hôm qua bác bỏ mọi cáo buộc rằng Iran có dính líu tới cuộc xâm nhập này.', 'IR', 'IT'],
] as const) {
  test(`${lang}: an envoy speaks for their own state, not their posting: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Intrusion at a port operator' });
    assert.ok(cs.some((c) => c.claimant === owner && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === posting), show(cs));
  });
}

// "our" envoy, only the posting named: the article's home state (its foreign ministry speaks first).
for (const [lang, body, home, accused] of [
  ['en', 'The Ministry of Foreign Affairs of Estonia said the intrusion had reached its mail servers. Our ambassador in Moscow, Mart Lepik, accused Russia of the intrusion.', 'EE', 'RU'],
  ['es', 'El Ministerio de Relaciones Exteriores de Chile informó que la intrusión alcanzó sus servidores de correo. Nuestro embajador en Moscú, Tomás Urrutia, acusó a Rusia de la intrusión.', 'CL', 'RU'],
  ['fr', "Le ministère belge des Affaires étrangères a indiqué que l'intrusion avait atteint ses serveurs de messagerie. Notre ambassadeur à Moscou, Luc Verhaegen, a accusé la Russie de l'intrusion.", 'BE', 'RU'],
  ['de', 'Das österreichische Außenministerium teilte mit, das Eindringen habe seine Mailserver erreicht. Unser Botschafter in Moskau, Florian Hausegger, beschuldigte Russland des Eindringens.', 'AT', 'RU'],
  ['ru', 'МИД Белоруссии сообщил, что вторжение затронуло его почтовые серверы. Наш посол в Польше Игнат Шукевич обвинил Польшу во вторжении.', 'BY', 'PL'],
] as const) {
  test(`${lang}: "our" envoy speaks for the home state: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Intrusion at the ministry' });
    assert.ok(cs.some((c) => c.claimant === home && c.stance === 'accuses' && c.target === accused), show(cs));
    assert.ok(!cs.some((c) => c.claimant === accused), show(cs));
  });
}

// Only the posting named, no possessive: the envoy's state is unknown, the posting state claims nothing.
for (const [lang, body, posting] of [
  ['en', 'The ambassador in Berlin, Darius Kolahi, rejected claims that Iran had carried out the intrusion.', 'DE'],
  ['es', 'El embajador en Berlín, Darío Kolahi, negó que Irán estuviera detrás de la intrusión.', 'DE'],
  ['ru', 'Посол в Германии Дариус Колахи отверг причастность Ирана к вторжению.', 'DE'],
] as const) {
  test(`${lang}: an envoy's posting alone gives no state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Intrusion at a port operator' });
    assert.ok(!cs.some((c) => c.claimant === posting), show(cs));
  });
}

// Negative: an envoy whose phrase names no posting speaks for the state it names, as before.
for (const [lang, body, owner] of [
  ['en', 'The Iranian ambassador, Darius Kolahi, rejected claims that Iran had carried out the intrusion.', 'IR'],
  ['de', 'Der iranische Botschafter Darius Kolahi wies zurück, dass Iran hinter dem Eindringen stehe.', 'IR'],
] as const) {
  test(`${lang}: an envoy with no posting keeps their state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Intrusion at a port operator' });
    assert.ok(cs.some((c) => c.claimant === owner && c.stance === 'denies'), show(cs));
  });
}
