/**
 * The finding of an investigation told with no one who made it ("по данным следствия", "основная версия
 * следствия — ...", "nach den bisherigen Erkenntnissen", "según las pesquisas", "qua điều tra", "经查",
 * "according to the findings so far"): the body that runs the investigation, named or speaking before, finds
 * it (claims/finding-owner.ts). Negatives: a finding with no body anywhere before speaks for no one; an
 * investigation that goes on finds nothing; a person named in the finding's clause is not its source.
 * Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'Cyberattack on ministry websites';

for (const [lang, body, claimant, target] of [
  ['ru', 'Служба безопасности Украины открыла уголовное производство по факту атаки на сайты министерств. Основная версия следствия — атаку провела российская хакерская группировка.', 'UA', 'RU'],
  ['ru', 'Служба безопасности Украины открыла уголовное производство по факту атаки на сайты министерств. По данным следствия, атаку провела российская хакерская группировка.', 'UA', 'RU'],
  ['de', 'Das Bundesamt für Verfassungsschutz hat den Vorfall untersucht. Nach den bisherigen Erkenntnissen ist anzunehmen, dass russische Hacker die Rechner des Amtes angegriffen haben.', 'DE', 'RU'],
  ['zh', '北京市公安局表示，一家科技公司的服务器遭到攻击。经查，攻击由台湾的黑客组织实施。', 'CN', 'TW'],
  ['es', 'La Fiscalía de España abrió una causa por el ataque contra los sitios del Gobierno. Según las pesquisas, el ataque fue obra de un grupo de hackers rusos.', 'ES', 'RU'],
  ['vi', 'Bộ Công an Việt Nam đã vào cuộc điều tra vụ tấn công vào các trang web của bộ. Qua điều tra, vụ tấn công do một nhóm tin tặc Trung Quốc thực hiện.', 'VN', 'CN'],
  ['en', "Ukraine's SBU security service opened a criminal case over the attack on the ministry websites. According to the findings so far, a Russian hacker group carried out the attack.", 'UA', 'RU'],
] as const) {
  test(`${lang}: an unowned finding is the investigating body's: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const [lang, body] of [
  ['ru', 'По данным следствия, атаку провела российская хакерская группировка.'],
  ['de', 'Nach den bisherigen Erkenntnissen ist anzunehmen, dass russische Hacker die Rechner des Amtes angegriffen haben.'],
  ['zh', '经查，攻击由台湾的黑客组织实施。'],
  ['en', 'According to the findings so far, a Russian hacker group carried out the attack.'],
  ['es', 'Hackers rusos atacaron los sitios del Gobierno. Según las pesquisas, el ataque fue obra de un grupo de hackers rusos.'],
] as const) {
  test(`${lang}: a finding with no body before it speaks for no one (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

for (const [lang, body] of [
  ['ru', 'Служба безопасности Украины открыла уголовное производство по факту атаки. Следствие продолжается.'],
  ['en', "Ukraine's SBU security service opened a criminal case over the attack. The investigation continues."],
  ['de', 'Das Bundesamt für Verfassungsschutz hat den Vorfall untersucht. Die Ermittlungen dauern an.'],
] as const) {
  test(`${lang}: an investigation going on finds nothing (negative): ${body.slice(-40)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

test('de: a person in the clause that tells the finding is not its source (negative)', () => {
  const cs = claimsOf('Das Bundesamt für Verfassungsschutz hat den Vorfall untersucht. Nach den Erkenntnissen der Ermittler war Herr Dolberg Mitglied einer russischen Hackergruppe.', 'de', { title: TITLE });
  assert.ok(!cs.some((c) => /Dolberg/u.test(c.claimant)), show(cs));
});
