/**
 * A verb of accusing or blaming whose object is a state actor the claimant leaves unnamed ("blamed a state actor
 * for the intrusion", "a imputé l'intrusion à un acteur étatique", "machte einen staatlichen Akteur verantwortlich",
 * "обвинила в атаке государственного субъекта", "归咎于国家支持的黑客组织") is an attribution with no target, not a
 * dropped accusation nor one to the discourse's adversary. Negative cases: a state named beside the phrase stays
 * the target, a negated or refused accusation makes none. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'attributes' && !c.target);

const ACCUSED: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Latvia blamed a state actor for the intrusion into its tax portal.' },
  { lang: 'en', body: 'The Latvian ministry blamed the outage of its portal on a state actor.' },
  { lang: 'fr', body: 'La Lettonie a imputé l’intrusion dans son portail fiscal à un acteur étatique.' },
  { lang: 'de', body: 'Lettland machte einen staatlichen Akteur für den Angriff auf sein Steuerportal verantwortlich.' },
  { lang: 'es', body: 'Letonia atribuyó el ataque contra su portal fiscal a un actor estatal.' },
  { lang: 'ru', body: 'Латвия обвинила в атаке на налоговый портал государственного субъекта.' },
  { lang: 'ru', body: 'Латвия возложила ответственность за атаку на группировку, спонсируемую государством.' },
  { lang: 'vi', body: 'Latvia quy trách nhiệm vụ tấn công cổng thuế cho một tác nhân nhà nước.' },
  { lang: 'zh', body: '拉脱维亚将这次针对税务门户的攻击归咎于国家支持的黑客组织。' },
  { lang: 'zh', body: '拉脱维亚指责国家级黑客发动了这次攻击。' },
];

for (const c of ACCUSED) {
  test(`${c.lang}: an unnamed state actor accused is an attribution with no target: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(unnamed(cs, 'LV'), show(cs));
  });
}

test('en: a state named beside the accused phrase stays the target', () => {
  const cs = claimsOf('Latvia blamed a Russian state actor for the intrusion into its tax portal.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'LV' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'RU'), show(cs));
  assert.ok(!unnamed(cs, 'LV'), show(cs));
});

const NONE: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Latvia did not blame a state actor for the intrusion into its tax portal.' },
  { lang: 'fr', body: 'La Lettonie n’a pas imputé l’intrusion dans son portail fiscal à un acteur étatique.' },
  { lang: 'de', body: 'Lettland machte keinen staatlichen Akteur für den Angriff auf sein Steuerportal verantwortlich.' },
];

for (const c of NONE) {
  test(`${c.lang}: no attribution to an unnamed state actor (negative): ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((k) => (k.stance === 'attributes' || k.stance === 'accuses') && !k.target), show(cs));
  });
}
