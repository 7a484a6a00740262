/**
 * A sanction, listing or charge told after the attribution it acts on ("Britain blamed China ... naming APT31. London
 * also sanctioned a front company of the Chinese security ministry"), naming no threat group of its own, is that
 * attribution told again: one claim. Not the same claim: another accusation told with its own verb (it may tell
 * another operation), and a sanction that names the group it acts on in its own words. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const gbOnCn = (cs: ClaimCandidate[]) => cs.filter((c) => c.claimant === 'GB' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'CN');

const ACTED_ON: Array<[lang: string, body: string]> = [
  ['en', 'Britain blamed China for the break-in at the mail servers of its parliament, naming the hacking group APT31.\nOn Tuesday London also sanctioned a front company of the Chinese security ministry and two of its managers.'],
  ['vi', 'Anh cáo buộc Trung Quốc đứng sau vụ xâm nhập máy chủ thư điện tử của quốc hội, nêu tên nhóm tin tặc APT31.\nHôm thứ Ba, London cũng trừng phạt một công ty bình phong của Bộ An ninh Quốc gia Trung Quốc cùng hai giám đốc của công ty này.'],
  ['de', 'Großbritannien machte China für den Einbruch in die Mailserver des Parlaments verantwortlich und nannte die Hackergruppe APT31.\nAm Dienstag verhängte London zudem Sanktionen gegen eine Tarnfirma des chinesischen Ministeriums für Staatssicherheit und zwei ihrer Manager.'],
  ['fr', "Le Royaume-Uni a accusé la Chine d'être derrière l'intrusion dans les serveurs de messagerie du Parlement, en désignant le groupe de pirates APT31.\nMardi, Londres a également sanctionné une société écran du ministère chinois de la Sécurité d'État et deux de ses dirigeants."],
  ['es', 'El Reino Unido acusó a China de estar detrás de la intrusión en los servidores de correo del Parlamento y señaló al grupo de piratas APT31.\nEl martes, Londres también sancionó a una empresa pantalla del Ministerio de Seguridad del Estado chino y a dos de sus directivos.'],
  ['zh', '英国指责中国入侵议会的电子邮件服务器，并点名黑客组织APT31。\n英国周二还制裁了中国国家安全部的一家幌子公司及其两名经理。'],
];

for (const [lang, body] of ACTED_ON) {
  test(`${lang}: a sanction after the attribution it acts on is that attribution`, () => {
    const cs = claimsOf(body, lang);
    assert.equal(gbOnCn(cs).length, 1, show(cs));
  });
}

const TOLD_APART: Array<[lang: string, body: string]> = [
  // Another accusation with its own verb: it may tell another operation.
  ['en', 'Britain blamed China for the break-in at the mail servers of its parliament, naming the hacking group APT31.\nOn Tuesday London also accused Beijing of stealing the archives of its defence ministry.'],
  ['fr', "Le Royaume-Uni a accusé la Chine d'être derrière l'intrusion dans les serveurs de messagerie du Parlement, en désignant le groupe de pirates APT31.\nMardi, Londres a également accusé Pékin d'avoir volé les archives de son ministère de la Défense."],
  ['vi', 'Anh cáo buộc Trung Quốc đứng sau vụ xâm nhập máy chủ thư điện tử của quốc hội, nêu tên nhóm tin tặc APT31.\nHôm thứ Ba, London cũng cáo buộc Bắc Kinh đánh cắp hồ sơ của Bộ Quốc phòng.'],
  // A sanction that names the group it acts on in its own words.
  ['en', 'Britain blamed China for the break-in at the mail servers of its parliament, naming the hacking group APT31.\nOn Tuesday London also sanctioned two members of APT31.'],
  ['de', 'Großbritannien machte China für den Einbruch in die Mailserver des Parlaments verantwortlich und nannte die Hackergruppe APT31.\nAm Dienstag verhängte London zudem Sanktionen gegen zwei Mitglieder der Gruppe APT31.'],
];

for (const [lang, body] of TOLD_APART) {
  test(`${lang}: an accusation with its own verb, or a sanction naming its group, stays`, () => {
    const cs = claimsOf(body, lang);
    assert.equal(gbOnCn(cs).length, 2, show(cs));
  });
}
