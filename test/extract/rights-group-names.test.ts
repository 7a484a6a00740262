/**
 * Rights groups whose names the knowledge base holds speak under the name they sign with, however the text writes it:
 * a name with a numeral ("Artículo 19", "Artikel 19", «Статья 19») and a group first named in full with its acronym in
 * brackets ("la Red en Defensa de los Derechos Digitales (R3D)"). Negatives: a numbered article of a statute
 * ("el Artículo 19 de la Constitución", "Article 19 of the Universal Declaration", "Artikel 19 des Grundgesetzes") is
 * no organisation and makes no claim. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const LEAD: Record<string, string> = {
  en: 'Government-linked hackers spied on Mexican journalists with Pegasus, a report said.',
  es: 'Hackers vinculados al gobierno espiaron a periodistas mexicanos con Pegasus, según un informe.',
  de: 'Regierungsnahe Hacker spähten mexikanische Journalisten mit Pegasus aus, so ein Bericht.',
  fr: 'Des pirates liés au gouvernement ont espionné des journalistes mexicains avec Pegasus.',
  ru: 'Связанные с правительством хакеры следили за мексиканскими журналистами с помощью Pegasus.',
};

const NAMED: Array<{ lang: string; line: string; claimant: string; stance: string }> = [
  { lang: 'es', line: 'La organización Artículo 19 pidió al gobierno mexicano que detenga el espionaje.', claimant: 'Article 19', stance: 'calls-for' },
  { lang: 'es', line: 'Artículo 19 acusó al ejército mexicano de espiar a los reporteros.', claimant: 'Article 19', stance: 'accuses' },
  { lang: 'es', line: 'La Red en Defensa de los Derechos Digitales (R3D) pidió al gobierno mexicano que detenga el espionaje.', claimant: 'R3D', stance: 'calls-for' },
  { lang: 'en', line: 'Article 19 urged the Mexican government to stop the surveillance.', claimant: 'Article 19', stance: 'calls-for' },
  { lang: 'de', line: 'Die Organisation Artikel 19 forderte die mexikanische Regierung auf, die Überwachung zu beenden.', claimant: 'Article 19', stance: 'calls-for' },
  { lang: 'ru', line: 'Организация «Статья 19» призвала мексиканское правительство прекратить слежку.', claimant: 'Article 19', stance: 'calls-for' },
  { lang: 'fr', line: "L'organisation Article 19 a appelé le gouvernement mexicain à cesser la surveillance.", claimant: 'Article 19', stance: 'calls-for' },
];

for (const c of NAMED) {
  test(`${c.lang}: "${c.line.slice(0, 50)}..." is ${c.claimant}'s`, () => {
    const cs = claimsOf(`${LEAD[c.lang]} ${c.line}`, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.claimant && x.stance === c.stance), show(cs));
  });
}

const STATUTES: Array<{ lang: string; line: string }> = [
  { lang: 'es', line: 'De acuerdo con el Artículo 19 de la Constitución, el gobierno mexicano debe garantizar la privacidad.' },
  { lang: 'es', line: 'Según el Artículo 19 de la Ley de Seguridad Nacional, toda intervención requiere una orden judicial.' },
  { lang: 'en', line: 'According to Article 19 of the Universal Declaration, Mexico must protect the reporters.' },
  { lang: 'de', line: 'Artikel 19 des Grundgesetzes verpflichtet die mexikanische Regierung.' },
];

for (const c of STATUTES) {
  test(`${c.lang}: "${c.line.slice(0, 50)}..." names a statute's article, no speaker`, () => {
    const cs = claimsOf(`${LEAD[c.lang]} ${c.line}`, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'Article 19'), show(cs));
  });
}
