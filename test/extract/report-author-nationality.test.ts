/**
 * A report named again ("The report said ...", "Le rapport affirme", "El informe afirma", "В докладе говорится",
 * "该报告指出", "报告认为") speaks for the body that published it, not for the state whose adjective or name only tells
 * that body's nationality right before it ("The Canadian research group Velmora Labs published a report", "加拿大网络安全公司
 * Velmora Labs发布报告"). Negatives: a state that is itself the subject, alone or joined to another, still authors the report; a body
 * named after the report's noun is what the report is about. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, author] of [
  ['en', 'The Canadian research group Velmora Labs published a report on Monday. The report said Russian hackers attacked banks.', 'Velmora Labs'],
  ['fr', 'Le laboratoire canadien Velmora Labs a publié lundi un rapport. Le rapport affirme que des pirates russes ont attaqué des banques.', 'Velmora Labs'],
  ['es', 'El laboratorio canadiense Velmora Labs publicó el lunes un informe. El informe afirma que hackers rusos atacaron bancos.', 'Velmora Labs'],
  ['ru', 'Канадская компания Velmora Labs опубликовала доклад. В докладе говорится, что российские хакеры атаковали банки.', 'Velmora Labs'],
  ['zh', '加拿大网络安全公司Velmora Labs周一发布报告。该报告指出，俄罗斯黑客攻击了多家银行。', 'Velmora Labs'],
  ['zh', '加拿大网络安全公司Velmora Labs周一发布报告。报告认为，俄罗斯黑客攻击了多家银行。', 'Velmora Labs'],
] as const) {
  test(`${lang}: the report speaks for the body its state only qualifies: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, author, 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'CA'), show(cs));
  });
}

test('de: the report speaks for the company, not for the state of its adjective', () => {
  const cs = claimsOf('Die kanadische Firma Velmora Labs veröffentlichte am Montag einen Bericht. Laut dem Bericht haben russische Hacker Banken angegriffen.', 'de');
  assert.ok(attributes(cs, 'Velmora Labs', 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'CA'), show(cs));
});

for (const [lang, body, authors] of [
  ['en', 'Canada and the United States published a report on Monday. The report said Russian hackers attacked banks.', ['CA', 'US']],
  ['en', 'Canada published a report on Velmora Labs on Monday. The report said Russian hackers attacked banks.', ['CA']],
  ['de', 'Kanada veröffentlichte am Montag einen Bericht über Velmora Labs. Laut dem Bericht haben russische Hacker Banken angegriffen.', ['CA']],
  ['fr', 'Le Canada a publié lundi un rapport sur la société Velmora Labs. Le rapport affirme que des pirates russes ont attaqué des banques.', ['CA']],
] as const) {
  test(`${lang}: a state that is the subject still authors the report (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    for (const a of authors) assert.ok(attributes(cs, a, 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant.includes('Velmora')), show(cs));
  });
}
