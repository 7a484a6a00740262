/**
 * The perpetrator of a passive act named after the victim's phrase: "the cyberattack on the country was
 * carried out by Iran", "der Cyberangriff auf die Server der Regierung sei vom Iran durchgeführt worden",
 * "cuộc tấn công mạng nhằm vào đất nước được thực hiện bởi Iran". A victim marker before the act's object does
 * not make the party a perpetration marker introduces a victim. Only a marker of perpetration counts: the
 * agent of another passive ("condemned by Italy", "von Italien bemerkt") is still no actor (negative cases).
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const DONE: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: "Albania's prime minister said the cyberattack on the country was carried out by Iran." },
  { lang: 'en', body: "Albania's prime minister said the wave of attacks on the country was organised by Iran." },
  { lang: 'en', body: "Albania's prime minister said the attacks on the tax office were coordinated by Iran." },
  { lang: 'de', body: 'Der albanische Regierungschef sagte, der Cyberangriff auf die Server der Regierung sei vom Iran durchgeführt worden.' },
  { lang: 'vi', body: 'Thủ tướng Albania cho biết cuộc tấn công mạng nhằm vào đất nước được thực hiện bởi Iran.' },
  { lang: 'fr', body: 'Le Premier ministre albanais a déclaré que la cyberattaque contre le pays avait été menée par l’Iran.' },
  { lang: 'es', body: 'El primer ministro albanés dijo que el ciberataque contra el país fue llevado a cabo por Irán.' },
];

for (const c of DONE) {
  test(`${c.lang}: the perpetrator after the victim's phrase is accused: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(attributes(cs, 'AL', 'IR'), show(cs));
  });
}

const OTHER_AGENT: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: "Albania's prime minister said the attacks on Montenegro were condemned by Iran." },
  { lang: 'en', body: "Albania's prime minister said the attack on the country had been noticed by Italy first." },
  { lang: 'de', body: 'Der albanische Regierungschef sagte, der Cyberangriff auf die Server der Regierung sei von Italien bemerkt worden.' },
  { lang: 'fr', body: 'Le Premier ministre albanais a déclaré que la cyberattaque contre le pays avait été condamnée par l’Italie.' },
];

for (const c of OTHER_AGENT) {
  test(`${c.lang}: the agent of a passive that tells no perpetration is not accused (negative): ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((k) => (k.stance === 'attributes' || k.stance === 'accuses') && (k.target === 'IR' || k.target === 'IT')), show(cs));
  });
}
