/**
 * A staff noun ("the researchers", "its analysts", "l'équipe", "die Analysten", "аналитики",
 * "技术团队", "nhóm nghiên cứu", "su equipo") speaks for the organisation named last, a state's body
 * included; bare and capitalised at a sentence's start ("Researchers said") it is no organisation's
 * name, and with no organisation before it it speaks for no one. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const OWNED: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  { lang: 'en', body: 'CERT-UA published its analysis on Friday. The team determined that the intrusion was launched by operators working for Russia.', claimant: 'UA', target: 'RU' },
  { lang: 'en', body: 'ESET released a technical report on the wiper. Its analysts said the malware was deployed by hackers working for Iran.', claimant: 'ESET', target: 'IR' },
  { lang: 'fr', body: "L'ANSSI a publié un rapport lundi. Son équipe estime que l'intrusion a été menée par des pirates liés à la Chine.", claimant: 'FR', target: 'CN' },
  { lang: 'fr', body: "ESET a publié mardi une note technique. Les chercheurs ont conclu que l'attaque avait été menée par le renseignement militaire russe.", claimant: 'ESET', target: 'RU' },
  { lang: 'de', body: 'Das BSI veröffentlichte am Mittwoch eine Analyse. Die Analysten gehen davon aus, dass iranische Hacker hinter dem Angriff stecken.', claimant: 'DE', target: 'IR' },
  { lang: 'ru', body: 'ESET опубликовала отчет в четверг. Аналитики считают, что за атакой стоят хакеры, работающие на Иран.', claimant: 'ESET', target: 'IR' },
  { lang: 'zh', body: '国家互联网应急中心发布报告。技术团队认定，上述攻击行动由美国情报机构发起。', claimant: 'CN', target: 'US' },
  { lang: 'vi', body: 'ESET đã công bố báo cáo kỹ thuật. Nhóm nghiên cứu cho rằng cuộc tấn công do tin tặc làm việc cho Iran thực hiện.', claimant: 'ESET', target: 'IR' },
  { lang: 'es', body: 'El CCN-CERT publicó un análisis el viernes. Su equipo concluyó que la intrusión fue obra de piratas vinculados a China.', claimant: 'ES', target: 'CN' },
];

for (const { lang, body, claimant, target } of OWNED) {
  test(`${lang}: a staff noun speaks for the organisation named before it (${claimant} attributes to ${target})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), `${body}\n${show(cs)}`);
  });
}

const NOBODY: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Researchers said the attack was carried out by Russian military intelligence.' },
  { lang: 'en', body: 'The researchers said the attack was carried out by Russian military intelligence.' },
  { lang: 'de', body: 'Forscher sagten am Montag, russische Hacker stünden hinter dem Angriff.' },
  { lang: 'es', body: 'Expertos afirmaron el lunes que piratas rusos estaban detrás del ataque.' },
  { lang: 'fr', body: 'Les chercheurs estiment que des pirates liés à la Russie sont derrière le sabotage.' },
];

for (const { lang, body } of NOBODY) {
  test(`${lang}: researchers of no named organisation make no claim`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs.filter((c) => c.stance === 'attributes' || c.stance === 'accuses'), [], `${body}\n${show(cs)}`);
  });
}

test('en: a staff noun reaches back three sentences at most, its own included', () => {
  const body = 'ESET released a report on the outage. Power returned on Sunday. Officials gave no figures. The researchers said the attack was carried out by Russian military intelligence.';
  const cs = claimsOf(body, 'en');
  assert.ok(!attributes(cs, 'ESET', 'RU'), show(cs));
});

test('en: the organisation named last owns the staff noun, not the speaker before', () => {
  const body = 'The Kremlin denied any role in the outage. Mandiant published its findings on Tuesday. Its researchers said the attack was carried out by Russian military intelligence.';
  const cs = claimsOf(body, 'en');
  assert.ok(attributes(cs, 'Mandiant', 'RU'), show(cs));
  assert.ok(!attributes(cs, 'RU', 'RU'), show(cs));
});

const EMPLOYER: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  { lang: 'en', body: 'Security researchers at ESET said the attack was carried out by hackers working for Iran.', claimant: 'ESET', target: 'IR' },
  { lang: 'vi', body: 'Các chuyên gia của ESET cho rằng cuộc tấn công do tin tặc làm việc cho Iran thực hiện.', claimant: 'ESET', target: 'IR' },
  { lang: 'fr', body: "Des chercheurs chez Mandiant estiment que l'attaque a été menée par des pirates iraniens.", claimant: 'Mandiant', target: 'IR' },
  { lang: 'de', body: 'Analysten bei Mandiant gehen davon aus, dass iranische Hacker hinter dem Angriff stecken.', claimant: 'Mandiant', target: 'IR' },
];

for (const { lang, body, claimant, target } of EMPLOYER) {
  test(`${lang}: researchers at an organisation speak for it (${claimant} attributes to ${target})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), `${body}\n${show(cs)}`);
  });
}

test('en, vi: an organisation after a possessive with no staff noun before it is still no speaker', () => {
  const en = claimsOf('The servers of ESET in Bratislava were hit, and the FBI said hackers working for Iran were behind it.', 'en');
  assert.ok(!attributes(en, 'ESET', 'IR'), show(en));
  const vi = claimsOf('Máy chủ của ESET bị tấn công, và FBI cho rằng tin tặc làm việc cho Iran đứng sau vụ việc.', 'vi');
  assert.ok(!attributes(vi, 'ESET', 'IR'), show(vi));
});
