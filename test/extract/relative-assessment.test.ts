/**
 * An assessment told in a relative clause that hangs on a threat group ("X, which we assess to be
 * linked to Y", "X, que nous évaluons comme lié à Y", "X, которую мы считаем связанной с Y"): the group is
 * what the speaker tells of, so the sponsor named in the clause is the one it is attributed to; an
 * assessment naming no sponsor attributes nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const HEADER = 'ESET Research | Blog | 3 March 2024';

const CASES: Array<{ lang: string; body: string; target: string }> = [
  { lang: 'fr', body: 'Le mode opératoire Mustang Panda, aussi appelé "GreyOtter", que nous évaluons avec une confiance moyenne comme lié à la Chine, cible des ministères.', target: 'CN' },
  { lang: 'fr', body: 'Un autre groupe, Void Blizzard, que nous évaluons avec un haut degré de confiance comme étant affilié à la Russie.', target: 'RU' },
  { lang: 'en', body: 'The actor Void Blizzard, which we assess with high confidence to be affiliated with Russia, targets ministries.', target: 'RU' },
  { lang: 'es', body: 'El grupo Void Blizzard, que evaluamos con alta confianza como vinculado a Rusia, apunta a ministerios.', target: 'RU' },
  { lang: 'ru', body: 'Группировка APT29, которую мы считаем связанной с Россией, атакует министерства.', target: 'RU' },
  // The tie names the state by an adjective only ("l'État chinois", "the Russian state"): the state the group is known to serve.
  { lang: 'fr', body: 'Le mode opératoire Mustang Panda, que nous évaluons comme lié à l\'État chinois, vise des ministères.', target: 'CN' },
  { lang: 'en', body: 'The actor APT29, which we assess to be linked to the Russian state, targets ministries.', target: 'RU' },
  { lang: 'vi', body: 'Nhóm APT29, mà chúng tôi đánh giá là có liên hệ với Nga, nhắm vào các bộ.', target: 'RU' },
];

for (const c of CASES) {
  test(`${c.lang}: "GROUP, which we assess as linked to STATE" is the publisher's attribution`, () => {
    const cs = claimsOf(c.body, c.lang, { header: HEADER });
    assert.ok(attributes(cs, 'ESET', c.target), show(cs));
  });
}

test('fr: an assessment in a relative clause that names no sponsor attributes nothing', () => {
  const cs = claimsOf('Mustang Panda, que nous évaluons comme un acteur sérieux, vise la France.', 'fr', { header: HEADER });
  assert.ok(!cs.some((x) => x.stance === 'attributes' || x.stance === 'accuses'), show(cs));
});
