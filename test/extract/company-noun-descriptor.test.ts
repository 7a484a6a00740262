/**
 * A company noun before a company's name describes the company ("Das US-Sicherheitsunternehmen Veltrix",
 * "Sicherheitsfirma Veltrix" opening a sentence): the run is no person's name, and the company keeps its claims.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const peopleOf = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('a German company noun with a state prefix before the name is no person', () => {
  for (const body of [
    'Das US-Sicherheitsunternehmen Veltrix beschrieb im Jahr 2019 eine neue Welle von Angriffen.',
    'Das IT-Sicherheitsunternehmen Veltrix warnte vor neuen Angriffen auf Energieversorger.',
    'Sicherheitsunternehmen Veltrix warnte vor neuen Angriffen auf Energieversorger.',
    'Das amerikanische Sicherheitsunternehmen Veltrix warnte vor neuen Angriffen.',
  ]) {
    const people = peopleOf(body, 'de');
    assert.ok(!people.some((n) => /unternehmen/iu.test(n)), `${body}: ${JSON.stringify(people)}`);
  }
});

test('the company described keeps its claim', () => {
  // A company the knowledge base knows, so that only the descriptor decides.
  const de = claimsOf('Das US-Sicherheitsunternehmen Mandiant warnte, dass russische Hacker hinter dem Angriff stecken.', 'de');
  assert.ok(de.some((c) => c.claimant === 'Mandiant' && c.target === 'RU'), show(de));
  const de2 = claimsOf('Sicherheitsunternehmen Mandiant warnte, dass chinesische Hacker hinter dem Angriff stecken.', 'de');
  assert.ok(de2.some((c) => c.claimant === 'Mandiant' && c.target === 'CN'), show(de2));
});

test('negatives: a role or a plain name before a person stays a person', () => {
  assert.ok(peopleOf('Der Sprecher Hans Vellmer sagte, die Angriffe gingen weiter.', 'de').some((n) => n.includes('Hans Vellmer')));
  assert.ok(peopleOf('Außenministerin Karla Brenning sagte, Russland stecke hinter dem Angriff.', 'de').some((n) => n.includes('Karla Brenning')));
  assert.ok(peopleOf('Foreign Minister Anna Kovel said Russia was behind the attack.', 'en').some((n) => n.includes('Anna Kovel')));
});
