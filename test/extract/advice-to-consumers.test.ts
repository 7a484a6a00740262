/**
 * Advice to consumers (advice-call.ts): a verb of advice ("recommends", "recommande", "рекомендовала",
 * "recomendó", "khuyến cáo", "建议") addressed to consumers right after it ("users", "ses clients",
 * "пользователям", "người dùng", "所有用户") is a call on no party, not the advisor's warning.
 * Negatives (near misses): the same advice to organisations stays a warning; advice by unnamed experts, or
 * told in the narrator's voice, is no claim; a warning verb read first in the sentence keeps its warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; consumers: string; organisations: string; experts: string }> = [
  {
    lang: 'en',
    consumers: 'Avast recommends users to install the latest update of the browser.',
    organisations: 'Avast recommends organizations to restrict remote access to their servers.',
    experts: 'Experts recommend users to install the latest update of the browser.',
  },
  {
    lang: 'fr',
    consumers: "Avast recommande à ses clients d'installer la dernière mise à jour du navigateur.",
    organisations: "Avast recommande aux organisations de restreindre l'accès à distance.",
    experts: 'Les experts recommandent aux utilisateurs de mettre à jour leur navigateur.',
  },
  {
    lang: 'vi',
    consumers: 'Avast khuyến cáo người dùng cập nhật trình duyệt lên phiên bản mới nhất.',
    organisations: 'Avast khuyến cáo các tổ chức hạn chế truy cập từ xa.',
    experts: 'Các chuyên gia khuyến cáo người dùng cập nhật trình duyệt.',
  },
  {
    lang: 'zh',
    consumers: 'Avast建议所有用户及时更新浏览器。',
    organisations: 'Avast建议各机构限制远程访问。',
    experts: '专家建议用户及时更新浏览器。',
  },
  {
    lang: 'ru',
    consumers: 'Avast рекомендовала пользователям обновить браузер.',
    organisations: 'Avast рекомендовала организациям ограничить удаленный доступ.',
    experts: 'Эксперты рекомендуют пользователям обновить браузер.',
  },
  {
    lang: 'es',
    consumers: 'Avast recomendó a los usuarios actualizar el navegador.',
    organisations: 'Avast recomendó a las organizaciones restringir el acceso remoto.',
    experts: 'Los expertos recomiendan a los usuarios actualizar el navegador.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: advice to consumers is a call on no party`, () => {
    const cs = claimsOf(c.consumers, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'Avast' && x.stance === 'calls-for' && !x.target), show(cs));
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
  test(`${c.lang}: the same advice to organisations stays a warning (negative)`, () => {
    const cs = claimsOf(c.organisations, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'Avast' && x.stance === 'warns'), show(cs));
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
  test(`${c.lang}: advice to consumers by unnamed experts is no claim (negative)`, () => {
    const cs = claimsOf(c.experts, c.lang);
    assert.equal(cs.length, 0, show(cs));
  });
}

test('en: the vendor named before still calls after its attribution', () => {
  const cs = claimsOf('Avast said the Turla group was behind the intrusion. Avast recommends users to install the latest update of the browser.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'Avast' && x.stance === 'calls-for' && !x.target), show(cs));
  assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
});

test('en: advice told in the narrator\'s voice is no claim (negative)', () => {
  const cs = claimsOf('It is recommended that users install the latest update of the browser.', 'en');
  assert.equal(cs.length, 0, show(cs));
});

test('en: a product review recommending a device is no claim (negative)', () => {
  const cs = claimsOf('The reviewer recommends the phone to users who travel often.', 'en');
  assert.equal(cs.length, 0, show(cs));
});

test('en: a warning verb read first keeps the sentence a warning (negative)', () => {
  const cs = claimsOf('Avast warned of the Turla group and recommended users to update the browser.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'Avast' && x.stance === 'warns'), show(cs));
  assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
});
