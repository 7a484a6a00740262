/**
 * A state that modifies the possessor of what was hit is the victim's, not the actor's: "hackers
 * breached the email accounts of several Latvian diplomats", "broke into the mail servers of two Latvian
 * ministries", "ont piraté les comptes des diplomates lettons". After a hostile verb or a victim marker,
 * the object may run a few words further when a possessive marker ("of", "des", "của") joins the party to
 * it. A state named as the actor, or after a tie marker, is still the one accused (negative cases).
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const VICTIM: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'The FBI said hackers breached the email accounts of several Latvian diplomats.' },
  { lang: 'en', body: 'The FBI said hackers had broken into the mail servers of two Latvian ministries.' },
  { lang: 'fr', body: 'Le FBI a indiqué que des pirates avaient piraté les comptes des diplomates lettons.' },
  { lang: 'es', body: 'El FBI afirmó que unos piratas habían hackeado las cuentas de los diplomáticos letones.' },
  { lang: 'vi', body: 'FBI cho biết tin tặc đã tấn công vào máy chủ của các bộ của Latvia.' },
];

for (const c of VICTIM) {
  test(`${c.lang}: the state of the object's possessor is not accused: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((k) => k.target === 'LV'), show(cs));
  });
}

const ACTOR: Array<{ lang: string; body: string; target: string }> = [
  { lang: 'en', body: 'The FBI said Russian hackers breached the email accounts of several Latvian diplomats.', target: 'RU' },
  { lang: 'en', body: 'The FBI said hackers breached the email accounts of several diplomats on behalf of the Russian state.', target: 'RU' },
  { lang: 'fr', body: 'Le FBI a indiqué que des pirates russes avaient piraté les comptes des diplomates lettons.', target: 'RU' },
];

for (const c of ACTOR) {
  test(`${c.lang}: the actor's state is still accused (negative): ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(attributes(cs, 'US', c.target), show(cs));
    assert.ok(!cs.some((k) => k.target === 'LV'), show(cs));
  });
}
