/**
 * A verb of entering with its preposition ("проникла в", "a pénétré dans", "潜入") tells a hostile act whose
 * object is what was entered: a state named in that object ("в сеть польской компании", "dans les réseaux des
 * ministères polonais") is the one hit, never the accused of the act the speaker tells. The state on the actors who
 * entered ("российские хакеры", "des pirates russes") still names the accused. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

type Case = [lang: string, body: string, claimant: string, accused: string, notAccused?: string];

const cases: Case[] = [
  ['ru', 'По данным ESET, группа Turla проникла в сеть польской энергетической компании.', 'ESET', 'Turla', 'PL'],
  ['fr', 'Selon ESET, le groupe Turla a pénétré dans les réseaux des ministères polonais.', 'ESET', 'Turla', 'PL'],
  ['zh', '据ESET称，Turla组织潜入波兰各部委的网络。', 'ESET', 'Turla', 'PL'],
  // near misses: the state on the actors who entered
  ['ru', 'По данным ESET, российские хакеры проникли в сеть энергетической компании.', 'ESET', 'RU'],
  ['fr', 'Selon ESET, des pirates russes ont pénétré dans les réseaux du ministère.', 'ESET', 'RU'],
  ['zh', '据ESET称，俄罗斯黑客潜入了该部的网络。', 'ESET', 'RU'],
];

for (const [lang, body, claimant, accused, notAccused] of cases) {
  test(`${lang}: ${claimant} attributes to ${accused}${notAccused ? `, not ${notAccused}` : ''}: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, accused), show(cs));
    if (notAccused) assert.ok(!cs.some((c) => c.target === notAccused && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}
