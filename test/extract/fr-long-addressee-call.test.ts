/**
 * French "appeler X à + infinitive" with a long addressee: a participle phrase ("a appelé tous les exploitants
 * employant les programmes touchés par la vulnérabilité à installer ...") or a phrase set off by commas ("a appelé les
 * entreprises, en particulier celles de l'énergie et des transports, à renforcer ..."): "à" before an infinitive
 * closes the addressee. Negative: "appelé" (phoned) with a place after "à" is no call. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

test('fr: a call whose addressee has a participle phrase', () => {
  const cs = claimsOf("Le ministère allemand de l'Intérieur a appelé tous les exploitants employant les programmes touchés par la vulnérabilité à installer sans délai les mises à jour.", 'fr');
  assert.ok(cs.some((x) => x.claimant === 'DE' && x.stance === 'calls-for'), show(cs));
});

test('fr: a call whose addressee has a phrase set off by commas', () => {
  const cs = claimsOf("Le ministère allemand de l'Intérieur a appelé les entreprises, en particulier celles de l'énergie et des transports, à renforcer leurs défenses.", 'fr');
  assert.ok(cs.some((x) => x.claimant === 'DE' && x.stance === 'calls-for'), show(cs));
});

test('fr: the present tense with a long addressee calls too', () => {
  const cs = claimsOf("Le ministère allemand de l'Intérieur appelle les opérateurs de réseaux électriques et de télécommunications du pays à vérifier leurs accès.", 'fr');
  assert.ok(cs.some((x) => x.claimant === 'DE' && x.stance === 'calls-for'), show(cs));
});

test('fr: "appelé" (phoned) with a place after "à" is no call (negative)', () => {
  const cs = claimsOf("Le ministre allemand de l'Intérieur a appelé son homologue russe lundi soir depuis son bureau à Berlin.", 'fr');
  assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
});
