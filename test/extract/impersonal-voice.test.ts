/**
 * A publisher's finding told impersonally: in a research source's post (its byline names it) a sentence
 * with no speaker that puts the act on someone ("the group is most likely behind this new attack", "за
 * атакой стоит группировка, спонсируемая государством", "les traces mènent à X") is the publisher's
 * attribution. Negatives: a news outlet's unattributed sentence is its reporting, a question asks, and a
 * place the act hit is no accused ("für einen Stromausfall in X verantwortlich"). Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const BYLINE = { en: 'ESET Research | WeLiveSecurity | 12 April 2022', de: 'ESET Research | WeLiveSecurity | 12. April 2022', fr: 'ESET Research | WeLiveSecurity | 12 avril 2022', es: 'ESET Research | WeLiveSecurity | 12 de abril de 2022', vi: 'ESET Research | WeLiveSecurity | 12/4/2022', zh: 'ESET Research | WeLiveSecurity | 2022年4月12日', ru: 'Kaspersky | Securelist | 12 апреля 2022' } as const;

for (const [lang, claimant, target, body] of [
  ['de', 'ESET', 'Sandworm Team', 'Hinter der Kampagne gegen die Stadtwerke steckt mit hoher Wahrscheinlichkeit die Sandworm-Gruppe.'],
  ['en', 'ESET', 'RU', 'Russia is likely behind this new attack.'],
  ['fr', 'ESET', 'RU', 'Les traces mènent à la Russie.'],
  ['es', 'ESET', 'RU', 'Rusia está detrás del ataque contra la empresa.'],
  ['vi', 'ESET', 'RU', 'Nga đứng sau vụ tấn công này.'],
  ['zh', 'ESET', 'RU', '俄罗斯是这次攻击的幕后黑手。'],
  ['ru', 'Kaspersky', null, 'Все найденные следы указывают на то, что за атаками стоит группировка, спонсируемая государством.'],
] as const) {
  test(`${lang}: the publisher's impersonal finding: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'New campaign', header: BYLINE[lang] });
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'attributes' && (c.target ?? null) === target), show(cs));
  });
}

for (const [lang, header, body] of [
  ['en', 'Reuters | 12 April 2022', 'Russia is behind the attack on the energy firm.'],
  ['en', BYLINE.en, 'Why is Russia behind this attack?'],
  ['de', BYLINE.de, 'Die Schadsoftware Industroyer war damals für einen mehrstündigen Stromausfall in der Ukraine verantwortlich.'],
  ['es', 'El País | 12 de abril de 2022', 'Rusia está detrás del ataque contra la empresa.'],
] as const) {
  test(`${lang}: no publisher's finding (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'New campaign', header });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
