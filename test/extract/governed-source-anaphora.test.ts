/**
 * A source marker followed by a noun pointing back, in the case the marker governs: the genitive after "nach Angaben
 * des", "nach Einschätzung der", "по данным", "по оценке"; the dative after "laut dem" and before "zufolge" ("nach
 * Einschätzung des Konzerns", "Dem Unternehmen zufolge", "По данным компании", "По оценке исследователей"). The noun
 * means the company, staff or body named before, as its nominative does; elsewhere such a genitive is a possessor
 * ("die Server des Unternehmens", "сеть компании") and speaks for no one, and a quoted name after it is its title.
 * French and Spanish mark the source with a preposition and no case ("selon l'entreprise", "según la compañía"):
 * the same reading, which their rows keep. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const BACK: Array<{ lang: string; body: string; speaker: string }> = [
  { lang: 'de', speaker: 'Mandiant', body: 'Die Firma Mandiant veröffentlichte am Montag einen Bericht. Nach Angaben der Firma haben russische Hacker das Netz des Ministeriums angegriffen.' },
  { lang: 'de', speaker: 'Mandiant', body: 'Die Firma Mandiant veröffentlichte am Montag einen Bericht. Dem Unternehmen zufolge haben russische Hacker das Netz des Ministeriums angegriffen.' },
  { lang: 'de', speaker: 'Mandiant', body: 'Die Firma Mandiant veröffentlichte am Montag einen Bericht. Nach Einschätzung der Forscher haben russische Hacker das Netz des Ministeriums angegriffen.' },
  { lang: 'de', speaker: 'Mandiant', body: 'Die Firma Mandiant veröffentlichte am Montag einen Bericht. Den Forschern zufolge haben russische Hacker das Netz des Ministeriums angegriffen.' },
  { lang: 'de', speaker: 'US', body: 'Das US-Justizministerium erhob am Montag Anklage. Nach Angaben des Ministeriums haben russische Hacker das Netz des Senats angegriffen.' },
  { lang: 'ru', speaker: 'Mandiant', body: 'Американская компания Mandiant опубликовала в понедельник отчёт. По данным компании, российские хакеры взломали сеть министерства.' },
  { lang: 'ru', speaker: 'Mandiant', body: 'Американская компания Mandiant опубликовала в понедельник отчёт. По оценке исследователей, российские хакеры взломали сеть министерства.' },
  { lang: 'ru', speaker: 'The Guardian', body: 'Издание The Guardian опубликовало статью. По данным издания, российские хакеры взломали сеть министерства.' },
  { lang: 'fr', speaker: 'Mandiant', body: "La société Mandiant a publié lundi un rapport. D'après la société, des pirates russes ont piraté le réseau du ministère." },
  { lang: 'es', speaker: 'Mandiant', body: 'La empresa Mandiant publicó el lunes un informe. Según la compañía, piratas rusos atacaron la red del ministerio.' },
];

for (const c of BACK) {
  test(`${c.lang}: a source marker's noun in its governed case points back (${c.body.split('. ')[1]!.slice(0, 30)})`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.speaker && x.stance === 'attributes' && x.target === 'RU'), `${c.speaker} attributes to RU: ${show(cs)}`);
    assert.ok(!cs.some((x) => x.stance === 'confirms' && x.claimant === 'RU'), `the accused confirms nothing: ${show(cs)}`);
  });
}

// Near misses: the same noun as a possessor (no marker before it), and a quoted name after it (its title).
const NOT_BACK: Array<{ lang: string; body: string }> = [
  { lang: 'de', body: 'Die Firma Mandiant veröffentlichte am Montag einen Bericht. Russische Hacker haben die Server des Unternehmens angegriffen.' },
  { lang: 'de', body: 'Die Firma Mandiant veröffentlichte am Montag einen Bericht. Nach Angaben des Unternehmens „Velmora“ haben russische Hacker das Netz des Ministeriums angegriffen.' },
  { lang: 'ru', body: 'Американская компания Mandiant опубликовала в понедельник отчёт. Российские хакеры взломали сеть компании.' },
  { lang: 'ru', body: 'Американская компания Mandiant опубликовала в понедельник отчёт. По данным компании «Велмора», число атак выросло вдвое.' },
  { lang: 'fr', body: "La société Mandiant a publié lundi un rapport. Des pirates russes ont piraté les serveurs de la société." },
];

for (const c of NOT_BACK) {
  test(`${c.lang}: a possessor or a titled noun is no source pointing back (${c.body.split('. ')[1]!.slice(0, 30)})`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'Mandiant' && x.stance === 'attributes'), show(cs));
  });
}
