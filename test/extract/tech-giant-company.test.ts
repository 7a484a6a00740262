/**
 * A "tech giant" is a company noun like "security firm" (profiles' companyNouns: en "tech/technology/software/internet
 * giant", es "gigante tecnológico", zh 科技巨头/巨頭/巨擘): the state before or after it tells the giant's nationality,
 * so a named giant speaks for itself (state-premodifier.ts) and an unnamed one makes no state speak. Negatives: the
 * state that speaks on its own, a giant that is only the victim, a bare "giant" with no tech word. Sentences and names
 * invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['zh', '美國科技巨擘Rapidshield週四發布報告指出，一個以俄羅斯為基地的駭客組織鎖定了數十家銀行。'],
  ['zh', '美国科技巨头Rapidshield周四表示，俄罗斯黑客攻击了这些银行。'],
  ['es', 'El gigante tecnológico estadounidense Rapidshield afirmó el jueves que hackers rusos atacaron los bancos.'],
] as const) {
  test(`${lang}: a tech giant named after its state speaks, not the state: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Rapidshield', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The US tech giant said on Thursday that a Russia-based hacking group had targeted dozens of banks.'],
  ['en', 'The American internet giant said on Thursday that Russian hackers had attacked the banks.'],
  ['es', 'El gigante tecnológico estadounidense afirmó el jueves que hackers rusos atacaron los bancos.'],
] as const) {
  test(`${lang}: an unnamed tech giant makes no state speak: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The US said on Thursday that Russian hackers had attacked the tech giant Rapidshield.'],
  ['es', 'Estados Unidos afirmó el jueves que hackers rusos atacaron los servidores del gigante tecnológico Rapidshield.'],
  ['zh', '美国周四表示，俄罗斯黑客攻击了科技巨头Rapidshield。'],
  ['zh', '美国巨头Rapidshield周四表示，俄罗斯黑客攻击了这些银行。'],
] as const) {
  test(`${lang}: a state speaking on its own, or a giant with no tech word, still makes the state speak (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'US', 'RU'), show(cs));
  });
}
