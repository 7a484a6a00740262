/**
 * A bare name opening its sentence as the subject of a verb of appeal: a company the knowledge does not know, named
 * alone ("Brantexa urged ...", "Brantexa rief ... auf", "Brantexa призвала ...", "Brantexa kêu gọi ...", "Brantexa敦促"), is an
 * organisation that calls, as it is one that speaks before a verb of saying, warning or confirming.
 * Negative cases: an adverb of time opening a verb-second clause ("Später rief die Regierung ... auf"), a plural noun
 * for unnamed actors ("Hacker riefen ... auf", "Hackers urged ...") and a capital that names its state ("Berlin rief
 * Moskau auf") are no such organisation; nor, in Han text, is a name inside another phrase ("据Brantexa呼吁的内容").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const calls = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant && c.stance === 'calls-for');

const BARE_CALLER: Array<[string, string]> = [
  ['de', 'Brantexa rief die Betreiber von Kraftwerken auf, ihre Fernwartungszugänge zu sperren. Brantexa hat den Einbruch inzwischen bestätigt.'],
  ['de', 'Brantexa forderte die Zulieferer auf, alle Passwörter zu ändern. Brantexa hat den Einbruch inzwischen bestätigt.'],
  ['en', 'Brantexa urged its suppliers to change every password. Brantexa has since confirmed the breach.'],
  ['fr', 'Brantexa a appelé ses fournisseurs à changer tous leurs mots de passe. Brantexa a depuis confirmé l\'intrusion.'],
  ['es', 'Brantexa pidió a sus proveedores que cambien todas las contraseñas. Brantexa ha confirmado la intrusión.'],
  ['ru', 'Brantexa призвала поставщиков сменить все пароли. Brantexa уже подтвердила взлом.'],
  ['vi', 'Brantexa kêu gọi các nhà cung cấp đổi toàn bộ mật khẩu. Brantexa đã xác nhận vụ xâm nhập.'],
  ['zh', 'Brantexa敦促供应商更换全部密码。Brantexa已证实遭到入侵。'],
  ['zh', 'Brantexa呼吁各企业尽快修补服务器。Brantexa已证实遭到入侵。'],
];

for (const [lang, s] of BARE_CALLER) {
  test(`${lang}: a bare name before a verb of appeal is the organisation that calls`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(calls(cs, 'Brantexa'), show(cs));
  });
}

const NOT_A_NAME: Array<[string, string, string]> = [
  ['de', 'Später rief die Regierung die Betreiber auf, ihre Fernwartungszugänge zu sperren. Später wurde der Einbruch bestätigt.', 'Später'],
  ['de', 'Hacker riefen die Nutzer auf, die gestohlenen Daten zu verbreiten. Hacker der Gruppe APT28 stehen im Verdacht.', 'Hacker'],
  ['en', 'Hackers urged users to spread the stolen files. Hackers linked to APT28 are suspected.', 'Hackers'],
  ['zh', '据Brantexa呼吁的内容，企业应更换密码。', 'Brantexa'],
  ['fr', 'Hackers a appelé les internautes à diffuser les fichiers volés. Hackers liés à APT28 sont soupçonnés.', 'Hackers'],
];

for (const [lang, s, word] of NOT_A_NAME) {
  test(`${lang}: a word before a verb of appeal that is no bare subject gives no caller (negative)`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(!cs.some((c) => c.claimant === word), show(cs));
  });
}

test('de: a capital before a verb of appeal is its state (negative)', () => {
  const cs = claimsOf('Berlin rief Moskau auf, die Angriffe auf Ministerien einzustellen. Berlin macht Russland dafür verantwortlich.', 'de');
  assert.ok(cs.some((c) => c.claimant === 'DE' && c.stance === 'calls-for' && c.target === 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Berlin'), show(cs));
});
