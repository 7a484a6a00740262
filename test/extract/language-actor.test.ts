/**
 * An attribution to an actor described only by the language it works in ("a Portuguese-speaking actor",
 * "русскоязычная группировка", "ein persischsprachiger Akteur"): the speaker attributes the act to no state,
 * so the claim has no target (claims/rules/language-actor.ts); the group noun inside the description refers back
 * to no earlier group (group-anaphora.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const untargeted = (cs: ClaimCandidate[], claimant: string) => cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === undefined);
const anyAttribution = (cs: ClaimCandidate[]) => cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses');

test('an act pinned on a language-described actor is attributed with no target', () => {
  const cases: [string, string][] = [
    ['en', 'Cyble has attributed the wave of intrusions at two Andean water utilities to a Portuguese-speaking threat actor.'],
    ['en', 'Bitdefender traced nothing further but linked the phishing runs against Baltic shipping agents to a Russian-speaking crew.'],
    ['fr', 'Sekoia attribue la vague de piratages visant les ports du golfe de Guinée à un groupe lusophone encore inconnu.'],
    ['es', 'Group-IB atribuyó los robos de credenciales en varias cooperativas agrícolas del interior a un grupo de habla portuguesa.'],
    ['de', 'Bitdefender ordnet die Einbrüche bei zwei Hafenbetreibern an der Adria einem persischsprachigen Akteur zu.'],
    ['vi', 'Cyble cho rằng các vụ tấn công vào hai công ty cấp nước ở vùng Andes do một nhóm nói tiếng Bồ Đào Nha thực hiện.'],
    ['ru', 'Специалисты Group-IB считают, что атаки на сеть аптек в Казани можно связать с португалоязычной группировкой.'],
  ];
  for (const [lang, body] of cases) {
    const cs = claimsOf(body, lang);
    const who = /Cyble/.test(body) ? 'Cyble' : /Bitdefender/.test(body) ? 'Bitdefender' : /Sekoia/.test(body) ? 'Sekoia' : 'Group-IB';
    assert.ok(untargeted(cs, who), `${lang}: ${show(cs)}`);
  }
});

test('a language-described actor is no reference back to the group named before it', () => {
  const body = 'Group-IB ранее описывала группировку Gamaredon. Новые атаки на сеть аптек в Казани, по данным Group-IB, можно связать с португалоязычной группировкой.';
  const cs = claimsOf(body, 'ru');
  assert.ok(untargeted(cs, 'Group-IB'), show(cs));
  assert.ok(!cs.some((c) => c.target === 'Gamaredon Group' && c.evidence.text.includes('португалоязычной')), show(cs));
});

test('no attribution when the language-described actor is named, negated or only supposed', () => {
  const cases: [string, string][] = [
    // The actor is named: the group is the accused, not "no one".
    ['en', 'Cyble has attributed the intrusions at two Andean water utilities to a Portuguese-speaking threat actor it tracks as Gamaredon.'],
    // Negated.
    ['en', 'Cyble found no sign that a Portuguese-speaking threat actor was involved in the outage at the Andean water utility.'],
    // No attributing predicate: a description of the ecosystem.
    ['fr', 'Le rapport de Sekoia décrit en détail le fonctionnement interne d\u2019un groupe lusophone de fraude bancaire.'],
    ['de', 'Der Bericht von Bitdefender beschreibt, wie ein persischsprachiger Akteur neue Mitglieder in Foren anwirbt.'],
  ];
  for (const [lang, body] of cases) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.target === undefined), `${lang}: ${show(cs)}`);
  }
  // A language that names a speaker's nationality in a plain description attributes nothing.
  assert.ok(!anyAttribution(claimsOf('Sekoia recrute des analystes lusophones pour son bureau de Lisbonne.', 'fr')));
});
