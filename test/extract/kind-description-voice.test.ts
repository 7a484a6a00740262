/**
 * The voice of an organisation named before by its kind: the sources or the press service of a company or a ministry
 * described by its kind noun ("sources at the company", "Fuentes del departamento", "В пресс-службе компании"), and in
 * a language without articles the bare kind noun as the subject of a speech verb ("Công ty cảnh báo"). They speak for
 * the organisation of that kind named last before them (a company: claims/company-ref.ts; a ministry: its state,
 * claims/state-body.ts). An indefinite or plural noun ("a company", "các công ty") points back to no one. Sentences
 * invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

type Claim = { claimant: string; stance: string; target?: string | null };
const claims = (text: string): Claim[] => extract(text).claims as Claim[];
const show = (cs: Claim[]): string => JSON.stringify(cs.map((c) => [c.claimant, c.stance, c.target]));

const SPEAKS: Array<{ lang: string; text: string; claimant: string; stance: string; target: string }> = [
  { lang: 'en', text: 'Kaspersky published a report on Monday. Sources at the company said the APT28 group was linked to Russia.', claimant: 'Kaspersky', stance: 'attributes', target: 'RU' },
  { lang: 'es', text: 'El Ministerio de Defensa de España investiga un ciberataque. Fuentes del departamento confirmaron el incidente el martes.', claimant: 'ES', stance: 'confirms', target: 'ES' },
  { lang: 'ru', text: 'Компания Positive Technologies опубликовала отчёт. В пресс-службе компании заявили, что за атаками стоит группировка APT31, связанная с Китаем.', claimant: 'Positive Technologies', stance: 'attributes', target: 'CN' },
  { lang: 'vi', text: 'Hãng bảo mật Kaspersky vừa công bố báo cáo mới về APT41. Công ty cảnh báo tin tặc Trung Quốc có thể nhắm vào ngành viễn thông.', claimant: 'Kaspersky', stance: 'warns', target: 'CN' },
];

for (const { lang, text, claimant, stance, target } of SPEAKS) {
  test(`${lang}: the kind description speaks for ${claimant}`, () => {
    const cs = claims(text);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === stance && c.target === target), show(cs));
  });
}

// The nearest organisation of the kind is meant, not the first one named.
const NEAREST: Array<{ lang: string; text: string; near: string; far: string }> = [
  { lang: 'vi', text: 'Hãng bảo mật Kaspersky công bố báo cáo về APT41 hôm thứ Hai. Hôm thứ Ba, công ty ESET cũng công bố một báo cáo. Công ty cảnh báo tin tặc Trung Quốc có thể nhắm vào ngành viễn thông.', near: 'ESET', far: 'Kaspersky' },
  { lang: 'ru', text: 'Компания Kaspersky опубликовала отчёт в понедельник. Во вторник компания ESET выпустила свой отчёт. В пресс-службе компании заявили, что за атаками стоит группировка APT31, связанная с Китаем.', near: 'ESET', far: 'Kaspersky' },
];

for (const { lang, text, near, far } of NEAREST) {
  test(`${lang}: the kind description speaks for the nearest company (${near}, not ${far})`, () => {
    const cs = claims(text);
    assert.ok(cs.some((c) => c.claimant === near && c.target === 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === far && c.target === 'CN'), show(cs));
  });
}

// An indefinite or plural noun, or a description with no organisation of its kind before it, speaks for no one named.
const NOBODY: Array<{ lang: string; text: string; not: string }> = [
  { lang: 'en', text: 'Kaspersky published a report on Monday. Sources at a company said the APT28 group was linked to Russia.', not: 'Kaspersky' },
  { lang: 'vi', text: 'Hãng bảo mật Kaspersky vừa công bố báo cáo mới về APT41. Các công ty cảnh báo tin tặc Trung Quốc có thể nhắm vào ngành viễn thông.', not: 'Kaspersky' },
  { lang: 'ru', text: 'Отчёт опубликован в понедельник. В пресс-службе компании заявили, что за атаками стоит группировка APT31, связанная с Китаем.', not: 'CN' },
];

for (const { lang, text, not } of NOBODY) {
  test(`${lang}: no claim by or on ${not}: ${text.slice(0, 50)}`, () => {
    const cs = claims(text);
    assert.ok(!cs.some((c) => (c.claimant === not && c.target !== not) || (not === 'CN' && c.target === 'CN')), show(cs));
  });
}

test('es: sources of an investigation are no ministry', () => {
  const cs = claims('El Ministerio de Defensa de España investiga un ciberataque. Fuentes de la investigación confirmaron la detección del ataque.');
  assert.ok(!cs.some((c) => c.claimant === 'ES' && c.stance === 'confirms'), show(cs));
});
