/**
 * Informing an audience of a finding is saying it: "X informed the House that a state actor was
 * responsible", "a informé les députés qu'un acteur étatique ...", "informierte die Abgeordneten, dass
 * ...", "проинформировала депутатов, что ...". The informer speaks; the informed (a passive: "was
 * informed that", "a été informé", "wurde informiert", "была проинформирована") does not. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, claimant, target, title, body] of [
  ['en', 'AU', null, 'Parliament network hacked', 'The Australian Cyber Security Centre informed the House that a state actor was responsible for the breach of its email servers.'],
  ['fr', 'FR', null, 'Cyberattaque contre le Parlement', "Le ministère français des Affaires étrangères a informé les députés qu'un acteur étatique était responsable de cette intrusion."],
  ['de', 'DE', 'RU', 'Cyberangriff auf den Bundestag', 'Das Bundesamt für Verfassungsschutz informierte die Abgeordneten, dass Russland hinter dem Angriff stecke.'],
  ['ru', 'RU', null, 'Кибератака на парламент', 'ФСБ проинформировала депутатов, что за атакой стоит государственный субъект.'],
] as const) {
  test(`${lang}: the informer speaks: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'attributes' && (c.target ?? null) === target), show(cs));
  });
}

for (const [lang, title, body] of [
  ['en', 'Parliament network hacked', 'The Australian Cyber Security Centre was informed that a state actor was responsible for the breach of its email servers.'],
  ['fr', 'Cyberattaque contre le Parlement', "Le ministère français des Affaires étrangères a été informé qu'un acteur étatique était responsable de cette intrusion."],
  ['de', 'Cyberangriff auf den Bundestag', 'Das Bundesamt für Verfassungsschutz wurde informiert, dass Russland hinter dem Angriff stecke.'],
  ['ru', 'Кибератака на парламент', 'ФСБ была проинформирована, что за атакой стоит государственный субъект.'],
] as const) {
  test(`${lang}: the informed does not speak (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
