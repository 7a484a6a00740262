/**
 * A state's body telling of attacks or attempts "in several parts of the country" ("dans tout le pays", "en todo
 * el país", "landesweit", "по всей стране", "trên cả nước", "全国") tells of its own hit: it confirms it was hit.
 * Negatives: a company telling the same words reports on others; a state telling of attacks on another named
 * state confirms nothing of its own. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['en', 'EE', 'The Estonian cyber agency has identified attempts to infiltrate control systems at water plants in several parts of the country.'],
  ['fr', 'EE', "L'agence estonienne de cybersécurité a signalé des tentatives d'intrusion dans des stations de pompage dans tout le pays."],
  ['es', 'EE', 'La agencia estonia de ciberseguridad informó de intentos de intrusión en estaciones de bombeo en todo el país.'],
  ['de', 'EE', 'Die estnische Cyberbehörde berichtete von Angriffsversuchen auf Pumpstationen im ganzen Land.'],
  ['ru', 'EE', 'Киберагентство Эстонии сообщило о попытках атак на насосные станции по всей стране.'],
  ['vi', 'EE', 'Cơ quan an ninh mạng Estonia cho biết đã phát hiện những cuộc tấn công vào trạm bơm trên cả nước.'],
  ['zh', 'EE', '爱沙尼亚网络安全机构表示，全国多个水泵站遭到网络攻击。'],
] as const) {
  test(`${lang}: a state's body telling of attacks across the country confirms its hit: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Water sector alert' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, body] of [
  ['en', 'Velmora Security', 'Velmora Security said it had identified attempts to infiltrate control systems at water plants across the country.'],
  ['en', 'EE', 'The Estonian cyber agency said it had identified attacks on water plants in Latvia in several parts of the country.'],
] as const) {
  test(`${lang}: no hit of the speaker's own (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Water sector alert' });
    assert.ok(!confirms(cs, who), show(cs));
  });
}
