/**
 * An act told as coming from, or done by, a foreign state the speaker leaves unnamed ("the intrusion came from a
 * foreign country", "menée par une puissance étrangère", "von einem fremden Staat gesteuert", "perpetrado por un
 * Estado extranjero", "организована иностранным государством", "do một quốc gia nước ngoài thực hiện",
 * "由一个外国国家力量实施") is the speaker's attribution with no target. Negatives: the state named right after
 * the phrase (that state is the accused), a question, a lack of evidence, an act only condemned by a foreign
 * government, a foreign state's officials. Sentences written for these tests; the names are invented or generic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, who: string) =>
  cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);

const POSITIVE: Array<{ lang: string; who: string; body: string }> = [
  { lang: 'en', who: 'NL', body: 'The Dutch interior ministry said the intrusion into the tax office network originated from a foreign state.' },
  { lang: 'en', who: 'NL', body: 'The Dutch interior ministry said the theft of the archive was carried out by a foreign power.' },
  { lang: 'fr', who: 'BE', body: 'Le ministère belge a indiqué que l’intrusion dans le réseau des douanes provenait d’un État étranger.' },
  { lang: 'fr', who: 'BE', body: 'Selon le gouvernement belge, l’attaque contre les douanes a été menée par une puissance étrangère.' },
  { lang: 'de', who: 'DE', body: 'Das Bundesinnenministerium erklärte, der Angriff auf das Zollamt sei von einem fremden Staat gesteuert worden.' },
  { lang: 'de', who: 'DE', body: 'Die Bundesregierung erklärte, die Angriffe auf das Zollnetz kämen aus einem ausländischen Staat.' },
  { lang: 'es', who: 'CL', body: 'El Gobierno de Chile afirmó que el ataque a la aduana fue perpetrado por un Estado extranjero.' },
  { lang: 'es', who: 'CL', body: 'El Gobierno de Chile afirmó que el ataque a la aduana se lanzó desde un país extranjero.' },
  { lang: 'ru', who: 'EE', body: 'МИД Эстонии заявил, что атака на таможенную сеть была организована иностранным государством.' },
  { lang: 'ru', who: 'EE', body: 'МИД Эстонии заявил, что взлом таможенной сети был совершен со стороны иностранного государства.' },
  { lang: 'vi', who: 'NL', body: 'Bộ Nội vụ Hà Lan khẳng định vụ xâm nhập hệ thống hải quan bắt nguồn từ một quốc gia nước ngoài nào đó.' },
  { lang: 'vi', who: 'NL', body: 'Bộ Nội vụ Hà Lan cho biết vụ tấn công vào hệ thống hải quan do một quốc gia nước ngoài thực hiện.' },
  { lang: 'zh', who: 'NL', body: '荷兰内政部表示，针对海关网络的这次攻击是由一个外国国家力量实施的。' },
  { lang: 'zh', who: 'NL', body: '荷兰内政部表示，针对海关网络的这次攻击来自某个外国国家。' },
];

for (const c of POSITIVE) {
  test(`${c.lang}: an act from an unnamed foreign state is an attribution with no target: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(unnamed(cs, c.who), show(cs));
  });
}

const NONE: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Did the break-in at the tax office originate from a foreign state?' },
  { lang: 'en', body: 'The Dutch interior minister asked whether the break-in at the tax office originated from a foreign state.' },
  { lang: 'en', body: 'The Dutch interior ministry said it found no evidence that the break-in originated from a foreign state.' },
  { lang: 'en', body: 'The Dutch interior ministry said the break-in at the tax office was condemned by a foreign government.' },
  { lang: 'fr', body: 'Le ministère belge a indiqué n’avoir trouvé aucune preuve que l’intrusion provenait d’un État étranger.' },
  { lang: 'de', body: 'Das Bundesinnenministerium erklärte, der Angriff auf das Zollamt sei von einem fremden Staat verurteilt worden.' },
  { lang: 'ru', body: 'МИД Эстонии заявил, что атака на таможенную сеть была осуждена иностранным государством.' },
  { lang: 'zh', body: '荷兰内政部表示，这次攻击发生后，来自外国政府官员的代表团访问了海关。' },
];

for (const c of NONE) {
  test(`${c.lang}: no unnamed-state attribution: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => (x.stance === 'attributes' || x.stance === 'accuses') && !x.target), show(cs));
  });
}

test('en: a foreign state named right after the phrase is the accused, not an unnamed one', () => {
  const cs = claimsOf('The Dutch interior ministry said the break-in at the tax office originated from a foreign state, Belarus.', 'en');
  assert.ok(!unnamed(cs, 'NL'), show(cs));
});
