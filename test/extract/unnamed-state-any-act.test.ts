/**
 * An act a universal quantifier determines ("any attack carried out by a foreign state would be answered", "jeder
 * Angriff eines staatlichen Akteurs", "toute attaque menée par un acteur étatique", "cualquier ataque perpetrado por
 * un Estado extranjero", "любая атака, организованная иностранным государством", "bất kỳ cuộc tấn công nào do ...",
 * "任何攻击若由...实施") stands for every act of its kind: no incident, so the unnamed state actor told as its author
 * is no attribution. The same sentences about one act still are. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);

const GENERIC: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: "Latvia's foreign ministry said any attack carried out by a foreign state would be answered." },
  { lang: 'en', body: "Latvia's foreign ministry said every intrusion by a state actor would be answered in kind." },
  { lang: 'de', body: 'Das lettische Außenministerium erklärte, jeder Angriff eines staatlichen Akteurs werde beantwortet.' },
  { lang: 'fr', body: 'Le ministère letton a déclaré que toute attaque menée par un acteur étatique recevrait une réponse.' },
  { lang: 'es', body: 'El Gobierno de Letonia afirmó que cualquier ataque perpetrado por un Estado extranjero tendrá respuesta.' },
  { lang: 'ru', body: 'МИД Латвии заявил, что любая атака, организованная иностранным государством, получит ответ.' },
  { lang: 'vi', body: 'Bộ Ngoại giao Latvia cho biết bất kỳ cuộc tấn công nào do một quốc gia nước ngoài thực hiện đều sẽ bị đáp trả.' },
  { lang: 'zh', body: '拉脱维亚外交部表示，任何攻击若由国家支持的黑客组织实施，都将受到回应。' },
];

for (const c of GENERIC) {
  test(`${c.lang}: an act for every act of its kind is no attribution: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!unnamed(cs), show(cs));
  });
}

const ONE_ACT: Array<{ lang: string; who: string; body: string }> = [
  { lang: 'en', who: 'LV', body: "Latvia's foreign ministry said the attack on its mail servers was carried out by a foreign state." },
  { lang: 'de', who: 'LV', body: 'Das lettische Außenministerium erklärte, der Angriff auf seine Server deute auf einen staatlichen Akteur hin.' },
  { lang: 'fr', who: 'LV', body: 'Le ministère letton a déclaré que l’attaque contre ses serveurs avait été menée par un acteur étatique.' },
  { lang: 'ru', who: 'LV', body: 'МИД Латвии заявил, что атака на его серверы была организована иностранным государством.' },
  { lang: 'vi', who: 'LV', body: 'Bộ Ngoại giao Latvia cho biết cuộc tấn công vào máy chủ của bộ do một quốc gia nước ngoài thực hiện.' },
];

for (const c of ONE_ACT) {
  test(`${c.lang}: one act by an unnamed state actor is still an attribution: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.who && (x.stance === 'attributes' || x.stance === 'accuses') && !x.target), show(cs));
  });
}
