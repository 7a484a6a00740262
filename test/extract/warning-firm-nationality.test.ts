/**
 * A state that tells the nationality of the company that warns ("The US security firm X warned ...", "La firma
 * estadounidense X advirtió ...", "L'entreprise américaine X a averti ...", "Американская компания X
 * предупредила ...") is not the one warned: with no one named after the verb, the warning has no target of
 * its own. A party warned of after the verb still is. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warning = (body: string, lang: string) => {
  const cs = claimsOf(body, lang);
  const w = cs.filter((c) => c.claimant === 'Symantec' && c.stance === 'warns');
  assert.ok(w.length > 0, `${lang}: ${show(cs)}`);
  return w;
};

test('the nationality of the warning firm is not warned (en, es, fr, ru)', () => {
  for (const [body, lang] of [
    ['The US security firm Symantec warned that the attackers were gaining access to networks.', 'en'],
    ['La firma estadounidense Symantec advirtió de que los atacantes siguen activos.', 'es'],
    ["L'entreprise américaine Symantec a averti que les attaquants restaient actifs.", 'fr'],
    ['Американская компания Symantec предупредила, что злоумышленники остаются активными.', 'ru'],
  ] as const) {
    const w = warning(body, lang);
    assert.ok(!w.some((c) => c.target === 'US'), `${lang}: ${show(w)}`);
  }
});

test('negative: a party named after the verb is still warned of', () => {
  assert.ok(warning('The US security firm Symantec warned that Russian hackers were gaining access to networks.', 'en').some((c) => c.target === 'RU'));
  assert.ok(warning("L'entreprise américaine Symantec a averti que des pirates russes restaient actifs.", 'fr').some((c) => c.target === 'RU'));
});
