/**
 * An actor backed by a state the speaker leaves unnamed, told by a participle phrase of support with an indefinite
 * state: after the actor noun ("хакеры, спонсируемые государством", "nhóm tin tặc được một nhà nước hậu thuẫn", "eine
 * Gruppe, die von einem Staat gesteuert wird"), or before it ("eine von einem Staat unterstützte Gruppe",
 * "某国政府支持的黑客组织"). The speaker attributes the act to no state: the claim has no target. Negatives: a
 * named state in the phrase ("vom russischen Staat", "российским государством", "俄罗斯政府") names the actor, and a
 * state-owned company is no sponsor. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);
const untargeted = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);

const UNNAMED: Array<{ lang: string; body: string }> = [
  { lang: 'ru', body: 'Правительство Эстонии заявило, что атаку на сеть министерства провели хакеры, спонсируемые государством.' },
  { lang: 'ru', body: 'Правительство Эстонии заявило, что за взломом почты министерства стоят злоумышленники, финансируемые иностранным государством.' },
  { lang: 'de', body: 'Die estnische Regierung erklärte, eine von einem Staat unterstützte Gruppe habe das Netz des Ministeriums angegriffen.' },
  { lang: 'de', body: 'Die estnische Regierung erklärte, hinter dem Angriff stecke eine Gruppe, die von einem Staat gesteuert wird.' },
  { lang: 'vi', body: 'Chính phủ Estonia cho biết nhóm tin tặc được một nhà nước hậu thuẫn đã tấn công mạng của bộ.' },
  { lang: 'zh', body: '爱沙尼亚政府表示，某国政府支持的黑客组织对该部网络发动了攻击。' },
];

for (const c of UNNAMED) {
  test(`${c.lang}: an actor backed by an unnamed state is an attribution with no target: ${c.body.slice(0, 60)}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(unnamed(cs, 'EE'), show(cs));
  });
}

const NAMED: Array<{ lang: string; body: string }> = [
  { lang: 'ru', body: 'Правительство Эстонии заявило, что атаку на сеть министерства провели хакеры, спонсируемые российским государством.' },
  { lang: 'de', body: 'Die estnische Regierung erklärte, eine vom russischen Staat unterstützte Gruppe habe das Netz des Ministeriums angegriffen.' },
  { lang: 'vi', body: 'Chính phủ Estonia cho biết nhóm tin tặc được nhà nước Nga hậu thuẫn đã tấn công mạng của bộ.' },
  { lang: 'zh', body: '爱沙尼亚政府表示，俄罗斯政府支持的黑客组织对该部网络发动了攻击。' },
];

for (const c of NAMED) {
  test(`${c.lang}: a named state in the phrase leaves no untargeted attribution (negative): ${c.body.slice(0, 60)}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!untargeted(cs), show(cs));
  });
}

const NO_SPONSOR: Array<{ lang: string; body: string }> = [
  { lang: 'ru', body: 'Правительство Эстонии заявило, что государственная компания отразила атаку хакеров на сеть министерства.' },
  { lang: 'de', body: 'Die estnische Regierung erklärte, ein vom Staat gegründetes Unternehmen habe den Angriff auf das Ministerium abgewehrt.' },
  { lang: 'vi', body: 'Chính phủ Estonia cho biết một doanh nghiệp được nhà nước sở hữu đã ngăn chặn vụ tấn công mạng.' },
];

for (const c of NO_SPONSOR) {
  test(`${c.lang}: a state-owned company is no sponsor (negative): ${c.body.slice(0, 60)}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!untargeted(cs), show(cs));
  });
}
