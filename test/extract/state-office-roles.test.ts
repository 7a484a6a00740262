/**
 * Role words that name an office of state without standing alone as an organ noun: German compounds
 * ("Verteidigungsminister", "Innenministerin", "Regierungssprecherin"), prefixed forms ("viceministra",
 * "thứ trưởng") and Chinese titles ("国防部长", "部长"). A named holder whose role names no state speaks for the
 * state of the article's officials, never for the state their own verb accuses. Negatives: a company's
 * spokesperson or a researcher (no office of state in the role) takes no state. Names and events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const accusing = [
  ['de', 'Der belgische Premierminister Marc Dupuis sprach am Montag mit Journalisten. Verteidigungsminister Jan Roeland beschuldigte China, die Mailserver des Ministeriums gehackt zu haben.'],
  ['de', 'Der belgische Premierminister Marc Dupuis sprach am Montag mit Journalisten. Die Innenministerin Lea Marvent warf China vor, die Mailserver des Ministeriums gehackt zu haben.'],
  ['es', 'El primer ministro belga, Marc Dupuis, habló con la prensa el lunes. La viceministra de Defensa, Lucía Marvento, dio detalles el martes. Marvento atribuyó la oleada a piratas informáticos chinos.'],
  ['vi', 'Thủ tướng Bỉ Marc Dupuis trả lời báo chí hôm thứ Hai. Thứ trưởng Quốc phòng Jan Roeland cáo buộc Trung Quốc tấn công máy chủ thư điện tử của bộ.'],
  ['zh', '比利时外交部周一发表声明。国防部长扬·罗兰指责中国入侵了该部的邮件服务器。'],
] as const;

for (const [lang, body] of accusing) {
  test(`${lang}: a state office in the role speaks for the article's state: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry mail servers breached' });
    assert.ok(attributes(cs, 'BE', 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'CN'), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Der belgische Premierminister Marc Dupuis sprach am Montag mit Journalisten. Regierungssprecherin Lea Marvent bestätigte, dass die Mailserver des Ministeriums gehackt wurden.'],
  ['zh', '比利时外交部周一发表声明。部长扬·罗兰证实该部的邮件服务器遭到攻击。'],
  ['vi', 'Thủ tướng Bỉ Marc Dupuis trả lời báo chí hôm thứ Hai. Thứ trưởng Quốc phòng Jan Roeland xác nhận máy chủ thư điện tử của bộ đã bị tấn công.'],
] as const) {
  test(`${lang}: a state office holder's confirmation is the article's state's: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry mail servers breached' });
    assert.ok(cs.some((c) => c.claimant === 'BE' && c.stance === 'confirms'), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Der belgische Premierminister Marc Dupuis sprach am Montag mit Journalisten. Konzernsprecher Jan Roeland beschuldigte China, die Mailserver des Unternehmens gehackt zu haben.'],
  ['en', 'Belgian Prime Minister Marc Dupuis spoke to reporters on Monday. Company spokesman Jan Roeland accused China of hacking the firm\'s mail servers.'],
  ['es', 'El primer ministro belga, Marc Dupuis, habló con la prensa el lunes. El investigador Jan Roeland atribuyó la oleada a piratas informáticos chinos.'],
] as const) {
  test(`${lang}: a role with no office of state takes no state: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Mail servers breached' });
    assert.ok(!attributes(cs, 'BE', 'CN'), show(cs));
  });
}
