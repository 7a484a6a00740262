/**
 * A report or a statement as the subject opening a sentence with a verb of warning or accusing ("El informe advierte
 * que ...", "Le rapport met en garde contre ...", "Tuyên bố cũng cảnh báo rằng ..."): no speech frame reads it, yet it
 * speaks for every author the text lists as issuing it ("Las empresas X e Y publicaron un informe"), as a report that
 * says something does (coalition.ts reportCoauthors). A statement named again at the start of a Vietnamese sentence
 * ("Tuyên bố cũng cảnh báo ...") is the statement's issuers', even after a sentence that names another party.
 * Negatives: a report about a firm (the firm wrote nothing), a report of one author (no co-author), "tuyên bố" as the
 * verb after its subject. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, who: string, stance: string, target: string) =>
  cs.some((c) => c.claimant === who && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')) && c.target === target);

for (const [lang, body, authors, stance, target] of [
  ['es', 'Las empresas Velmora y Brightwater publicaron el martes un informe sobre el grupo. El informe advierte que Rusia prepara nuevos ataques contra redes eléctricas.', ['Velmora', 'Brightwater'], 'warns', 'RU'],
  ['es', 'Las empresas Velmora y Brightwater publicaron el martes un informe sobre el grupo. El informe acusa a Rusia de los ataques contra redes eléctricas.', ['Velmora', 'Brightwater'], 'attributes', 'RU'],
  ['fr', 'Les sociétés Velmora et Brightwater ont publié mardi un rapport sur ce groupe. Le rapport met en garde contre de nouvelles attaques de la Russie.', ['Velmora', 'Brightwater'], 'warns', 'RU'],
  ['vi', 'Công ty Velmora và công ty Brightwater công bố báo cáo về nhóm tin tặc này. Báo cáo này cảnh báo rằng Nga đang chuẩn bị các vụ tấn công mới.', ['Velmora', 'Brightwater'], 'warns', 'RU'],
  ['vi', 'Hoa Kỳ và Nhật Bản hôm thứ Ba phát hành tuyên bố chung liên quan tới hoạt động mạng của Bình Nhưỡng. Những nhóm hacker này nhận sự hậu thuẫn của Triều Tiên. Tuyên bố cũng cảnh báo Triều Tiên có thể nhắm vào ngân hàng trong khu vực.', ['US', 'JP'], 'warns', 'KP'],
  ['vi', 'Ngày 9/4, ba chính phủ Hoa Kỳ, Nhật Bản cùng Hàn Quốc công bố một tuyên bố chung. Những nhóm hacker này nhận sự hậu thuẫn của Triều Tiên. Tuyên bố còn cảnh báo Triều Tiên có thể nhắm vào ngân hàng trong khu vực.', ['US', 'JP', 'KR'], 'warns', 'KP'],
] as const) {
  test(`${lang}: a report or statement opening its sentence warns or accuses for each author: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    for (const a of authors) assert.ok(has(cs, a, stance, target), `${a} ${show(cs)}`);
  });
}

for (const [lang, body, notWho] of [
  // a report about a firm: the firm wrote nothing
  ['es', 'La empresa Velmora publicó el martes un informe sobre la empresa Brightwater. El informe advierte que Rusia prepara nuevos ataques contra redes eléctricas.', 'Brightwater'],
  ['fr', 'La société Velmora a publié mardi un rapport sur la société Brightwater. Le rapport met en garde contre de nouvelles attaques de la Russie.', 'Brightwater'],
  // "tuyên bố" as the verb after its subject: no statement referred back to
  ['vi', 'Hoa Kỳ và Nhật Bản hôm thứ Ba phát hành tuyên bố chung. Đại sứ quán Triều Tiên tuyên bố cũng cảnh báo Hàn Quốc có thể nhắm vào ngân hàng trong khu vực.', 'JP'],
] as const) {
  test(`${lang}: no co-author from a report about a party, nor a statement verb (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(!cs.some((c) => c.claimant === notWho), show(cs));
  });
}

test('vi: a statement named again speaks for its issuers, not for the party of the sentence before', () => {
  const cs = claimsOf('Ngày 9/4, Hoa Kỳ và Nhật Bản phát hành tuyên bố chung. Những nhóm hacker này nhận sự hậu thuẫn của Triều Tiên. Tuyên bố cũng cảnh báo Triều Tiên có thể nhắm vào ngân hàng trong khu vực.', 'vi', { title: 'Cyberattack' });
  assert.ok(!cs.some((c) => c.claimant === 'KP' && c.stance === 'warns'), show(cs));
  assert.ok(has(cs, 'US', 'warns', 'KP'), show(cs));
});
