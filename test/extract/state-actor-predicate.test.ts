/**
 * A threat group classified as an unnamed state's actor by a copula, in a publisher's first-person assessment (a
 * confidence phrase may stand between the cue and its complement): "we assess with moderate confidence that X is a
 * state-sponsored actor", "我们判断该团伙为某国政府资助的团伙", "evaluamos que X es un actor estatal". The publisher
 * attributes the group to a state it does not name: an attribution with no target, about the group. Negatives: a
 * group classified as a criminal one, a state named in the phrase (that state is the target), the classification
 * negated or supposed, the "we" of a quoted official (the official's state speaks) and the "we" of a newspaper's
 * opinion piece. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const unnamed = (cs: ClaimCandidate[], claimant: string, group: string) =>
  cs.some((c) => c.claimant === claimant && c.stance === 'attributes' && !c.target && c.about.includes(group));

const POSTS = {
  en: { title: 'Windshift resurfaces against shipping registries', header: 'Threat Intelligence | Symantec | 4 May 2024\n', opening: 'Symantec researchers have been watching a spear-phishing wave against shipping registries since March. ' },
  es: { title: 'Windshift vuelve contra registros navieros', header: 'Blog | ESET | 4 de mayo de 2024\n', opening: 'Desde marzo seguimos una oleada de phishing contra registros navieros. ' },
  zh: { title: 'Windshift航运登记机构攻击分析', header: '360公司 | 样本分析 | 2024年5月4日\n', opening: '从三月起，我们一直在观察一波冲着船舶登记处的钓鱼邮件。' },
  ru: { title: 'Windshift снова атакует судовые регистры', header: 'Блог «Лаборатории Касперского», Securelist, 4 мая 2024 г.\n', opening: 'С марта мы следим за волной фишинговых писем, направленных против судовых регистров. ' },
  vi: { title: 'Windshift quay lại tấn công các cơ quan đăng kiểm tàu biển', header: 'Blog | Kaspersky | 4/5/2024\n', opening: 'Từ tháng Ba, chúng tôi theo dõi một đợt thư lừa đảo nhắm vào các cơ quan đăng kiểm tàu biển. ' },
  fr: { title: 'Windshift s\'en prend aux registres maritimes', header: 'Blog | ESET | 4 mai 2024\n', opening: 'Depuis mars, nous suivons une vague d\'hameçonnage visant des registres maritimes. ' },
  de: { title: 'Windshift greift Schiffsregister an', header: 'Blog | ESET | 4. Mai 2024\n', opening: 'Seit März verfolgen wir eine Phishing-Welle gegen Schiffsregister. ' },
} as const;

const post = (lang: keyof typeof POSTS, sentence: string) => {
  const p = POSTS[lang];
  return claimsOf(`${p.opening}${sentence}`, lang, { title: p.title, header: p.header });
};

const PUBLISHER = { en: 'Symantec', es: 'ESET', zh: 'Qihoo 360', ru: 'Kaspersky', vi: 'Kaspersky', fr: 'ESET', de: 'ESET' } as const;

for (const [lang, sentence] of [
  ['en', 'We assess with moderate confidence that Windshift is a state-sponsored actor.'],
  ['en', 'Taken together, we believe that Windshift is highly likely a nation-state-backed group.'],
  ['es', 'Evaluamos con confianza moderada que Windshift es un actor patrocinado por un Estado.'],
  ['es', 'Por la duración de la campaña creemos que Windshift cuenta con el respaldo de un Estado.'],
  ['zh', '对照样本特征，我们判断Windshift为某国政府资助的团伙。'],
  ['ru', 'Мы с высокой степенью уверенности считаем, что Windshift является государственным актором.'],
  ['vi', 'Với độ tin cậy cao, chúng tôi nhận định Windshift là một tác nhân cấp nhà nước.'],
  ['fr', 'Avec une confiance élevée, nous estimons que Windshift est un acteur étatique.'],
] as const) {
  test(`${lang}: the publisher classifies a group as an unnamed state's actor: ${sentence.slice(0, 60)}`, () => {
    const cs = post(lang, sentence);
    assert.ok(unnamed(cs, PUBLISHER[lang], 'Windshift'), show(cs));
  });
}

test('zh: a noun pointing back to the group is the copula\'s subject', () => {
  const cs = post('zh', 'Windshift团伙惯用一套自研工具。对照样本与服务器，我们判断该团伙为某国政府资助的团伙。');
  assert.ok(cs.some((c) => c.claimant === 'Qihoo 360' && c.stance === 'attributes' && !c.target), show(cs));
});

for (const [lang, sentence] of [
  ['en', 'We assess with moderate confidence that Windshift is a financially motivated crime group.'],
  ['es', 'Evaluamos con confianza moderada que Windshift es una banda criminal con fines de lucro.'],
  ['zh', '我们判断Windshift是一伙只图钱财的犯罪分子。'],
] as const) {
  test(`${lang}: a group classified as a criminal one is no state's (negative): ${sentence.slice(0, 50)}`, () => {
    const cs = post(lang, sentence);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

for (const [lang, sentence] of [
  ['en', 'We do not believe that Windshift is a state-sponsored actor.'],
  ['en', 'If Windshift is a state-sponsored actor, its victims may be chosen for intelligence value.'],
  ['fr', 'Nous ne pensons pas que Windshift soit un acteur étatique.'],
  ['es', 'No creemos que Windshift sea un actor estatal.'],
  ['ru', 'Мы не считаем, что Windshift является государственным актором.'],
  ['zh', '我们判断Windshift并非某国政府资助的团伙。'],
  ['zh', '假如Windshift为某国政府资助的团伙，它的目标会更广。'],
] as const) {
  test(`${lang}: a classification negated or supposed makes no claim (negative): ${sentence.slice(0, 50)}`, () => {
    const cs = post(lang, sentence);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

test('en: a state named in the phrase is the target, not an unnamed state (negative)', () => {
  const cs = post('en', 'We assess with moderate confidence that Windshift is a Russian state-sponsored actor.');
  assert.ok(!cs.some((c) => c.stance === 'attributes' && !c.target), show(cs));
});

test('en: a quoted official\'s "we" is the official\'s state, not the publisher (negative)', () => {
  const cs = claimsOf('Estonia\'s foreign minister Mart Kask said on Monday: "We believe Windshift is a state-sponsored group."', 'en', { title: 'Windshift resurfaces' });
  assert.ok(!cs.some((c) => c.claimant !== 'EE' && c.stance === 'attributes'), show(cs));
});

test('en: the "we" of a newspaper\'s opinion piece makes no claim (negative)', () => {
  const cs = claimsOf('Ministers keep dodging the question. We believe Windshift is a state-sponsored group, and voters deserve to hear who runs it.', 'en', { title: 'Opinion: Say who is behind Windshift', header: 'Opinion | The Harbour Ledger | 4 May 2024' });
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});
