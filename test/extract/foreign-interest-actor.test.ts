/**
 * An attribution to an actor the speaker leaves unnamed, told by whose interest it serves or who backs it:
 * "hackers acting in the interest of a foreign power", "действующие в интересах иностранных сил",
 * "im Interesse einer fremden Macht", "一个由外国政府支持的黑客组织". The speaker attributes the act to no
 * state: the claim has no target. Also the assessor as the source of the words ("по оценке X", like "in the
 * assessment of X") and a suspicion as the suspecter's words ("美国官员怀疑攻击背后有X的支持"). Negatives: a
 * firm acting in its clients' interest, an assessment of damage, a passive suspicion ("被怀疑"). Names and
 * sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant && c.stance === 'attributes' && !c.target);

for (const [lang, claimant, title, body] of [
  ['ru', 'RU', 'Кибератаки на министерства', 'По оценке ФСБ, за атаками стоят хакеры, действующие в интересах иностранной державы.'],
  ['ru', 'MD', 'Кибератаки на министерства', 'МИД Молдавии заявил, что за атаками стоят группировки, действующие в интересах иностранных сил.'],
  ['ru', 'RU', 'Кибератаки на министерства', 'По оценке ФСБ, масштаб атак указывает на «государственного субъекта».'],
  ['zh', 'CN', '网络攻击事件', '国家计算机病毒应急处理中心认为，这是一个由外国政府支持的黑客组织发动的攻击。'],
  ['zh', 'CN', '网络攻击事件', '国家计算机病毒应急处理中心认为，攻击者是境外政府资助的黑客组织。'],
  ['en', 'FR', 'Cyberattack on ministries', 'The French foreign ministry said the attacks were carried out by hackers acting in the interest of a foreign power.'],
  ['de', 'DE', 'Cyberangriff auf Ministerien', 'Das Bundesamt für Verfassungsschutz erklärte, die Angriffe seien von Hackern im Interesse einer fremden Macht verübt worden.'],
  ['fr', 'FR', 'Cyberattaque contre des ministères', "Le ministère français des Affaires étrangères a indiqué que les attaques avaient été menées par des pirates agissant dans l'intérêt d'une puissance étrangère."],
  ['es', 'ES', 'Ciberataque contra ministerios', 'El Gobierno de España afirmó que los ataques fueron llevados a cabo por piratas que actúan en interés de una potencia extranjera.'],
] as const) {
  test(`${lang}: an actor in a foreign interest, unnamed: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(unnamed(cs, claimant), show(cs));
  });
}

for (const [lang, title, body] of [
  ['zh', '伊朗黑客被起诉', '美国官员怀疑攻击背后有伊朗政府的支持。'],
  ['zh', '伊朗駭客被起訴', '美國官員懷疑攻擊背後有伊朗政府的支持。'],
] as const) {
  test(`${lang}: a suspicion is the suspecter's attribution: ${body}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === 'US' && c.stance === 'attributes' && c.target === 'IR'), show(cs));
  });
}

for (const [lang, title, body] of [
  ['ru', 'Кибератаки на министерства', 'По оценке ФСБ, ущерб от атак составил миллион рублей.'],
  ['ru', 'Кибератаки на министерства', 'ФСБ заявила, что компания действует в интересах иностранных клиентов.'],
  ['zh', '网络攻击事件', '该组织被怀疑与黑客攻击有关。'],
  ['zh', '网络攻击事件', '美国官员怀疑这份报告的真实性。'],
  ['en', 'Cyberattack on ministries', 'The French foreign ministry said the embassy acts in the interest of foreign investors.'],
] as const) {
  test(`${lang}: no unnamed actor is accused (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
