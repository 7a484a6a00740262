/**
 * A state in the complement of a predicate that lists or locates those hit ("the victims included ...", "受害者包括 ...",
 * "các mục tiêu bao gồm ...", "targets were located in ...") is on the victims' side: the speaker attributes nothing to
 * it (claims/victim-complement.ts, and the place of a target noun in claims/rules/reported-act.ts). Negative cases: a
 * state beside the actors, or the agent of a passive inside the complement, is still the accused. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const VICTIM: Array<{ lang: string; s: string; victim: string }> = [
  { lang: 'en', s: 'Microsoft said the victims it found included Russian bloggers.', victim: 'RU' },
  { lang: 'en', s: 'Microsoft said the targets were mostly located in Poland and Ukraine.', victim: 'PL' },
  { lang: 'fr', s: 'Microsoft a indiqué que les victimes comprenaient des journalistes russes.', victim: 'RU' },
  { lang: 'fr', s: 'Microsoft a indiqué que les cibles se trouvaient en Pologne.', victim: 'PL' },
  { lang: 'es', s: 'Microsoft afirmó que las víctimas incluían periodistas rusos.', victim: 'RU' },
  { lang: 'es', s: 'Microsoft afirmó que los objetivos se encontraban en Polonia y Ucrania.', victim: 'PL' },
  { lang: 'zh', s: '微软说，这些受害者中包括若干俄国博主。', victim: 'RU' },
  { lang: 'zh', s: '微软称，受害者多数分布在波兰和乌克兰两国。', victim: 'PL' },
  { lang: 'zh', s: '微软说，这次入侵的目标大多集中在波兰。', victim: 'PL' },
  { lang: 'vi', s: 'Microsoft cho biết các nạn nhân bao gồm các nhà báo Nga.', victim: 'RU' },
  { lang: 'vi', s: 'Microsoft cho biết nhóm này chọn các mục tiêu ở Ba Lan và Litva.', victim: 'PL' },
  { lang: 'de', s: 'Microsoft sagte, zu den Zielen gehörten russische Behörden.', victim: 'RU' },
];

for (const c of VICTIM) {
  test(`${c.lang}: a state listed or placed among those hit is not accused: ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!attributes(cs, 'Microsoft', c.victim), show(cs));
  });
}

const ACCUSED: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Microsoft said Russian hackers targeted the victims.' },
  { lang: 'fr', s: 'Microsoft a indiqué que des pirates russes avaient visé les victimes.' },
  { lang: 'fr', s: 'Microsoft a indiqué que les victimes comprenaient des journalistes piratés par des pirates russes.' },
  { lang: 'es', s: 'Microsoft afirmó que piratas rusos atacaron a las víctimas.' },
  { lang: 'es', s: 'Microsoft afirmó que las víctimas incluían periodistas atacados por piratas rusos.' },
  { lang: 'zh', s: '微软表示，俄罗斯黑客攻击了受害者。' },
  { lang: 'zh', s: '微软说，这些受害者中包括被俄国黑客入侵的博主。' },
  { lang: 'vi', s: 'Microsoft cho biết tin tặc Nga đã tấn công các nạn nhân.' },
  { lang: 'vi', s: 'Microsoft cho biết các nạn nhân bao gồm các nhà báo bị tin tặc Nga tấn công.' },
];

for (const c of ACCUSED) {
  test(`${c.lang}: the actors' state is still accused (negative): ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, 'Microsoft', 'RU'), show(cs));
  });
}
