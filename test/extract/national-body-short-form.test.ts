/**
 * A national body of a generic kind (an election commission, a social-security fund, a national police, a privacy
 * authority) written out with its short form in brackets, its name holding no organ noun: the short form speaks for
 * the state written in the name ("la Caja Boliviana de Seguridad Social (CABSS)"), else for
 * the article's home state (its dateline), not as an organisation of its own (national-body.ts).
 * Negatives: a company's or a club's name in brackets keeps its organisation; a kind in lower case after a verb phrase
 * names no body; a state before a verb in Han script is no part of the body's name. Names and events invented for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirmedBy = (cs: ReturnType<typeof claimsOf>, state: string) => cs.some((c) => c.claimant === state && c.stance === 'confirms');

for (const [lang, body, state, short] of [
  ['es', 'La Caja Boliviana de Seguridad Social (CABSS) confirmó el jueves que sufrió un ataque informático contra los servidores de sus clínicas.', 'BO', 'CABSS'],
  ['en', 'The Mongolian Commission on Elections (Sonkom) confirmed on Friday that intruders of the Grey Heron crew had copied its polling-station rolls.', 'MN', 'Sonkom'],
] as const) {
  test(`${lang}: a national body's short form speaks for the state in its name: ${short}`, () => {
    const cs = claimsOf(body, lang, { title: 'Rolls stolen' });
    assert.ok(confirmedBy(cs, state), show(cs));
    assert.ok(!cs.some((c) => c.claimant === short), show(cs));
  });
}

for (const [lang, body, state, short] of [
  ['en', 'ULAANBAATAR, 4 June 2024 - The Commission on Elections (Sonkom) confirmed on Tuesday that intruders of the Grey Heron crew had copied its polling-station rolls.', 'MN', 'Sonkom'],
  ['es', 'NAIROBI, 4 de junio de 2024 - El Instituto de Seguridad Social (ISSK) confirmó el martes que sufrió un ataque informático contra los servidores de sus clínicas.', 'KE', 'ISSK'],
  ['zh', '新华社乌兰巴托6月4日电 国家选举委员会（GEC）4日证实，灰鹭团体窃取了投票站名册。', 'MN', 'GEC'],
  ['zh', '乌兰巴托6月4日电 社会保障基金（SSF）证实，灰鹭团体窃取了投保人名册。', 'MN', 'SSF'],
  ['ru', 'УЛАН-БАТОР, 4 июня – Центральная избирательная комиссия (ЦИКМ) во вторник подтвердила, что группировка Серая Цапля похитила списки участков.', 'MN', 'TsIKM'],
  ['ru', 'УЛАН-БАТОР, 4 июня – Фонд социального страхования (ФСС) во вторник подтвердил, что группировка Серая Цапля похитила списки застрахованных.', 'MN', 'FSS'],
  ['fr', "CHISINAU, 4 juin 2024 - La Police nationale (PNM) a confirmé mardi que le collectif Héron gris avait piraté ses fichiers d'enquête.", 'MD', 'PNM'],
] as const) {
  test(`${lang}: a national body's short form with no state in its name speaks for the dateline's state: ${short}`, () => {
    const cs = claimsOf(body, lang, { title: 'Rolls stolen' });
    assert.ok(confirmedBy(cs, state), show(cs));
    assert.ok(!cs.some((c) => c.claimant === short), show(cs));
  });
}

for (const [lang, body, org] of [
  ['en', 'ULAANBAATAR, 4 June 2024 - The Steppe Mining Company (SMC) confirmed on Tuesday that a cyberattack by the Grey Heron crew hit its payroll servers.', 'Steppe Mining Company'],
  ['es', 'NAIROBI, 4 de junio de 2024 - El Club Deportivo Rift (CDR) confirmó el martes que sufrió un ataque informático contra los servidores de su tienda.', 'Club Deportivo Rift'],
] as const) {
  test(`${lang}: a bracketed short form of a name of no national body's kind keeps its organisation (negative): ${org}`, () => {
    const cs = claimsOf(body, lang, { title: 'Files stolen' });
    assert.ok(cs.some((c) => c.claimant.includes(org) && c.stance === 'confirms'), show(cs));
    assert.ok(!cs.some((c) => /^[A-Z]{2}$/u.test(c.claimant)), show(cs));
  });
}

test('en: a kind in lower case after a verb phrase names no body, and its short form takes no state (negative)', () => {
  const cs = claimsOf('ULAANBAATAR, 4 June 2024 - Intruders hit the national police (NPM) last week.\nThe NPM confirmed on Tuesday that the Grey Heron crew had copied its case files.', 'en', { title: 'Files stolen' });
  assert.ok(!cs.some((c) => c.claimant === 'MN' && c.stance === 'confirms'), show(cs));
});

test('zh: a state before a verb is no part of the body name in Han script (negative)', () => {
  const cs = claimsOf('俄罗斯黑客攻击了国家选举委员会（GEC）的网站。\nGEC周五证实，灰鹭团体窃取了投票站名册。', 'zh', { title: '名册被窃' });
  assert.ok(!cs.some((c) => c.claimant === 'RU' && c.stance === 'confirms'), show(cs));
});

test('zh: a national privacy body\'s call is its home state\'s', () => {
  const cs = claimsOf('新华社乌兰巴托6月4日电 国家隐私委员会（NPCM）4日要求电信公司说明数据保护措施。', 'zh', { title: '名册被窃' });
  assert.ok(cs.some((c) => c.claimant === 'MN' && c.stance === 'calls-for'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'NPCM'), show(cs));
});
