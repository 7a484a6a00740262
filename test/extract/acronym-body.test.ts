/**
 * A state body known by its acronym with no state spelt beside it ("В ЦИК подтвердили ...", "La CENI a confirmé ...",
 * "ЦБ подтвердил ...") opening the sentence speaks for the text's home state (acronym-body.ts, state-body.ts), not
 * as an organisation of its own. Negatives: an acronym the profile does not list as a state body (a company, an
 * international body) keeps its organisation; two states and no home state leave the body to no one. Names invented
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Election servers hit' };

for (const [lang, body, state] of [
  ['ru', 'КИШИНЕВ, 3 марта 2024 - Неизвестные хакеры атаковали серверы избирательной комиссии Молдавии в ночь подсчёта голосов.\nВ ЦИК тогда подтвердили, что группировка Ночной Сокол похитила списки наблюдателей.', 'MD'],
  ['fr', "NIAMEY, 3 mars 2024 - Des pirates ont visé les serveurs électoraux du Niger pendant la nuit du dépouillement.\nLa CENI a confirmé que le groupe Faucon Noir avait dérobé les listes des observateurs.", 'NE'],
  ['ru', 'КИШИНЕВ, 3 марта 2024 - Неизвестные хакеры атаковали серверы почтовой службы Молдавии в ночь на понедельник.\nВ МВД позже подтвердили, что группировка Ночной Сокол похитила базы клиентов.', 'MD'],
  ['ru', 'КИШИНЕВ, 3 марта 2024 - Неизвестные хакеры атаковали серверы платёжной системы Молдавии в ночь на понедельник.\nЦБ подтвердил, что группировка Ночной Сокол похитила реестр переводов.', 'MD'],
] as const) {
  test(`${lang}: a state body's acronym speaks for the home state: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(cs.some((c) => c.claimant === state && c.stance === 'confirms'), show(cs));
    assert.ok(!cs.some((c) => /^(?:ЦИК|МВД|ЦБ|MVD|TsB|CENI)$/u.test(c.claimant)), show(cs));
  });
}

for (const [lang, body, org] of [
  ['ru', 'КИШИНЕВ, 3 марта 2024 - Неизвестные хакеры атаковали серверы оператора связи в ночь подсчёта голосов.\nВ МТС тогда подтвердили, что группировка Ночной Сокол похитила списки абонентов.', 'MTS'],
  ['fr', "NIAMEY, 3 mars 2024 - Des pirates ont visé les serveurs électoraux du Niger pendant la nuit du dépouillement.\nLa CEDEAO a confirmé que le groupe Faucon Noir avait dérobé les listes des observateurs.", 'CEDEAO'],
] as const) {
  test(`${lang}: a company's or an international body's acronym keeps its organisation (negative): ${org}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(cs.some((c) => c.claimant === org), show(cs));
    assert.ok(!cs.some((c) => /^[A-Z]{2}$/u.test(c.claimant)), show(cs));
  });
}

for (const [lang, body] of [
  ['ru', 'Неизвестные хакеры атаковали серверы избирательных комиссий Молдавии и Румынии в ночь подсчёта голосов.\nВ ЦИК тогда подтвердили, что группировка Ночной Сокол похитила списки наблюдателей.'],
  ['fr', "Des pirates ont visé les serveurs électoraux du Niger et du Tchad pendant la nuit du dépouillement.\nLa CENI a confirmé que le groupe Faucon Noir avait dérobé les listes des observateurs."],
] as const) {
  test(`${lang}: two states and no home state leave the acronym's body to no one (negative)`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.stance === 'confirms' && /^[A-Z]{2}$/u.test(c.claimant)), show(cs));
  });
}
