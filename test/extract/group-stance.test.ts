/**
 * A threat group as the subject of a call or a warning ("Killnet demanded ...", "«X» verlangt ...",
 * "X выдвинула требования", "X exige ..."): the group calls or warns. A group told after the cue, or one
 * set off from it by a comma or another party, is what the statement is about, not who makes it.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';
import { claimsOf as claims, show } from '../helpers/claim-sentences.ts';

const byGroup = (cs: ClaimCandidate[], group: string, stance: string) => cs.some((c) => c.claimant === group && c.stance === stance);

test('a threat group named right before a call makes the call (en, de, ru, fr, es)', () => {
  for (const [lang, body] of [
    ['en', 'Killnet demanded the release of detained activists within a week.'],
    ['de', 'Die Gruppe «Killnet» verlangt die Freilassung inhaftierter Aktivisten binnen einer Woche.'],
    ['ru', 'Группировка Killnet выдвинула требования: освободить задержанных активистов в течение недели.'],
    ['fr', 'Le groupe Killnet exige la libération des militants détenus sous huit jours.'],
    ['es', 'El grupo Killnet exigió la liberación de los activistas detenidos en el plazo de una semana.'],
  ] as const) {
    const cs = claims(body, lang);
    assert.ok(byGroup(cs, 'Killnet', 'calls-for'), `${lang}: ${show(cs)}`);
  }
});

test('a threat group named right before a warning warns the party right after it (en, de)', () => {
  const en = claims('Killnet warned Lithuania of new attacks on its transport websites.', 'en');
  assert.ok(en.some((c) => c.claimant === 'Killnet' && c.stance === 'warns' && c.target === 'LT'), show(en));
  const de = claims('Die Gruppe Killnet drohte Litauen mit weiteren Angriffen auf Verkehrsportale.', 'de');
  assert.ok(de.some((c) => c.claimant === 'Killnet' && c.stance === 'warns' && c.target === 'LT'), show(de));
});

test('a threat group after the cue, or set off from it, makes no call (en, fr, es)', () => {
  for (const [lang, body] of [
    ['en', 'Lithuania demanded that Killnet be shut down by its hosting providers.'],
    ['en', 'After an attack by Killnet, the Lithuanian ministry urged operators to patch their systems.'],
    ['fr', 'Après les attaques de Killnet, la Lituanie exige des explications de Moscou.'],
    ['es', 'Tras los ataques de Killnet, Lituania exigió explicaciones a Moscú.'],
  ] as const) {
    const cs = claims(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Killnet'), `${lang}: ${show(cs)}`);
  }
});
