/**
 * The forms an unnamed state actor takes beyond "a state actor": an adjective before it ("a sophisticated
 * state actor"), a group or hackers backed by a state left unnamed ("a state-sponsored group", "un grupo
 * respaldado por un Estado", "группировка, спонсируемая государством", "một nhóm tin tặc được một nhà nước
 * hậu thuẫn", "国家支持的黑客组织"), acting "on behalf of a foreign state" ("в интересах иностранного
 * государства", "im Auftrag eines fremden Staates"). A research source's finding counts as a
 * government's does. Negative: a state inside the phrase ("a Chinese state-sponsored group") or a group
 * named after it in the clause ("..., tracked as UNC1234") names the actor, and other rules read it.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);

const UNNAMED: Array<{ lang: string; who: string; body: string }> = [
  { lang: 'en', who: 'EE', body: 'The Estonian government said a highly capable state actor was responsible for the intrusion into the ministry network.' },
  { lang: 'en', who: 'Kaspersky', body: 'Kaspersky said the espionage campaign against Estonian ministries was run by a state-sponsored group.' },
  { lang: 'en', who: 'EE', body: 'Estonian investigators said the hackers who breached the ministry worked on behalf of a foreign government.' },
  { lang: 'de', who: 'EE', body: 'Die estnische Regierung erklärte, der Angriff auf das Netz des Ministeriums gehe auf eine staatlich gesteuerte Gruppe zurück.' },
  { lang: 'de', who: 'EE', body: 'Estnische Ermittler erklärten, die Angreifer hätten das Ministerium im Auftrag eines fremden Staates gehackt.' },
  { lang: 'fr', who: 'EE', body: 'Le gouvernement estonien a estimé que l’intrusion dans le réseau du ministère était l’œuvre d’un groupe soutenu par un État.' },
  { lang: 'es', who: 'EE', body: 'El Gobierno de Estonia afirmó que el ataque contra la red del ministerio fue obra de un grupo respaldado por un Estado.' },
  { lang: 'ru', who: 'Kaspersky', body: 'В «Лаборатории Касперского» заявили, что за атакой на министерства Эстонии стоит группировка, спонсируемая государством.' },
  { lang: 'ru', who: 'EE', body: 'Правительство Эстонии заявило, что атаку на сеть министерства провели хакеры, действующие в интересах иностранного государства.' },
  { lang: 'vi', who: 'EE', body: 'Chính phủ Estonia cho biết vụ tấn công mạng nhằm vào bộ là do một nhóm tin tặc được một nhà nước hậu thuẫn thực hiện.' },
  { lang: 'zh', who: 'EE', body: '爱沙尼亚政府表示，针对该部网络的攻击是由国家支持的黑客组织实施的。' },
];

for (const c of UNNAMED) {
  test(`${c.lang}: an actor backed by an unnamed state is an attribution with no target: ${c.body.slice(0, 60)}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(unnamed(cs, c.who), show(cs));
  });
}

const NAMED: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Kaspersky said the campaign against Estonian ministries was run by a state-sponsored group, tracked as UNC2452.' },
  { lang: 'en', body: 'The Estonian government said a Russian state-sponsored group was responsible for the intrusion into the ministry network.' },
  { lang: 'es', body: 'El Gobierno de Estonia afirmó que el ataque contra la red del ministerio fue obra de un grupo ruso respaldado por un Estado.' },
];

for (const c of NAMED) {
  test(`${c.lang}: an actor named in or after the phrase leaves no untargeted attribution (negative): ${c.body.slice(0, 60)}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((k) => (k.stance === 'attributes' || k.stance === 'accuses') && !k.target), show(cs));
  });
}
