/**
 * A source marker that points back to the clause before it ("released its findings, according to which ...",
 * "wonach", "selon lesquelles", "según las cuales", "согласно которым", "theo đó", "据此"): the subject opening
 * that clause is the source, never the party the findings name after the marker (claims/speech.ts). Negative:
 * the accused named after the marker does not speak, and the body that published the findings is not accused.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant, target] of [
  ['en', 'The US Justice Department released its findings, according to which Russian hackers carried out the attack on the hospitals.', 'US', 'RU'],
  ['de', 'Das Bundeskriminalamt veröffentlichte einen Bericht, wonach russische Hacker den Angriff auf die Krankenhäuser verübt haben.', 'DE', 'RU'],
  ['fr', "Le parquet de Paris a publié ses conclusions, selon lesquelles des pirates russes ont mené l'attaque contre les hôpitaux.", 'FR', 'RU'],
  ['es', 'La Fiscalía de España publicó sus conclusiones, según las cuales hackers rusos llevaron a cabo el ataque contra los hospitales.', 'ES', 'RU'],
  ['ru', 'Генпрокуратура Украины опубликовала выводы, согласно которым атаку на больницы провели российские хакеры.', 'UA', 'RU'],
  ['vi', 'Viện Kiểm sát Hàn Quốc đã công bố báo cáo của mình, theo đó vụ xâm nhập hệ thống bệnh viện do tin tặc Triều Tiên thực hiện.', 'KR', 'KP'],
  ['zh', '韩国检方公布调查结果，据此认定攻击由朝鲜黑客实施。', 'KR', 'KP'],
] as const) {
  test(`${lang}: a marker pointing back makes the clause before speak: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on hospitals' });
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === target), show(cs));
  });
}
