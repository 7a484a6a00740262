/**
 * Staff of a vendor named in an apposition after their name ("X, a vice president at Y, ..."): the
 * body is the one the apposition names, never the person's own name taken for an organisation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const CASES: Array<[string, string, string]> = [
  ['en', '14:40 ET — Mara Velin, senior vice president of threat research at CrowdStrike, is now testifying. She told senators her company follows a newly found cluster.', 'CrowdStrike'],
];

for (const [lang, body, employer] of CASES) {
  test(`${lang}: a person's employer comes from the apposition after the name, not from the name itself`, () => {
    const x = extract(`Hearing\n${body}\nSource: https://example.org/live`, { lang });
    const person = x.people.find((p) => p.body !== undefined);
    assert.ok(person, JSON.stringify(x.people));
    assert.equal(person.body, employer, JSON.stringify(x.people));
  });
}
