/**
 * Forms of the linking verbs of attribution that the profiles missed: French "rattacher" (a synonym of "relier"),
 * a clitic object before the perfect ("l'ont relié à"), the present plural of "imputer" ("imputent"); Russian "со"
 * (the form of "с" before a consonant cluster) after "связать"/"связывать"; Chinese "将…与…关联/相关联"; English
 * "which X linked to" with a longer subject between the relative and the verb. Each attributes the act or the group
 * to the party after the preposition. Negatives: the same verbs linking things that are no actor, or a state body
 * attached to another administratively with no state after the preposition, attribute nothing.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const LINKED: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  { lang: 'fr', body: 'Londres rattache désormais le groupe Turla au service de renseignement russe.', claimant: 'GB', target: 'RU' },
  { lang: 'fr', body: 'Les autorités canadiennes ont rattaché ces intrusions à la Chine.', claimant: 'CA', target: 'CN' },
  { lang: 'fr', body: "Les enquêteurs néerlandais l'ont relié à la Russie dès le mois de mars.", claimant: 'NL', target: 'RU' },
  { lang: 'fr', body: 'Les services de renseignement britanniques imputent à la Russie une campagne contre les ports.', claimant: 'GB', target: 'RU' },
  { lang: 'ru', body: 'Великобритания связывает эту кампанию со спецслужбами Ирана.', claimant: 'GB', target: 'IR' },
  { lang: 'ru', body: 'Министерство обороны Японии связало утечку со структурами Китая.', claimant: 'JP', target: 'CN' },
  { lang: 'zh', body: '英国政府将这些攻击与伊朗相关联。', claimant: 'GB', target: 'IR' },
  { lang: 'zh', body: '日本警方首次将此类网络攻击与中国关联。', claimant: 'JP', target: 'CN' },
  { lang: 'en', body: 'The attacks came from Turla, a group which the British government and its closest allies have linked to Russia.', claimant: 'GB', target: 'RU' },
];

for (const { lang, body, claimant, target } of LINKED) {
  test(`${lang}: a linking verb attributes the act: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), `${body}\n${show(cs)}`);
  });
}

const NOTHING: Array<{ lang: string; body: string }> = [
  { lang: 'fr', body: 'La mairie a rattaché la petite commune au réseau électrique du département voisin.' },
  { lang: 'fr', body: "L'opérateur l'a relié au réseau de fibre du quartier en une semaine." },
  { lang: 'ru', body: 'Новый мост связывает город со столицей региона.' },
  { lang: 'zh', body: '该公司将新系统与旧数据库关联，以便查询客户记录。' },
  { lang: 'en', body: 'The cable, which the operator and its engineering partners have linked to the data centre, was laid last year.' },
];

for (const { lang, body } of NOTHING) {
  test(`${lang}: linking things that are no actor attributes nothing: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs.filter((c) => c.stance === 'attributes' || c.stance === 'accuses'), [], `${body}\n${show(cs)}`);
  });
}
