/**
 * A demand for an inquiry is a call though no party is addressed ("demanded an independent inquiry", "exigió una
 * investigación independiente", "ha exigido que la investigación alcance a ...", "a réclamé une enquête", "yêu cầu điều
 * tra"): the demanding party or group calls for it. Negatives: a demand of anything else with no addressee ("demanded a
 * ransom", "exige explicaciones", "yêu cầu tiền chuộc") and an inquiry in another clause ("demanded payment, an
 * investigation found") or told as demanded by someone ("l'enquête réclamée par ...") are no call. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const LEAD: Record<string, string> = {
  en: 'Russian hackers broke into the phone of the foreign secretary, officials said.',
  es: 'Hackers rusos entraron en el teléfono del ministro, según el gobierno.',
  fr: 'Des pirates russes ont piraté le téléphone du ministre, selon le gouvernement.',
  vi: 'Tin tặc Nga đã xâm nhập điện thoại của bộ trưởng, chính phủ cho biết.',
};

const CALLS: Array<{ lang: string; line: string; claimant: string }> = [
  { lang: 'en', line: 'Amnesty International demanded an independent inquiry.', claimant: 'Amnesty International' },
  { lang: 'en', line: 'The Liberal Democrats demanded an urgent investigation into the hack.', claimant: 'Liberal Democrats' },
  { lang: 'es', line: 'Amnistía Internacional exigió una investigación independiente.', claimant: 'Amnesty International' },
  { lang: 'es', line: 'Amnistía Internacional ha exigido que la investigación alcance a los responsables.', claimant: 'Amnesty International' },
  { lang: 'fr', line: 'Amnesty International a réclamé une enquête indépendante.', claimant: 'Amnesty International' },
  { lang: 'fr', line: 'Amnesty International a exigé une enquête indépendante.', claimant: 'Amnesty International' },
  { lang: 'vi', line: 'Tổ chức Ân xá Quốc tế yêu cầu điều tra độc lập.', claimant: 'Amnesty International' },
  { lang: 'vi', line: 'Đảng Likud cũng yêu cầu mở cuộc điều tra.', claimant: 'Likud' },
];

for (const c of CALLS) {
  test(`${c.lang}: "${c.line.slice(0, 50)}..." is ${c.claimant}'s call`, () => {
    const cs = claimsOf(`${LEAD[c.lang]} ${c.line}`, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.claimant && x.stance === 'calls-for'), show(cs));
  });
}

const NONE: Array<{ lang: string; line: string }> = [
  { lang: 'en', line: 'The hackers demanded payment, an investigation found.' },
  { lang: 'en', line: 'Amnesty International demanded explanations.' },
  { lang: 'en', line: 'The hackers demanded a ransom of ten million dollars.' },
  { lang: 'es', line: 'Amnistía Internacional exige explicaciones.' },
  { lang: 'es', line: 'Los hackers exigieron un rescate de diez millones.' },
  { lang: 'fr', line: 'Les pirates ont réclamé une rançon de dix millions.' },
  { lang: 'fr', line: "L'enquête réclamée par Amnesty International n'a pas abouti." },
  { lang: 'vi', line: 'Nhóm tin tặc yêu cầu tiền chuộc mười triệu USD.' },
  { lang: 'vi', line: 'Tổ chức Ân xá Quốc tế yêu cầu giải thích.' },
];

for (const c of NONE) {
  test(`${c.lang}: "${c.line.slice(0, 50)}..." calls for nothing`, () => {
    const cs = claimsOf(`${LEAD[c.lang]} ${c.line}`, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for' && x.evidence.text.startsWith(c.line.slice(0, 20))), show(cs));
  });
}
