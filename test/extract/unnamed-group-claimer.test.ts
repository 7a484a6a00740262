/**
 * A group's claim of its own act whose claimer is a group left unnamed: the subject after an inverted cue
 * ("ответственность за сбой взяла на себя хакерская группировка ...", "zu dem Angriff bekannte sich eine
 * Hackergruppe ...", "el ataque lo reivindicó un grupo ...") or a group noun right before the cue 
 * đã xâm nhập ...", "The group claimed to have breached ...", "该组织宣称已入侵 ..."). No state of the clause claims
 * it: not the one who tells of the claim, not a state word in the group's self-chosen name, not the victim after the
 * cue. Positives keep a named group, and a state service named as the inverted subject, as the claimer. Names and
 * events invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const stateOwns = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => /^[A-Z]{2}$/.test(c.claimant) && c.stance === 'attributes' && c.target === c.claimant);

for (const [lang, body] of [
  ['ru', 'Пресс-секретарь правительства Чехии сообщил, что ответственность за сбой взяла на себя «пророссийская хакерская группировка».'],
  ['ru', 'В апреле ответственность за взлом сетей министерства финансов Кении взяла на себя группировка, называющая себя «Киберлегионом Уганды».'],
  ['de', 'Zu dem Angriff bekannte sich eine Hackergruppe, die sich „Cyberlegion Ugandas“ nennt.'],
  ['es', 'El ataque lo reivindicó un grupo que se hace llamar «Ciberlegión de Uganda».'],
  ['es', 'Según el Gobierno checo, el ataque lo reivindicó un grupo de hackers prorrusos.'],
  ['vi', 'Nhóm này tự nhận đã đánh cắp dữ liệu từ máy chủ của Bộ Quốc phòng Hàn Quốc.'],
  ['vi', 'Nhóm tin tặc này tuyên bố đã tấn công mạng lưới của Bộ Tài chính Brazil.'],
  ['en', 'The group claimed to have breached the servers of the South Korean defence ministry.'],
  ['fr', 'Le groupe affirme avoir piraté les serveurs du ministère sud-coréen de la Défense.'],
  ['zh', '该组织宣称已入侵韩国国防部的系统。'],
] as const) {
  test(`${lang}: an unnamed group claims, no state does (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Hackers claim ministry breach' });
    assert.ok(!stateOwns(cs), show(cs));
  });
}

for (const [lang, body, who] of [
  ['ru', 'Ответственность за атаку на порт взяла на себя военная разведка Украины.', 'UA'],
  ['ru', 'Ответственность за атаку на порт взяла на себя хакерская группировка Killnet.', 'Killnet'],
  ['es', 'El colectivo Velvet Scarab se atribuyó el ataque contra la red de Kenia.', 'Velvet Scarab'],
] as const) {
  test(`${lang}: a named claimer still claims: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Hackers claim port attack' });
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'attributes' && c.target === who), show(cs));
  });
}
