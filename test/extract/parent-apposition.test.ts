/**
 * A parent company named in an apposition ("X, a subsidiary of Y,", "X, une filiale de Y,", "X, eine Tochter von
 * Y,") only qualifies the organisation before it: a later "the researchers" points back to X, not to the parent
 * named last. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const PARENT: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'The US firm Mandiant, a subsidiary of Google, published a report on Tuesday. The researchers attribute the intrusions to Winter Vivern.' },
  { lang: 'de', body: 'Mandiant, eine Tochter von Google, hat am Dienstag einen Bericht veröffentlicht. Die Forscher ordnen die Angriffe der Gruppe Winter Vivern zu.' },
  { lang: 'fr', body: 'Mandiant, une filiale de Google, a publié un rapport mardi. Selon les chercheurs, des pirates russes ont piraté le réseau du ministère.' },
  { lang: 'es', body: 'Mandiant, una filial de Google, publicó un informe el martes. Según los investigadores, piratas rusos atacaron la red del ministerio.' },
];

for (const c of PARENT) {
  test(`${c.lang}: a staff noun means the company before the apposition naming its parent`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'Mandiant' && (x.stance === 'attributes' || x.stance === 'accuses')), `Mandiant attributes: ${show(cs)}`);
    assert.ok(!cs.some((x) => x.claimant === 'Google'), `the parent does not speak: ${show(cs)}`);
  });
}

// Near misses: an apposition that names no parent, and a company named after the apposition, leave the company named last meant.
const NOT_PARENT: Array<{ lang: string; body: string; last: string }> = [
  { lang: 'en', body: 'Mandiant shared its findings with Google, a large American company, on Tuesday. The researchers attribute the intrusions to Winter Vivern.', last: 'Google' },
  { lang: 'en', body: 'Mandiant, a subsidiary of Google, found the flaw. Kaspersky later published a report. The researchers attribute the intrusions to Winter Vivern.', last: 'Kaspersky' },
  { lang: 'de', body: 'Mandiant, eine Tochter von Google, fand die Lücke. Später veröffentlichte Kaspersky einen Bericht. Die Forscher ordnen die Angriffe der Gruppe Winter Vivern zu.', last: 'Kaspersky' },
];

for (const c of NOT_PARENT) {
  test(`${c.lang}: without a parent in apposition right before it, the company named last is meant (${c.last})`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.last && x.target === 'Winter Vivern'), `${c.last} attributes: ${show(cs)}`);
    assert.ok(!cs.some((x) => x.claimant === 'Mandiant'), show(cs));
  });
}
