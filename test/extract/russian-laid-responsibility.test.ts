/**
 * Russian responsibility laid on the accused with the preposition before it ("возложило на Белоруссию
 * ответственность за атаку") and an act explained by the accused's actions ("объяснила сбой действиями
 * российских хакеров"). The cue ends where the accused begins, so the accused is read as its object (the
 * cue once spanned the accused, which hid it). Distances count tokens. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [body, claimant, target] of [
  ['Правительство Польши возложило на Белоруссию ответственность за атаку на железнодорожную сеть.', 'PL', 'BY'],
  ['Британский центр кибербезопасности NCSC в четверг возложил на российскую военную разведку ответственность за взломы почтовых серверов.', 'GB', 'RU'],
  ['Польша возложила ответственность за атаку на Белоруссию.', 'PL', 'BY'],
  ['Украина объяснила сбой действиями российских военных хакеров.', 'UA', 'RU'],
] as const) {
  test(`ru: responsibility laid on ${target}: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, 'ru');
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const body of [
  'Правительство возложило на министерство ответственность за защиту сетей.',
  'Компания объяснила сбой техническими неполадками.',
]) {
  test(`ru: no accusation: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, 'ru');
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
