/**
 * An unlinked Cyrillic acronym names its organisation in Latin letters, as a quoted Cyrillic name already
 * does ("ВЛТК" -> "VLTK"): the victim that confirms its hit is named as the labels and other languages name
 * it. Negative: a sector word in capitals ("СМИ") is still no organisation. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import { extract } from '../../src/extract/extract.ts';

test('ru: a Cyrillic acronym victim confirms under its Latin name', () => {
  const cs = claimsOf('Онлайн-сервисы медиахолдинга ВЛТК в ночь на вторник подверглись хакерской атаке.', 'ru', { title: 'Атака на медиахолдинг' });
  assert.ok(cs.some((c) => c.claimant === 'VLTK' && c.stance === 'confirms' && c.target === 'VLTK'), show(cs));
  assert.ok(!cs.some((c) => /\p{Script=Cyrillic}/u.test(c.claimant)), show(cs));
});

test('ru: a speaking Cyrillic acronym is named in Latin letters', () => {
  const cs = claimsOf('ВЛТК сообщила, что её серверы подверглись DDoS-атаке.', 'ru', { title: 'Атака' });
  assert.ok(cs.some((c) => c.claimant === 'VLTK' && c.stance === 'confirms'), show(cs));
});

test('ru: a sector word in capitals is no organisation (negative)', () => {
  const x = extract('Атака\nСМИ сообщили, что серверы подверглись атаке.\nSource: https://example.org/story', { lang: 'ru' });
  assert.ok(!x.claims.some((c) => c.claimant === 'SMI' || c.claimant === 'СМИ'), JSON.stringify(x.claims));
});
