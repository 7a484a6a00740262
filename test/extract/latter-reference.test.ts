/**
 * "The latter" ("ce dernier", "Letzterer", "este último", "последний", "the latter") points back to the party named
 * last before it, not to whoever spoke before: a researcher introduced after a minister who spoke makes the claim
 * that follows, for their company. Negatives: the same words as a determiner ("esta última campaña") refer to
 * nobody, and with no party named in the sentence before the reference stands for no claimant.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const positives: [string, string, string, string][] = [
  ['fr', "La ministre portugaise Ana Catarina Mendes a accusé la Chine mardi. Le chercheur de Sekoia Luc Maréchal a ensuite examiné les journaux. Ce dernier a affirmé que le groupe Gamaredon, lié à la Russie, est derrière l'intrusion.", 'Sekoia', 'RU'],
  ['de', 'Der slowakische Innenminister Matúš Šutaj Eštok beschuldigte am Montag China. Danach untersuchte der Analyst Peter Kovač von ESET die Protokolle. Letzterer erklärte, die Gruppe Gamaredon aus Russland stecke hinter dem Einbruch.', 'ESET', 'RU'],
  ['es', 'El ministro uruguayo de Defensa Armando Castaingdebat acusó a China el lunes. Luego la investigadora de Kaspersky Lucía Benítez revisó los registros. Esta última afirmó que el grupo Lazarus, vinculado a Corea del Norte, está detrás de la intrusión.', 'Kaspersky', 'KP'],
  ['ru', 'Министр внутренних дел Молдавии Даниэла Мисаил-Никитин обвинила Китай в понедельник. Затем она встретилась с аналитиком компании Kaspersky Артуром Рейесом. Последний заявил, что за вторжением стоит группировка Lazarus, связанная с КНДР.', 'Kaspersky', 'KP'],
  ['vi', 'Bộ trưởng Nội vụ Moldova Daniella Misail-Nichitin đã gặp ông Arturo Reyes, chuyên gia của Kaspersky. Người này cho biết nhóm Lazarus có liên hệ với Triều Tiên đứng sau vụ xâm nhập.', 'Kaspersky', 'KP'],
  ['zh', '摩尔多瓦内政部长米萨伊尔-尼基京会见了卡巴斯基分析师阿图罗·雷耶斯。后者表示，与朝鲜有关的Lazarus组织是此次入侵的幕后黑手。', 'Kaspersky', 'KP'],
  ['en', 'Moldovan Interior Minister Daniella Misail-Nichitin blamed China on Monday. She later met Arturo Reyes, an analyst at Kaspersky. The latter said the Lazarus group, linked to North Korea, was behind the intrusion.', 'Kaspersky', 'KP'],
];

for (const [lang, body, claimant, target] of positives) {
  test(`${lang}: "the latter" is the party named last, not the speaker before`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant !== claimant && c.target === target), show(cs));
  });
}

test('fr: "cette dernière" after an accused state is that state', () => {
  const cs = claimsOf("Le ministre letton Andris Sprūds a accusé la Russie d'être derrière l'intrusion. Cette dernière a démenti toute implication.", 'fr');
  assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'LV' && c.stance === 'denies'), show(cs));
});

test('es: "esta última" as a determiner refers to nobody (negative)', () => {
  const cs = claimsOf('El ministro uruguayo de Defensa Armando Castaingdebat acusó a China el lunes. Esta última campaña afectó a varios puertos.', 'es');
  assert.equal(cs.filter((c) => c.evidence.text.startsWith('Esta última')).length, 0, show(cs));
});

test('ru: "последний" as a determiner refers to nobody (negative)', () => {
  const cs = claimsOf('Министр внутренних дел Молдавии Даниэла Мисаил-Никитин обвинила Китай в понедельник. Последний доклад Kaspersky вышел в марте.', 'ru');
  assert.equal(cs.filter((c) => c.evidence.text.startsWith('Последний')).length, 0, show(cs));
});

test('fr: "ce dernier" with nobody named in the sentence before stands for no claimant (negative)', () => {
  const cs = claimsOf("La ministre portugaise Ana Catarina Mendes a accusé la Chine mardi.\n\nCe dernier a affirmé que le groupe Gamaredon, lié à la Russie, est derrière l'intrusion.", 'fr');
  assert.ok(!cs.some((c) => c.target === 'RU'), show(cs));
});
