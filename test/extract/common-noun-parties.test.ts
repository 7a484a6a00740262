/**
 * Capitalised words that are no party: a form of address ("Monsieur le Président", "Señor ministro"),
 * a body's head noun left alone when the name is cut short ("l'Institut central de ...", "la Direction
 * générale ..."), and a role phrase taken for the body a speaker stands for ("MINISTRO DEL INTERIOR
 * (X):"). None of them claims or is accused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const HEAD_NOUN_CASES = [
  { lang: 'fr', text: 'Le Trésor américain a sanctionné l’Institut central de recherche en chimie, qu’il accuse d’avoir conçu le logiciel malveillant.', noun: 'Institut' },
  { lang: 'fr', text: 'L’Union européenne condamne les intrusions du groupe APT28, rattaché selon elle à la Direction générale du renseignement militaire russe.', noun: 'Direction' },
  { lang: 'es', text: 'Estados Unidos sancionó a la Dirección general de inteligencia, a la que acusa de haber diseñado el programa malicioso.', noun: 'Dirección' },
  { lang: 'de', text: 'Die USA haben das Institut für chemische Forschung sanktioniert und werfen dem Institut vor, die Schadsoftware entwickelt zu haben.', noun: 'Institut' },
];

for (const c of HEAD_NOUN_CASES) {
  test(`${c.lang}: a body's head noun alone ("${c.noun}") is no accused party`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!cs.some((x) => x.target === c.noun || x.claimant === c.noun), show(cs));
  });
}

const ADDRESS_CASES = [
  { lang: 'fr', text: 'Jean Martin (ministre de la Sécurité publique) : Monsieur le Président, le Centre canadien de cyberdéfense a averti que des pirates chinois visaient des députés.', address: 'Monsieur le Président' },
  { lang: 'es', text: 'Juan Pérez (ministro del Interior): Señor Presidente, el Centro Criptológico Nacional advirtió que piratas chinos atacaban a los diputados.', address: 'Señor Presidente' },
  { lang: 'de', text: 'Jan Weber (Bundesinnenminister): Herr Präsident, das Bundesamt warnte, dass chinesische Hacker Abgeordnete angriffen.', address: 'Herr Präsident' },
];

for (const c of ADDRESS_CASES) {
  test(`${c.lang}: a form of address ("${c.address}") makes no claim`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!cs.some((x) => x.claimant === c.address || x.target === c.address), show(cs));
  });
}

const ROLE_LABEL_CASES = [
  { lang: 'es', turn: 'MINISTRO DEL INTERIOR (Juan Pérez Gil): Señoría, el grupo NoName057(16) ha atacado las webs de varios ministerios.', role: 'MINISTRO DEL INTERIOR' },
  { lang: 'en', turn: 'HOME SECRETARY (Jane Holt): The group NoName057(16) has attacked the websites of several ministries.', role: 'HOME SECRETARY' },
  { lang: 'fr', turn: 'MINISTRE DE L’INTÉRIEUR (Jean Martin) : Le groupe NoName057(16) a attaqué les sites de plusieurs ministères.', role: 'MINISTRE DE L’INTÉRIEUR' },
];

for (const c of ROLE_LABEL_CASES) {
  test(`${c.lang}: a role in a label ("${c.role}") is not the body its holder speaks for`, () => {
    const cs = claimsOf(c.turn, c.lang);
    assert.ok(!cs.some((x) => x.claimant === c.role || x.claimant.toUpperCase() === c.role), show(cs));
  });
}
