/**
 * A report speaks for whoever published it: "Velmora Labs published a report ... The report said Russian hackers
 * attacked banks", "Selon le rapport", "Laut dem Bericht", "El informe afirma", "В докладе говорится", "该报告指出",
 * "Báo cáo này cho biết". The author is the party that opens the sentence where the report was named (not what the
 * report is about: "a report on the CIA"); Russian, which has no article, refers only with a verb of saying, and
 * Chinese only with a pointing word ("该报告"). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, author, target] of [
  ['en', 'Velmora Labs published a report on the CIA on Monday. The report said Russian hackers attacked banks.', 'Velmora Labs', 'RU'],
  ['fr', 'Velmora Labs a publié lundi un rapport sur la CIA. Le rapport affirme que des pirates russes ont attaqué des banques.', 'Velmora Labs', 'RU'],
  ['de', 'Velmora AG veröffentlichte am Montag einen Bericht. Laut dem Bericht haben russische Hacker Banken angegriffen.', 'Velmora', 'RU'],
  ['es', 'Velmora publicó el lunes un informe. El informe afirma que hackers rusos atacaron bancos.', 'Velmora', 'RU'],
  ['ru', 'Компания Positive Technologies опубликовала доклад. В докладе говорится, что китайские хакеры атаковали российские банки.', 'Positive Technologies', 'CN'],
  ['zh', '奇安信公司周一发布报告。该报告指出，俄罗斯黑客攻击了多家银行。', 'Qi An Xin', 'RU'],
  ['vi', 'Công ty Velmora công bố báo cáo hôm thứ Hai. Báo cáo này cho biết tin tặc Nga đã tấn công các ngân hàng.', 'Velmora', 'RU'],
] as const) {
  test(`${lang}: the report speaks for its author: ${author}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, author, target), show(cs));
  });
}

test('en: the report is not its subject\'s', () => {
  const cs = claimsOf('Velmora Labs published a report on the CIA on Monday. The report said Russian hackers attacked banks.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});

test('ru: a report named as an object is no speaker', () => {
  const cs = claimsOf('В начале сентября США и Великобритания выпустили доклад о российских хакерах. Москва отвергла обвинения.', 'ru');
  assert.ok(!cs.some((c) => c.claimant === 'GB' && c.stance === 'denies'), show(cs));
});

test('ru: the impersonal "утверждается" reports, and "в котором" after a report speaks for its author', () => {
  for (const body of [
    'Британский центр NCSC распространил доклад. В докладе утверждается, что российские хакеры атаковали лаборатории.',
    'Британский центр NCSC распространил доклад, в котором утверждается, что российские хакеры атаковали лаборатории.',
  ]) {
    const cs = claimsOf(body, 'ru');
    assert.ok(attributes(cs, 'GB', 'RU'), show(cs));
  }
});
