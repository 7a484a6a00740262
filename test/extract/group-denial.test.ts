/**
 * A threat group as the subject of a denial ("Killnet rejected the accusation", "The group denied it", "Le
 * groupe, lui, dément ...") denies for itself; a group noun continues the group the text already calls so, not one
 * named beside it in a complement. A group after the denial verb is what is denied, not who denies.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf as claims, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const denies = (cs: ClaimCandidate[], who: string) => cs.some((c) => c.claimant === who && c.stance === 'denies' && c.target === who && c.about.includes(who));

test('a threat group named or referred back to right before a denial verb denies (en, fr, es, de, ru)', () => {
  for (const [lang, body] of [
    ['en', 'Mandiant linked Killnet to Russia last year. Killnet rejected the accusation.'],
    ['en', 'Mandiant linked Killnet to Russia last year. The group denied it.'],
    ['fr', 'Mandiant lie Killnet à la Russie. Le groupe, lui, dément tout lien avec le Kremlin.'],
    ['es', 'Mandiant vincula a Killnet con Rusia. Killnet ha rechazado esas acusaciones.'],
    ['es', 'Mandiant vincula a Killnet con Rusia. El grupo, por su parte, rechaza esas acusaciones.'],
    ['de', 'Mandiant ordnet Killnet Russland zu. Die Gruppe weist die Vorwürfe zurück.'],
    ['ru', 'Mandiant связывает Killnet с Россией. Группировка отвергла эти обвинения.'],
  ] as const) {
    const cs = claims(body, lang);
    assert.ok(denies(cs, 'Killnet'), `${lang}: ${show(cs)}`);
    // The state named after the verb ("tout lien avec le Kremlin") denies nothing.
    assert.ok(!cs.some((c) => c.stance === 'denies' && c.claimant === 'RU'), `${lang}: ${show(cs)}`);
  }
});

test('a group noun means the group the text already calls so, not one named in a complement beside it (en, fr, es)', () => {
  for (const [lang, body] of [
    ['en', 'Mandiant tracks Killnet. The firm says the group works for Russia, citing its ties to the collective Lazarus Group. The group denied it.'],
    ['fr', 'Mandiant suit Killnet. La société estime que le groupe travaille pour la Russie et relève ses liens avec Lazarus Group. Le groupe, lui, dément ces accusations.'],
    ['es', 'Mandiant sigue a Killnet. La empresa sostiene que el grupo trabaja para Rusia, citando sus vínculos con Lazarus Group. El grupo ha rechazado esas acusaciones.'],
  ] as const) {
    const cs = claims(body, lang);
    assert.ok(denies(cs, 'Killnet'), `${lang}: ${show(cs)}`);
    assert.ok(!cs.some((c) => c.claimant === 'Lazarus Group' && c.stance === 'denies'), `${lang}: ${show(cs)}`);
  }
});

test('a group after the denial verb, or set off from it, denies nothing (en, fr, es, de)', () => {
  for (const [lang, body] of [
    ['en', 'Mandiant linked Killnet to Russia. Moscow denied any link to Killnet.'],
    ['en', 'Mandiant linked Killnet to Russia. The Kremlin, for its part, denied any link to the group.'],
    ['fr', 'Mandiant lie Killnet à la Russie. Le Kremlin, pour sa part, dément tout lien avec le groupe.'],
    ['es', 'Mandiant vincula a Killnet con Rusia. Tras los ataques de Killnet, Moscú negó cualquier vínculo.'],
    ['de', 'Mandiant ordnet Killnet Russland zu. Moskau weist jede Verbindung zu der Gruppe zurück.'],
  ] as const) {
    const cs = claims(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Killnet'), `${lang}: ${show(cs)}`);
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), `${lang}: ${show(cs)}`);
  }
});

test('a negated denial verb after a group is no denial (en, fr)', () => {
  for (const [lang, body] of [
    ['en', 'Mandiant linked Killnet to Russia. The group did not deny the link.'],
    ['fr', 'Mandiant lie Killnet à la Russie. Le groupe n\'a pas démenti ce lien.'],
  ] as const) {
    const cs = claims(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Killnet' && c.stance === 'denies'), `${lang}: ${show(cs)}`);
  }
});
