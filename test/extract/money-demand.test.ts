/**
 * A demand for money is extortion or a price asked, told as an act: "the hackers demanded a ransom from the company"
 * calls on no one, in any of the seven languages, whether the money stands after the demand's verb or before a verb
 * closing its clause ("... 40 000 Dollar verlangt"). Negatives: a demand that a party act stays a call on it, and
 * an appeal advising against paying ("urged victims not to pay the ransom") stays a call. Sentences written for this
 * test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const EXTORTION: Array<[string, string]> = [
  ['en', 'Iranian hackers demanded a ransom of three million dollars from the Israeli insurer.'],
  ['en', 'North Korea demanded money from a Japanese exchange in return for the stolen keys.'],
  ['de', 'Die iranischen Hacker forderten von dem israelischen Versicherer ein Lösegeld.'],
  ['de', 'Nordkorea habe für jedes geknackte Konto 40 000 Dollar von japanischen Firmen verlangt.'],
  ['es', 'Los piratas iraníes exigieron a la aseguradora israelí un rescate de tres millones de dólares.'],
  ['fr', "Les pirates iraniens ont exigé de l'assureur israélien une rançon de trois millions de dollars."],
  ['ru', 'Иранские хакеры потребовали от израильской страховой компании выкуп в три миллиона долларов.'],
  ['vi', 'Tin tặc Iran yêu cầu hãng bảo hiểm Israel trả tiền chuộc ba triệu USD.'],
  ['zh', '伊朗黑客要求以色列保险公司支付三百万美元赎金。'],
];

for (const [lang, body] of EXTORTION) {
  test(`${lang}: a demand for money is no call: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}

const CALLS: Array<[string, string, string, string]> = [
  ['en', 'Japan demanded that North Korea stop the attacks on its exchanges.', 'JP', 'KP'],
  ['de', 'Israel verlangte von Iran, die Angriffe auf seine Versicherer einzustellen.', 'IL', 'IR'],
  ['es', 'Israel exigió a Irán una explicación sobre el ataque a la aseguradora.', 'IL', 'IR'],
  ['fr', "Israël a exigé de l'Iran qu'il cesse ces attaques contre ses assureurs.", 'IL', 'IR'],
  ['ru', 'Израиль потребовал от Ирана прекратить атаки на страховые компании.', 'IL', 'IR'],
  ['zh', '以色列要求伊朗停止对其保险公司的网络攻击。', 'IL', 'IR'],
];

for (const [lang, body, caller, addressee] of CALLS) {
  test(`${lang}: a demand that a party act stays a call (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === caller && c.stance === 'calls-for' && c.target === addressee), show(cs));
  });
}

test('en: an appeal not to pay a ransom stays a call (negative)', () => {
  const cs = claimsOf('The FBI urged hospitals not to pay the ransom.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'US' && c.stance === 'calls-for'), show(cs));
});

test('vi: money offered before a joined appeal belongs to the other verb: the appeal stays a call (negative)', () => {
  const cs = claimsOf('Chính phủ Mỹ đã chi 3 triệu USD và kêu gọi các ngân hàng rà soát hệ thống thanh toán.', 'vi');
  assert.ok(cs.some((c) => c.claimant === 'US' && c.stance === 'calls-for'), show(cs));
});
