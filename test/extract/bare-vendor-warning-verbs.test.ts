/**
 * A bare foreign vendor name with no company word ("Kestrel") opening its clause is read as an organisation when a
 * verb of warning or accusation of the profile follows it, as it already was before a verb of speech: "Kestrel
 * предупредила, что ...", "Kestrel связывает атаку с ...". Sentences and vendors invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, stance, target] of [
  ['ru', 'Kestrel предупредила, что китайская группировка APT41 готовит новые атаки на порты.', 'warns', 'CN'],
  ['ru', 'Kestrel связывает взлом портовых серверов с северокорейской группировкой Lazarus.', 'attributes', 'KP'],
  ['ru', 'Ранее Kestrel приписывала взлом портовых серверов северокорейским хакерам.', 'attributes', 'KP'],
] as const) {
  test(`${lang}: a bare vendor name before a verb of warning or accusation speaks: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    const st = (s: string) => (s === 'accuses' ? 'attributes' : s);
    assert.ok(cs.some((c) => c.claimant === 'Kestrel' && st(c.stance) === stance && c.target === target), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Kestrel warnte, dass die chinesische Gruppe APT41 neue Angriffe auf Häfen vorbereite. Kestrel beobachtet die Gruppe seit Jahren.'],
  ['es', 'Kestrel advirtió que el grupo chino APT41 prepara nuevos ataques contra puertos. Kestrel sigue al grupo desde hace años.'],
  ['en', 'Kestrel warned that the Chinese group APT41 was preparing new attacks on ports. Kestrel has tracked the group for years.'],
] as const) {
  test(`${lang}: a bare vendor name before a verb of warning still speaks: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'Kestrel' && c.stance === 'warns' && c.target === 'CN'), show(cs));
  });
}

test('ru: a bare name in another phrase, or no verb of its own, is no speaker', () => {
  const cs = claimsOf('История с Kestrel предупреждает о том, что китайская группировка APT41 готовит новые атаки.', 'ru');
  assert.ok(!cs.some((c) => c.claimant === 'Kestrel'), show(cs));
  const obj = claimsOf('Хакеры атаковали Kestrel, а затем предупредили, что APT41 продолжит атаки.', 'ru');
  assert.ok(!obj.some((c) => c.claimant === 'Kestrel'), show(obj));
});
