/**
 * A role phrase before a name in apposition may carry the full name of its body and the body's acronym in
 * brackets ("the director of the <long agency name> (ABC), X, warned"): the person is the body's official and
 * speaks for its state, never a claimant under their own name. The window for the role counts word tokens, so
 * a long body name of short words and one of long compounds reach as far. A company's officer speaks for the
 * company; a name with no role gives no claim. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');
const run = (body: string, lang: string) => {
  const r = extract(article(['Warning on intrusions', body]), { lang });
  return {
    claims: r.claims.map((c) => `${c.claimant} ${c.stance}`),
    people: r.people.map((p) => `${p.name} ${p.speaks_for ?? '-'}`),
  };
};

const POSITIVES: [string, string][] = [
  ['en', 'On Monday the director of the Canadian Cybersecurity and Telecommunications Infrastructure Protection Agency (CCTIPA), Martin Delaney, warned of a rise in intrusions.'],
  ['fr', "Lundi, le directeur de l'Agence canadienne de cybersécurité et de protection des infrastructures (ACCPI), Martin Delaney, a mis en garde contre une hausse des intrusions."],
  ['es', 'El lunes, el director de la Agencia canadiense de ciberseguridad y protección de infraestructuras críticas (ACPIC), Martin Delaney, advirtió de un aumento de las intrusiones.'],
  ['de', 'Der Präsident des kanadischen Bundesamtes für Informationssicherheit und Infrastrukturschutzmaßnahmen (BIIS), Martin Weidner, warnte am Montag vor einer Zunahme von Angriffen.'],
];

for (const [lang, body] of POSITIVES) {
  test(`${lang}: a long role phrase with its body's acronym in brackets makes the name in apposition the state's official`, () => {
    const got = run(body, lang);
    assert.ok(got.people.some((p) => /^Martin (Delaney|Weidner) CA$/.test(p)), got.people.join('; '));
    assert.ok(got.claims.includes('CA warns'), got.claims.join('; '));
    assert.ok(!got.claims.some((c) => c.startsWith('Martin')), got.claims.join('; '));
  });
}

test('en: the officer of a company, however long the role phrase, speaks for the company, not a state', () => {
  const got = run('On Monday the head of threat research at the security company Velmora Systems Incorporated (VSI), Martin Delaney, warned of a rise in intrusions.', 'en');
  assert.ok(got.claims.includes('Velmora Systems Incorporated warns'), got.claims.join('; '));
  assert.ok(!got.claims.some((c) => /^(CA|Martin)/.test(c)), got.claims.join('; '));
});

test('en: a name with no role and no affiliation gives no claim under that name', () => {
  const got = run('On Monday Martin Delaney warned of a rise in intrusions.', 'en');
  assert.ok(!got.claims.some((c) => c.startsWith('Martin')), got.claims.join('; '));
});
