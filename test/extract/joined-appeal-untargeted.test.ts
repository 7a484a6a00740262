/**
 * Joined subjects of an appeal addressed to no party ("the United States, Japan and South Korea urged
 * private firms to share threat data"): each state of the subject makes the call, as each makes a
 * warning, not only the one nearest the verb. Negative: states joined after the verb are the ones
 * called on, never callers. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const calls = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'calls-for');

for (const [lang, body, who] of [
  ['en', 'Canada, Australia and New Zealand urged hospital operators to rotate every shared password before winter.', ['CA', 'AU', 'NZ']],
  ['fr', 'La Belgique, les Pays-Bas et le Luxembourg ont appelé les citoyens à mettre à jour leurs téléphones sans attendre.', ['BE', 'NL', 'LU']],
  ['de', 'Österreich, die Schweiz und Deutschland riefen die Bürger dazu auf, ihre Router bis Monatsende zu erneuern.', ['AT', 'CH', 'DE']],
  ['es', 'Chile, Perú y Colombia instaron a los bancos a reforzar la autenticación de sus clientes cuanto antes.', ['CL', 'PE', 'CO']],
  ['ru', 'Казахстан, Узбекистан и Киргизия призвали граждан обновить программы на своих телефонах.', ['KZ', 'UZ', 'KG']],
  ['zh', '新加坡、马来西亚和泰国呼吁本地企业尽快更新邮件服务器。', ['SG', 'MY', 'TH']],
  ['vi', 'Lào, Campuchia và Thái Lan kêu gọi người dân thận trọng với các đường link lạ trên mạng xã hội.', ['LA', 'KH', 'TH']],
] as const) {
  test(`${lang}: each joined subject of an untargeted appeal calls: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Joint appeal on cyber hygiene' });
    for (const w of who) assert.ok(calls(cs, w), `${w} ${show(cs)}`);
  });
}

for (const [lang, body, not] of [
  ['en', 'Sweden urged Norway and Finland to rotate every shared password before winter.', ['NO', 'FI']],
  ['de', 'Österreich forderte die Schweiz und Italien auf, ihre Router bis Monatsende zu erneuern.', ['CH', 'IT']],
  ['vi', 'Lào kêu gọi Campuchia và Thái Lan thận trọng với các đường link lạ.', ['KH', 'TH']],
] as const) {
  test(`${lang}: states called on are no callers (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Joint appeal on cyber hygiene' });
    for (const w of not) assert.ok(!calls(cs, w), `${w} ${show(cs)}`);
  });
}
