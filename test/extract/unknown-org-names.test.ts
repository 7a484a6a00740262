/**
 * Organisations the knowledge base does not know, recognised by how the text names them: a word for a company
 * before the name where every noun is capitalised ("das Sicherheitsunternehmen Korvane", "die Firma Tessaline
 * Security"), a word companies and labs are named with closing a Latin-script name ("Tessaline Security",
 * "Brannock Networks") in any language, and in Cyrillic text a Latin-script name that opens its clause as the
 * subject of a speech verb ("Специалисты Solvik 9Labs заявили"), a word that opens with digits included.
 * Negatives: a company word with no name after it ("die Firma erklärte"), a common noun after it, a phrase of
 * descriptive words ("National Security"), a Latin-script name in another's phrase. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyberangriff auf Stadtwerke' };

for (const [lang, body, claimant, target] of [
  ['de', 'Das Sicherheitsunternehmen Korvane erklärte am Dienstag, hinter der Angriffswelle stecke eine russische Hackergruppe.', 'Korvane', 'RU'],
  ['de', 'Die Firma Tessaline Security teilte mit, die Hacker handelten im Auftrag Chinas.', 'Tessaline Security', 'CN'],
  ['de', 'Tessaline Security teilte mit, die Hacker handelten im Auftrag Chinas.', 'Tessaline Security', 'CN'],
  ['de', 'Die US-Softwarefirma Brannock Networks führt die Angriffe auf iranische Hacker zurück.', 'Brannock Networks', 'IR'],
  ['ru', 'Специалисты Solvik 9Labs заявили, что за взломом стоят китайские хакеры.', 'Solvik 9Labs', 'CN'],
  ['ru', 'Компания Korvane сообщила, что за взломом стоят иранские хакеры.', 'Korvane', 'IR'],
  ['ru', 'Brannock Networks сообщила, что за взломом стоят северокорейские хакеры.', 'Brannock Networks', 'KP'],
  ['fr', 'Brannock Networks a affirmé que les pirates travaillaient pour la Chine.', 'Brannock Networks', 'CN'],
  ['es', 'La empresa Korvane afirmó que los piratas trabajaban para Irán.', 'Korvane', 'IR'],
  ['vi', 'Hãng bảo mật Tessaline Security cho biết tin tặc Trung Quốc đứng sau vụ tấn công.', 'Tessaline Security', 'CN'],
] as const) {
  test(`${lang}: an organisation named by its form speaks: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

test('de: a company word then a verb names no one (negative)', () => {
  const cs = claimsOf('Die Firma erklärte, hinter dem Angriff stecke Russland.', 'de', title);
  assert.ok(!cs.some((c) => c.claimant !== 'RU' && c.claimant !== 'DE' && c.stance === 'attributes'), show(cs));
});

test('de: a common noun after a company word is no name (negative)', () => {
  const cs = claimsOf('Die Kunden wurden informiert. Wie das Unternehmen Kunden mitteilte, stecke Russland hinter dem Angriff.', 'de', title);
  assert.ok(!cs.some((c) => c.claimant === 'Kunden'), show(cs));
});

for (const phrase of ['National Security', 'Endpoint Security', 'IT Security']) {
  test(`de: descriptive words closing in an organisation word are no name (negative): ${phrase}`, () => {
    const cs = claimsOf(`${phrase} erklärte, hinter dem Angriff stecke Russland.`, 'de', title);
    assert.ok(!cs.some((c) => c.claimant === phrase), show(cs));
  });
}

test('ru: a Latin-script name inside another phrase does not speak (negative)', () => {
  const cs = claimsOf('История с Korvane Panda лишь подтверждает, что за взломом стоят китайские хакеры.', 'ru', title);
  assert.ok(!cs.some((c) => c.claimant === 'Korvane Panda'), show(cs));
});

test('ru: digits opening a word of a name make no separate acronym', () => {
  const cs = claimsOf('Специалисты Solvik 9LABS заявили, что за взломом стоят китайские хакеры.', 'ru', title);
  assert.ok(!cs.some((c) => c.claimant === 'LABS'), show(cs));
});

for (const [body, claimant, target] of [
  ['蓝岭信息公司表示，这批网络攻击来自印度。', '蓝岭信息', 'IN'],
  ['白桦科技实验室指出，该黑客组织与韩国有关。', '白桦科技实验室', 'KR'],
  ['4月2日，青岩安全研究院周三表示，这批网络攻击来自越南。', '青岩安全研究院', 'VN'],
] as const) {
  test(`zh: a body named by its own name and its kind speaks: ${body.slice(0, 20)}`, () => {
    const cs = claimsOf(body, 'zh', title);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const body of [
  '该公司表示，这批网络攻击来自印度。',
  '网络安全公司表示，这批网络攻击来自印度。',
  '一家科技公司表示，这批网络攻击来自印度。',
  '国家应急中心和蓝岭公司日前联合发布报告，指出这批网络攻击来自印度。',
]) {
  test(`zh: a back-reference, a descriptor or a coordination names no body (negative): ${body.slice(0, 20)}`, () => {
    const cs = claimsOf(body, 'zh', title);
    assert.ok(!cs.some((c) => /公司|网络安全|科技|蓝岭/u.test(c.claimant)), show(cs));
  });
}

for (const body of [
  'По данным Korvane, за взломом стоят китайские хакеры.',
  'Как сообщала компания Korvane, за взломом стоят китайские хакеры.',
  'Как сообщала Korvane, за взломом стоят китайские хакеры.',
]) {
  test(`ru: a Latin-script name after a source marker is the source: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'ru', title);
    assert.ok(attributes(cs, 'Korvane', 'CN'), show(cs));
  });
}

test('ru: a Latin-script name as the object of an attack names no source (negative)', () => {
  const cs = claimsOf('Китайские хакеры атаковали Korvane, заявили в полиции.', 'ru', title);
  assert.ok(!cs.some((c) => c.claimant === 'Korvane'), show(cs));
});
