/**
 * A short form defined in brackets right after a name the text recognises is that party wherever the text
 * uses it, with the name's state: a Han short form ("（情报院）", "（簡稱「情報院」）"), a Vietnamese one with
 * its head word ("(Cục ATTT)"), a unit's acronym after its owner ("(ООС)" after the FSB), and an acronym the
 * knowledge base reads as another state's body of the same name ("the Swiss ... (NCSC)"). A year, a
 * translation, a group's name or a word that is no initials of the name defines nothing. Sentences written
 * for these tests; the short forms are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const said = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant);

test('a Han short form in brackets names the body before it (Simplified and Traditional, with 简称)', () => {
  const hans = claimsOf('韩国国家情报院（情报院）周三公布了调查结果。情报院指出，朝鲜黑客入侵了两家电力公司。', 'zh');
  assert.ok(attributes(hans, 'KR', 'KP'), show(hans));
  const hant = claimsOf('韓國國家情報院（簡稱「情報院」）週三公布了調查結果。情報院指出，北韓駭客入侵了兩家電力公司。', 'zh');
  assert.ok(attributes(hant, 'KR', 'KP'), show(hant));
});

test('a state before the bracket owns the acronym in its later bare uses (en, es, fr, vi)', () => {
  const en = claimsOf('The Swiss National Cyber Security Centre (NCSC) released its findings on Wednesday. The NCSC said the intrusion was the work of hackers tied to Russia.', 'en');
  assert.ok(attributes(en, 'CH', 'RU'), show(en));
  assert.ok(!said(en, 'GB'), show(en));
  const es = claimsOf('El Centro Nacional de Ciberseguridad de Suiza (NCSC) difundió sus conclusiones el miércoles. El NCSC atribuyó la intrusión a piratas ligados a Rusia.', 'es');
  assert.ok(attributes(es, 'CH', 'RU'), show(es));
  assert.ok(!said(es, 'GB'), show(es));
  const fr = claimsOf("Le Centre national pour la cybersécurité de Suisse (NCSC) a diffusé ses conclusions mercredi. Le NCSC a affirmé que l'intrusion était l'œuvre de pirates liés à la Russie.", 'fr');
  assert.ok(attributes(fr, 'CH', 'RU'), show(fr));
  assert.ok(!said(fr, 'GB'), show(fr));
  const vi = claimsOf('Trung tâm An ninh mạng Quốc gia Thụy Sĩ (NCSC) đã công bố kết quả điều tra. NCSC cáo buộc tin tặc Nga xâm nhập hệ thống ngân hàng.', 'vi');
  assert.ok(attributes(vi, 'CH', 'RU'), show(vi));
  assert.ok(!said(vi, 'VN'), show(vi));
});

test("a unit's acronym after its owner, a head word with an acronym (ru, vi)", () => {
  const ru = claimsOf('Отдел общественных связей ФСБ (ООС) распространил заявление. В ООС подчеркнули, что взлом совершили хакеры, связанные с Украиной.', 'ru');
  assert.ok(attributes(ru, 'RU', 'UA'), show(ru));
  assert.ok(!said(ru, 'OOS'), show(ru));
  const vi = claimsOf('Cục An toàn thông tin (Cục ATTT) đã phát đi cảnh báo mới. Cục ATTT cáo buộc tin tặc Trung Quốc xâm nhập mạng của các ngân hàng.', 'vi');
  assert.ok(attributes(vi, 'VN', 'CN'), show(vi));
});

test("the profile's 'hereafter' words before the short form (ru, vi, es, fr, de)", () => {
  const ru = claimsOf('Отдел общественных связей ФСБ (далее — ООС) распространил заявление. В ООС подчеркнули, что взлом совершили хакеры, связанные с Украиной.', 'ru');
  assert.ok(attributes(ru, 'RU', 'UA'), show(ru));
  const vi = claimsOf('Cục An toàn thông tin (gọi tắt là Cục ANV) đã phát đi cảnh báo mới. Cục ANV cáo buộc tin tặc Trung Quốc xâm nhập mạng của các ngân hàng.', 'vi');
  assert.ok(attributes(vi, 'VN', 'CN'), show(vi));
  const es = claimsOf('El Centro Nacional de Ciberseguridad de Suiza (en adelante, el CNCS) difundió sus conclusiones. El CNCS atribuyó la intrusión a piratas ligados a Rusia.', 'es');
  assert.ok(attributes(es, 'CH', 'RU'), show(es));
  const fr = claimsOf("L'Agence des réseaux sûrs de Belgique (ci-après l'ARSB) a diffusé ses conclusions. L'ARSB a accusé la Russie de cette intrusion.", 'fr');
  assert.ok(attributes(fr, 'BE', 'RU'), show(fr));
  const de = claimsOf('Die Velmar-Agentur für Netze der Schweiz (im Folgenden: VANS) veröffentlichte ihre Befunde. Die VANS machte Russland für den Einbruch verantwortlich.', 'de');
  assert.ok(attributes(de, 'CH', 'RU'), show(de));
});

test('a unit defined in brackets with its owner in the genitive right after (ru); not where the profile has a possessive word (en)', () => {
  const ru = claimsOf('Об утечке рассказали в Отделе связей (ОСВ) ФСБ. В ОСВ подчеркнули, что взлом совершили хакеры, связанные с Украиной.', 'ru');
  assert.ok(attributes(ru, 'RU', 'UA'), show(ru));
  assert.ok(!said(ru, 'OSV'), show(ru));
  const line = claimsOf('Об утечке рассказали в Отделе связей (ОСВ)\nФСБ сообщила о проверке. В ОСВ подчеркнули, что взлом совершили хакеры, связанные с Украиной.', 'ru');
  assert.ok(!attributes(line, 'RU', 'UA'), show(line));
  const en = claimsOf('The leak was described by the liaison unit (VLU) NATO officials had set up. The VLU said the intrusion was the work of hackers tied to Russia.', 'en');
  assert.ok(!said(en, 'NATO'), show(en));
});

test('two bodies the knowledge base knows: the name before the bracket does not overrule the acronym (es)', () => {
  const es = claimsOf('La Dirección Principal de Inteligencia (HUR) ucraniana difundió un vídeo breve. Después, la HUR reivindicó el sabotaje de unos servidores rusos.', 'es');
  assert.ok(said(es, 'UA'), show(es));
  assert.ok(!said(es, 'RU'), show(es));
});

test('a year, a translation, a group name or a non-initial word in brackets defines nothing (es, ru, en, fr)', () => {
  const year = claimsOf('La empresa Velmora Systems (2024) publicó un informe. Velmora Systems acusó a Rusia del ataque.', 'es');
  assert.ok(attributes(year, 'Velmora Systems', 'RU'), show(year));
  const ru = claimsOf('Агентство сетей Велмар (Velmar Network Agency) опубликовало отчёт. Позже Velmar Network Agency обвинило Россию во взломе.', 'ru');
  assert.ok(!said(ru, 'Агентство сетей Велмар'), show(ru));
  const group = claimsOf('The report by Velmora Labs (APT29) came out on Monday. APT29 broke into banks in Estonia, the NCSC said.', 'en');
  assert.ok(!said(group, 'Velmora Labs'), show(group));
  assert.ok(group.some((c) => c.about?.includes('APT29')), show(group));
  const city = claimsOf('Velmora Systems (Lyon) a publié un rapport. Lyon a accusé la Russie de cette attaque.', 'fr');
  assert.ok(!said(city, 'Velmora Systems'), show(city));
});
