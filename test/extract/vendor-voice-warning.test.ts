/**
 * A vendor's own warning in its post's first person plural: the first-person forms of warning verbs
 * ("nous mettons en garde", "alertamos", "мы предупреждаем") and an expectation that the actor goes on
 * ("we expect X will continue", "мы ожидаем, что X продолжит атаки", "nous nous attendons à ce que X
 * poursuive", "wir erwarten, dass X ... fortsetzt", "prevemos que X seguirá", "chúng tôi dự đoán X sẽ
 * tiếp tục", "我们预计X将继续"): the publisher warns of the group. An expectation of anything else
 * ("esperamos que el gobierno publique el informe") warns of no one. Sentences and the vendor
 * (Velmora Labs, a research unit named in the byline) are invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warnsOf = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant && c.stance === 'warns');

// ESET stands for the vendor's name in the byline: a known research source, so that the byline names the publisher.
const CASES: Array<[lang: string, header: string, body: string]> = [
  ['fr', 'Recherche ESET | 7 mars 2024', 'Nous mettons en garde les associations de la diaspora : Sandworm cible ces organisations depuis des années.'],
  ['fr', 'Recherche ESET | 7 mars 2024', 'Nous nous attendons à ce que Sandworm poursuive ses attaques contre les opérateurs.'],
  ['ru', 'ESET | Исследования | 3 мая 2024', 'Мы ожидаем, что Sandworm продолжит атаки и будет развивать свои инструменты.'],
  ['de', 'ESET | Forschung | 7. März 2024', 'Wir erwarten, dass Sandworm seine Angriffe auf Netzbetreiber fortsetzt.'],
  ['es', 'ESET | Investigación | 7 de marzo de 2024', 'Prevemos que Sandworm seguirá atacando a los operadores de redes.'],
  ['es', 'ESET | Investigación | 7 de marzo de 2024', 'Alertamos a los operadores de que Sandworm sigue activo.'],
  ['vi', 'ESET | Nghiên cứu | 7/3/2024', 'Chúng tôi dự đoán Sandworm sẽ tiếp tục tấn công các nhà mạng.'],
  ['zh', '作者：ESET研究团队  发布时间：2024年3月7日', '我们预计Sandworm将继续攻击能源企业。'],
];

for (const [lang, header, body] of CASES) {
  test(`${lang}: the publisher's own warning or expectation warns of the group: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'warns' && c.target === 'Sandworm Team'), show(cs));
  });
}

test('es: an expectation of something else warns of no one', () => {
  const cs = claimsOf('Esperamos que el gobierno publique pronto el informe sobre la red.', 'es', { header: 'ESET | Investigación | 7 de marzo de 2024' });
  assert.ok(!warnsOf(cs, 'ESET'), show(cs));
});

test('ru: an expectation of a release is no warning', () => {
  const cs = claimsOf('Мы ожидаем, что обновление выйдет на следующей неделе.', 'ru', { header: 'ESET | Исследования | 3 мая 2024' });
  assert.ok(!warnsOf(cs, 'ESET'), show(cs));
});

test('zh: a research unit of a vendor in the byline publishes the post', () => {
  const cs = claimsOf('我们提醒相关单位对海莲花的攻击提高警惕。', 'zh', { header: '作者：360天眼实验室  发布时间：2015年5月29日' });
  assert.ok(cs.some((c) => c.claimant === 'Qihoo 360' && c.stance === 'warns'), show(cs));
});
