/**
 * Amnesty International in the forms other languages write it ("Amnistía Internacional", "Международная
 * амнистия", "国际特赦组织", "Tổ chức Ân xá Quốc tế") is a known party that makes its own calls, not a
 * person's name. A party inside a phrase of support ("with the technical support of X's lab", "con el
 * apoyo técnico del laboratorio de X", "avec le soutien technique du laboratoire de X") backs the act of
 * the sentence's subject and does not speak; the agent of the subject's participle does.
 * Negative: without a phrase of support, the party before the verb still speaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CALLS: Array<{ lang: string; body: string }> = [
  { lang: 'es', body: 'Amnistía Internacional pidió a las autoridades mexicanas que investiguen el espionaje con Pegasus.' },
  { lang: 'ru', body: 'Международная амнистия призвала власти Мексики расследовать шпионаж с помощью Pegasus.' },
  { lang: 'zh', body: '国际特赦组织呼吁墨西哥当局调查利用飞马间谍软件监视记者的行为。' },
  { lang: 'vi', body: 'Tổ chức Ân xá Quốc tế kêu gọi chính quyền Mexico điều tra việc dùng phần mềm gián điệp Pegasus theo dõi nhà báo.' },
];

for (const c of CALLS) {
  test(`${c.lang}: Amnesty International in the language's own form makes the call`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'Amnesty International' && x.stance === 'calls-for'), show(cs));
  });
}

const SUPPORT: Array<{ lang: string; body: string; plain: string }> = [
  {
    lang: 'es',
    body: 'La investigación, coordinada por Citizen Lab con el apoyo técnico del laboratorio de Amnistía Internacional, señaló que los servicios marroquíes utilizaron Pegasus para espiar a periodistas.',
    plain: 'La investigación del laboratorio de Amnistía Internacional señaló que los servicios marroquíes utilizaron Pegasus para espiar a periodistas.',
  },
  {
    lang: 'en',
    body: 'The investigation, coordinated by Citizen Lab with the technical support of a lab run by Amnesty International, said that Moroccan services used Pegasus to spy on journalists.',
    plain: 'The investigation by Amnesty International said that Moroccan services used Pegasus to spy on journalists.',
  },
  {
    lang: 'fr',
    body: "L'enquête, coordonnée par Citizen Lab avec le soutien technique du laboratoire d'Amnesty International, a indiqué que les services marocains ont utilisé Pegasus pour espionner des journalistes.",
    plain: "L'enquête du laboratoire d'Amnesty International a indiqué que les services marocains ont utilisé Pegasus pour espionner des journalistes.",
  },
];

for (const c of SUPPORT) {
  test(`${c.lang}: a party lending support to the subject's act does not speak`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'Amnesty International'), show(cs));
    assert.ok(cs.some((x) => x.claimant === 'Citizen Lab' && x.target === 'MA'), show(cs));
  });
  test(`${c.lang}: without a phrase of support the party speaks (negative)`, () => {
    const cs = claimsOf(c.plain, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'Amnesty International' && x.target === 'MA'), show(cs));
  });
}
