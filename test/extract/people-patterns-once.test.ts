/**
 * Speed without a change of output: people.ts compiles its fixed patterns once (module level) and a
 * profile's roles pattern ignoring case once per profile (rolesIgnoringCase), no longer on every call.
 * Speaker labels in capitals with a role (en apposition, es role with the name in brackets) and a Chinese
 * role phrase after a state keep their people. Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { lexiconFor } from '../../src/extract/lexicons/index.ts';
import { rolesIgnoringCase } from '../../src/extract/people.ts';

test('the roles pattern ignoring case is compiled once per profile', () => {
  for (const lang of ['en', 'es', 'fr', 'de', 'ru']) {
    const roles = lexiconFor(lang)!.roles!;
    const a = rolesIgnoringCase(roles);
    assert.equal(rolesIgnoringCase(roles), a, lang);
    assert.equal(a.source, roles.source);
    assert.equal(a.flags, 'iu');
  }
  const en = rolesIgnoringCase(lexiconFor('en')!.roles!);
  assert.ok(en.test('DEPUTY PRIME MINISTER'));
  assert.ok(en.test('deputy prime minister'));
  assert.ok(!en.test('QUARTERLY HARVEST'));
});

const people = (text: string, lang: string) =>
  (extract(`${text}\nSource: https://example.org/story`, { lang }) as unknown as { people: { name: string }[] }).people.map((p) => p.name);

test('speaker labels in capitals with a role keep their people', () => {
  assert.deepEqual(
    people('Briefing transcript\nQUESTION: What about the outage in Dravel?\nMARTEN OSKARY, DEPUTY PRIME MINISTER: We have no doubt the intrusion came from Velmoria.', 'en'),
    ['Marten Oskary'],
  );
  assert.deepEqual(people('Rueda de prensa\nMINISTRO DEL INTERIOR (Tobal Quirenza): Sabemos que el ataque vino de Velmoria.', 'es'), ['Tobal Quirenza']);
});

test('a Chinese role phrase after a state keeps its person', () => {
  assert.deepEqual(people('德国内政部长卡尔·维斯滕表示，这次攻击来自俄罗斯。', 'zh'), ['卡尔·维斯滕']);
});
