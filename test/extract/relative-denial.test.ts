/**
 * A denial attached to the accusation in the same sentence, in a clause of its own after a comma whose subject is the
 * accused: "..., was Minsk zurückweist" (the separable verb joined at the end of a subordinate clause), "..., cáo buộc mà
 * Minsk bác bỏ" (the noun heading the relative clause, not the verb "accuse"), and a subject that is a body named with
 * its state, two parties side by side ("..., что МИД Белоруссии отрицает", "，白俄罗斯外交部否认"), or a capital after a source preposition with an
 * impersonal verb ("..., что в Минске отрицают"). The party in the
 * clause denies (target itself); the accusation before the comma stays its accuser's. Negatives: a clause that reports
 * rather than denies, and a clause whose subject is the accuser. Sentences written for this test; the states are real, the events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const denies = (cs: ReturnType<typeof claimsOf>, who: string): boolean => cs.some((c) => c.claimant === who && c.stance === 'denies' && c.target === who);
const anyDenial = (cs: ReturnType<typeof claimsOf>): boolean => cs.some((c) => c.stance === 'denies');

const POSITIVES: Array<[lang: string, body: string, accuser: string, accused: string]> = [
  ['de', 'Litauen macht Belarus für die Angriffe auf das Stromnetz verantwortlich, was Minsk zurückweist.', 'LT', 'BY'],
  ['de', 'Norwegen wirft Russland vor, hinter dem Einbruch in das Netz des Parlaments zu stehen, was Moskau entschieden zurückwies.', 'NO', 'RU'],
  ['vi', 'Nhật Bản cáo buộc Triều Tiên đánh cắp tiền điện tử của các sàn giao dịch, cáo buộc mà Bình Nhưỡng bác bỏ.', 'JP', 'KP'],
  ['vi', 'Hà Lan cáo buộc Nga đứng sau vụ xâm nhập mạng của cảng biển, một cáo buộc mà Moskva phủ nhận.', 'NL', 'RU'],
  ['ru', 'Литва обвинила Белоруссию в атаках на энергосеть, что МИД Белоруссии отрицает.', 'LT', 'BY'],
  ['ru', 'Япония обвинила КНДР в краже криптовалюты с бирж, что МИД КНДР отвергает.', 'JP', 'KP'],
  // The denier named by its capital after a source preposition, the verb impersonal ("что в Минске отрицают").
  ['ru', 'Литва обвинила Белоруссию в атаках на энергосеть, что в Минске отрицают.', 'LT', 'BY'],
  ['ru', 'Норвегия приписала России взлом сети парламента, что в Москве отвергают.', 'NO', 'RU'],
  ['zh', '日本指责朝鲜窃取加密货币交易所的资金，朝鲜外交部否认。', 'JP', 'KP'],
  ['zh', '挪威指责俄罗斯入侵议会网络，俄罗斯外交部随即予以驳斥。', 'NO', 'RU'],
];

for (const [lang, body, accuser, accused] of POSITIVES) {
  test(`${lang}: the accused denies in a clause of its own after the accusation`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(denies(cs, accused), `${body}\n${show(cs)}`);
    assert.ok(!denies(cs, accuser), `${body}\n${show(cs)}`);
    assert.ok(attributes(cs, accuser, accused), `${body}\n${show(cs)}`);
  });
}

const NEGATIVES: Array<[lang: string, body: string, accuser: string, accused: string]> = [
  // A clause that reports: no denial.
  ['en', 'Japan blamed North Korea for the thefts from the exchanges, which Tokyo reported to the United Nations.', 'JP', 'KP'],
  ['de', 'Litauen macht Belarus für die Angriffe auf das Stromnetz verantwortlich, was Vilnius am Mittwoch mitteilte.', 'LT', 'BY'],
  // The subject of the clause is the accuser: no denial.
  ['ru', 'Литва обвинила Белоруссию в атаках на энергосеть, о чём МИД Литвы сообщил в среду.', 'LT', 'BY'],
  ['zh', '日本指责朝鲜窃取加密货币交易所的资金，日本外交部在声明中说。', 'JP', 'KP'],
  // A capital after a source preposition in a clause that reports: no denial.
  ['ru', 'Литва обвинила Белоруссию в атаках на энергосеть, о чём в Вильнюсе сообщили в среду.', 'LT', 'BY'],
  ['vi', 'Nhật Bản cáo buộc Triều Tiên đánh cắp tiền điện tử của các sàn giao dịch, điều mà Tokyo đã báo cáo lên Liên Hợp Quốc.', 'JP', 'KP'],
  ['vi', 'Nhật Bản cáo buộc Triều Tiên đánh cắp tiền điện tử, cáo buộc mà Tokyo nhắc lại tại Liên Hợp Quốc.', 'JP', 'KP'],
];

for (const [lang, body, accuser, accused] of NEGATIVES) {
  test(`${lang}: a clause after the accusation that denies nothing gives no denial`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!anyDenial(cs), `${body}\n${show(cs)}`);
    assert.ok(attributes(cs, accuser, accused), `${body}\n${show(cs)}`);
  });
}
