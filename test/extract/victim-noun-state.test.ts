/**
 * A state named right beside a noun for those hit ("French victims", "les victimes françaises", "die
 * französischen Opfer", "las víctimas francesas", "французские жертвы", "các nạn nhân Pháp", "法国受害者")
 * is the victim's, never the one a reported act is pinned on. A state beside an actor noun in the same
 * sentence ("Iranian hackers") is still the accused (negative cases). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const VICTIMS: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'The FBI said the malware had infected thousands of computers; French victims will be notified.' },
  { lang: 'en', body: 'The FBI said French victims of the malware would be notified this week.' },
  { lang: 'fr', body: "Le FBI a indiqué que le logiciel malveillant avait infecté des milliers d'ordinateurs et que les victimes françaises seraient prévenues." },
  { lang: 'de', body: 'Das FBI teilte mit, die Schadsoftware habe Tausende Rechner infiziert; die französischen Opfer würden benachrichtigt.' },
  { lang: 'es', body: 'El FBI afirmó que el programa malicioso infectó miles de ordenadores y que las víctimas francesas serán avisadas.' },
  { lang: 'ru', body: 'В ФБР сообщили, что вредоносная программа заразила тысячи компьютеров, а французские жертвы получат уведомления.' },
  { lang: 'vi', body: 'FBI cho biết mã độc đã lây nhiễm hàng nghìn máy tính và các nạn nhân Pháp sẽ được thông báo.' },
  { lang: 'zh', body: '美国联邦调查局表示，该恶意软件感染了数千台电脑，法国受害者将收到通知。' },
];

for (const c of VICTIMS) {
  test(`${c.lang}: a state beside a victim noun is not accused: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((k) => k.target === 'FR'), show(cs));
  });
}

const ACTORS: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'The FBI said victims of Iranian hackers would be notified this week.' },
  { lang: 'fr', body: "Le FBI a indiqué que des pirates iraniens avaient infecté des milliers d'ordinateurs et que les victimes françaises seraient prévenues." },
  { lang: 'ru', body: 'В ФБР сообщили, что иранские хакеры заразили тысячи компьютеров, а французские жертвы получат уведомления.' },
];

for (const c of ACTORS) {
  test(`${c.lang}: a state beside an actor noun is still accused (negative): ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(attributes(cs, 'US', 'IR'), show(cs));
    assert.ok(!cs.some((k) => k.target === 'FR'), show(cs));
  });
}
