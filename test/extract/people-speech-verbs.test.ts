/**
 * People who speak through verbs and roles the profiles lacked: English "pointed out", "remarked",
 * "commented"; German "präzisierte", "ergänzte", "unterstrich" after the clause, and the mayor, governor
 * and commissioner among German role words ("Bürgermeister", "Gouverneurin", "EU-Kommissar"), so the role
 * is no part of the name. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const peopleOf = (body: string, lang: string) => extract(`Cyberattack on the city network\n${body}\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

for (const [lang, body, name] of [
  ['en', 'Researcher Mira Castellane pointed out that the same servers had hosted the phishing pages in 2021.', 'Mira Castellane'],
  ['en', 'Mira Castellane remarked that the attackers had reused infrastructure from an earlier campaign.', 'Mira Castellane'],
  ['de', 'Die internen Systeme seien betroffen, präzisierte Außenamtssprecher Jonas Brandauer.', 'Jonas Brandauer'],
  ['de', 'Die Angreifer hätten Daten kopiert, ergänzte Bürgermeisterin Lena Hartwig.', 'Lena Hartwig'],
  ['de', 'Die Lage sei unter Kontrolle, sagte Bürgermeister Jonas Brandauer.', 'Jonas Brandauer'],
] as const) {
  test(`${lang}: a person speaking with a verb or role of the profile is found, without the role: ${body.slice(0, 50)}`, () => {
    assert.ok(peopleOf(body, lang).includes(name), JSON.stringify(peopleOf(body, lang)));
  });
}
