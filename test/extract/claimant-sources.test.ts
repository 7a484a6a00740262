/**
 * Whose claim a vendor's or an outlet's text carries, on sentences written for these tests:
 * - "At X, we assess ..." (and its forms in other languages): the "we" is X, not the blog that publishes the text;
 * - a blog header "Blog name by X": X publishes the blog and speaks its "we";
 * - an outlet reporting another's findings ("reported findings by X that ...", "citing X"): X claims, not the outlet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const attributesTo = (cs: ClaimCandidate[], claimant: string, target: string) =>
  cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target);

/** [lang, header naming another publisher, body, the body the "we" speaks from, target] */
const SELF_AT: Array<[string, string, string, string, string]> = [
  ['en', 'Volexity Blog | 4 June 2024', 'At Proofpoint, we attribute this campaign to Iran with moderate confidence.', 'Proofpoint', 'IR'],
  ['fr', 'Blog de Volexity | 4 juin 2024', 'Chez Dragos, nous attribuons cette activité à l’Iran.', 'Dragos', 'IR'],
  ['de', 'Volexity-Blog | 4. Juni 2024', 'Bei Dragos machen wir Nordkorea für die Kampagne verantwortlich.', 'Dragos', 'KP'],
  ['ru', 'Блог Volexity | 4 июня 2024', 'В Group-IB мы считаем, что за кампанией стоит Северная Корея.', 'Group-IB', 'KP'],
  ['vi', 'Blog Sekoia | 4/6/2024', 'Tại Volexity, chúng tôi quy kết chiến dịch này cho Trung Quốc.', 'Volexity', 'CN'],
];
for (const [lang, header, body, host, target] of SELF_AT) {
  test(`${lang}: "at X, we ..." makes X the claimant, not the blog's publisher`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(attributesTo(cs, host, target), show(cs));
    assert.equal(cs.filter((c) => c.claimant !== host).length, 0, show(cs));
  });
}

/** [lang, header "Blog by X", body in the first person plural, X, target] */
const BYLINE_BY: Array<[string, string, string, string, string]> = [
  ['en', 'SecureList Journal by Proofpoint | 4 June 2024', 'We attribute this campaign to Iran with moderate confidence.', 'Proofpoint', 'IR'],
  ['fr', 'Le Journal Cyber par Sekoia – Recherche | 4 juin 2024', 'Nous attribuons cette campagne à l’Iran avec un niveau de confiance modéré.', 'Sekoia', 'IR'],
  ['es', 'El Diario Cyber por Proofpoint | 4 junio 2024', 'Atribuimos esta campaña a Irán con confianza moderada.', 'Proofpoint', 'IR'],
];
for (const [lang, header, body, publisher, target] of BYLINE_BY) {
  test(`${lang}: a header "blog by X" makes X the publisher who speaks the text's "we"`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(attributesTo(cs, publisher, target), show(cs));
    assert.equal(cs.filter((c) => c.claimant !== publisher).length, 0, show(cs));
  });
}

/** [lang, sentence, outlet, finder, target] */
const CITED: Array<[string, string, string, string, string]> = [
  ['en', 'The Guardian reported findings by Dragos that the intrusion was carried out by hackers linked to Iran.', 'Guardian', 'Dragos', 'IR'],
  ['en', 'Reuters reported, citing Proofpoint, that Iranian hackers were behind the campaign.', 'Reuters', 'Proofpoint', 'IR'],
  ['fr', 'Le quotidien Le Monde a révélé les conclusions de Sekoia selon lesquelles la campagne a été menée par des pirates iraniens.', 'Le Monde', 'Sekoia', 'IR'],
  ['es', 'El País informó, citando a Proofpoint, que hackers iraníes estaban detrás de la campaña.', 'El País', 'Proofpoint', 'IR'],
  ['ru', 'Газета «Коммерсантъ» сообщила со ссылкой на Group-IB, что за атакой стоят иранские хакеры.', 'Коммерсантъ', 'Group-IB', 'IR'],
];
for (const [lang, sentence, outlet, finder, target] of CITED) {
  test(`${lang}: an outlet reporting another's findings: the finder (${finder}) claims, not the outlet`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributesTo(cs, finder, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant.includes(outlet)), show(cs));
  });
}

test('en: an outlet that reports with no finder named still makes its own claim', () => {
  const cs = claimsOf('The Guardian reported that the intrusion was carried out by hackers linked to Iran.', 'en');
  assert.ok(attributesTo(cs, 'The Guardian', 'IR'), show(cs));
});

test('ru: a stance verb whose ending says "we" ("рекомендуем") is the self\'s, not the place named before it', () => {
  const cs = claimsOf('Мы не обнаружили следов этой группы в сетях наших заказчиков в Казахстане, однако рекомендуем банкам проверить системы из-за угрозы со стороны Северной Кореи.', 'ru', { header: 'Блог Group-IB | 4 июня 2024' });
  assert.ok(cs.some((c) => c.claimant === 'Group-IB' && c.stance === 'warns' && c.target === 'KP'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'KZ'), show(cs));
});

/** [lang, header whose field opens with the agent marker: the writer's byline] */
const WRITER_BYLINES: Array<[string, string, string]> = [
  ['en', 'Analysis | By Jane Porter Smith | 4 June 2024', 'We attribute this campaign to Iran with moderate confidence.'],
  ['es', 'Análisis | Por Laura Gómez Pardo | 4 junio 2024', 'Atribuimos esta campaña a Irán con confianza moderada.'],
  ['fr', 'Analyse | Par Laure Dubois Martin | 4 juin 2024', 'Nous attribuons cette campagne à l’Iran.'],
];
for (const [lang, header, body] of WRITER_BYLINES) {
  test(`${lang}: a header field "by <writer>" names no publishing body`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(!cs.some((c) => /^(?:By|Por|Par) /u.test(c.claimant)), show(cs));
  });
}

test('ru: a header of fields names the vendor, not a report section ("APT") or the team before it', () => {
  const header = 'Securelist | Отчеты об APT | Команда исследователей (GReAT), «Лаборатория Касперского» | 4 июня 2024 г. | Авторы: Иван Петров, Пётр Иванов, Сергей Смирнов';
  const cs = claimsOf('Рекомендуем организациям ограничить автозапуск из-за угрозы со стороны китайских хакеров.', 'ru', { header });
  assert.ok(cs.some((c) => c.claimant === 'Kaspersky' && c.stance === 'warns' && c.target === 'CN'), show(cs));
  assert.equal(cs.filter((c) => c.claimant !== 'Kaspersky').length, 0, show(cs));
});

/** [lang, sentence: a body, an apposition naming its parent, the speech verb] */
const APPOSITIONS: Array<[string, string]> = [
  ['es', 'La empresa Mandiant, de Google, publicó un informe que sostiene que hackers militares rusos estaban detrás del ataque.'],
  ['de', 'Mandiant, eine Tochter von Google, erklärte, russische Militärhacker steckten hinter dem Angriff.'],
  ['ru', 'Компания Mandiant, входящая в Google, заявила, что за атакой стоят российские военные хакеры.'],
  ['en', 'Mandiant, a unit of Google, said Russian military hackers were behind the attack.'],
];
for (const [lang, sentence] of APPOSITIONS) {
  test(`${lang}: a body named in an apposition ("X, part of Y, said") does not speak: its head does`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributesTo(cs, 'Mandiant', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Google'), show(cs));
  });
}
