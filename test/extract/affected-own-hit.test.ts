/**
 * A hit told only by its effect, as a predicate with no act named ("computers in Switzerland were affected",
 * "étaient touchées", "waren betroffen", "были затронуты", "受到影响", "bị ảnh hưởng"; the profile's `affectedHits`):
 * a state's body that tells of it in its own state, or in its own systems, confirms its state was hit.
 * Negatives: machines affected in another state, none affected (negated), the attribute of a noun ("受影响的企业"),
 * a firm telling of machines affected at another's site. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, title, body] of [
  ['en', 'CH', 'Malware outbreak', 'According to the Swiss cyber centre, several hundred computers in Switzerland were affected.'],
  ['en', 'DK', 'Malware outbreak', 'The Danish interior ministry said its email servers were affected.'],
  ['fr', 'CH', 'Logiciel malveillant', 'Selon le centre suisse de cybersécurité, quelques centaines de machines étaient touchées en Suisse.'],
  ['de', 'AT', 'Schadsoftware', 'Nach Angaben des österreichischen Innenministeriums waren auch Rechner in Österreich betroffen.'],
  ['ru', 'KZ', 'Вредоносная программа', 'По данным МВД Казахстана, в Казахстане были затронуты около 300 компьютеров.'],
  ['zh', 'SG', '恶意软件', '新加坡网络安全局表示，其系统受到影响。'],
  ['zh', 'SG', '恶意软件', '据新加坡网络安全局通报，在新加坡约300台电脑受到影响。'],
  ['vi', 'VN', 'Mã độc', 'Theo Bộ Công an Việt Nam, khoảng 300 máy tính tại Việt Nam đã bị ảnh hưởng.'],
] as const) {
  test(`${lang}: a state's body tells of its own machines affected: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, title, body] of [
  ['en', 'CH', 'Malware outbreak', 'According to the Swiss cyber centre, several hundred computers in Austria were affected.'],
  ['en', 'CH', 'Malware outbreak', 'The Swiss cyber centre said no computers in Switzerland were affected.'],
  ['en', 'Velmora Security', 'Malware outbreak', 'Velmora Security said several hundred computers at the Klinik Nord hospital were affected.'],
  ['fr', 'CH', 'Logiciel malveillant', 'Selon le centre suisse de cybersécurité, quelques centaines de machines étaient touchées en Autriche.'],
  ['fr', 'CH', 'Logiciel malveillant', 'Selon le centre suisse de cybersécurité, aucune machine n’était touchée en Suisse.'],
  ['de', 'AT', 'Schadsoftware', 'Nach Angaben des österreichischen Innenministeriums waren Rechner in Ungarn betroffen.'],
  ['de', 'AT', 'Schadsoftware', 'Nach Angaben des österreichischen Innenministeriums waren Rechner in Österreich nicht betroffen.'],
  ['ru', 'KZ', 'Вредоносная программа', 'По данным МВД Казахстана, в Узбекистане были затронуты около 300 компьютеров.'],
  ['ru', 'KZ', 'Вредоносная программа', 'По данным МВД Казахстана, компьютеры в Казахстане не были затронуты.'],
  ['zh', 'SG', '恶意软件', '新加坡网络安全局表示，其系统未受到影响。'],
  ['zh', 'SG', '恶意软件', '新加坡网络安全局表示，在马来西亚约300台电脑受到影响。'],
  ['zh', 'SG', '恶意软件', '新加坡网络安全局表示，已通知受影响的企业。'],
  ['vi', 'VN', 'Mã độc', 'Theo Bộ Công an Việt Nam, khoảng 300 máy tính tại Lào đã bị ảnh hưởng.'],
  ['vi', 'VN', 'Mã độc', 'Theo Bộ Công an Việt Nam, các máy tính tại Việt Nam không bị ảnh hưởng.'],
] as const) {
  test(`${lang}: machines affected elsewhere, or none (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!confirms(cs, who), show(cs));
  });
}

test('de: a government telling that access to the sites was impaired tells of its own hit', () => {
  const cs = claimsOf('«Seit Dienstag ist der Zugriff auf mehrere Portale durch DDoS-Angriffe beeinträchtigt», teilte die rumänische Regierung mit.', 'de', { title: 'Schadsoftware' });
  assert.ok(confirms(cs, 'RO'), show(cs));
});
