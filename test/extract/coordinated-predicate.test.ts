/**
 * A second predicate coordinated after an accusation cue ("condemned the hack and has promised to help X",
 * "a condamné l'intrusion mais a refusé de ...", "verurteilte den Angriff, aber hat ... zugesagt"): a party in it is
 * no object of the accusation (claims/new-predicate.ts). Negative cases: objects coordinated after the cue ("accused
 * X and Y", "condemned the attacks by X and its proxies") are each accused as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const accused = (text: string, lang: string): string[] =>
  (extract(text, { lang }).claims ?? []).filter((c) => c.stance === 'accuses').map((c) => `${c.claimant}>${c.target}`);

const SECOND_PREDICATE: Array<[string, string, string]> = [
  ['en', 'Lithuania condemned the ransomware campaign against its hospitals but has declined to send investigators to Georgia.', 'GE'],
  ['en', 'The Danish foreign ministry condemned the data theft on Tuesday and pledged new funding for Moldova.', 'MD'],
  ['fr', "Le Sénégal a condamné l'intrusion dans ses réseaux mais a refusé d'accorder une aide au Mali.", 'ML'],
  ['fr', "La Belgique a condamné le piratage et promis une aide technique au Maroc.", 'MA'],
  ['de', 'Österreich verurteilte den Cyberangriff auf das Parlament und kündigte Hilfe für Slowenien an.', 'SI'],
  ['de', 'Die Schweiz verurteilte den Hackerangriff, aber hat sich geweigert, Georgien Geld zu überweisen.', 'GE'],
  ['es', 'Colombia condenó el ciberataque contra sus ministerios y prometió ayuda técnica a Ecuador.', 'EC'],
  ['es', 'Uruguay condenó el sabotaje informático pero se negó a enviar expertos a Bolivia.', 'BO'],
];

const JOINED_OBJECTS: Array<[string, string, string[]]> = [
  ['en', 'Latvia accused Russia and Belarus of the disinformation operation against its election commission.', ['RU', 'BY']],
  ['en', 'Finland condemned the intrusions by Russia and its proxies into municipal networks.', ['RU']],
  ['fr', "La Pologne a accusé la Russie et la Biélorussie d'avoir orchestré les sabotages.", ['RU', 'BY']],
  ['es', 'Argentina acusó a Rusia y a Irán de la campaña de espionaje contra sus diplomáticos.', ['RU', 'IR']],
];

test('a party in a second coordinated predicate is not accused', () => {
  for (const [lang, text, party] of SECOND_PREDICATE) {
    const got = accused(text, lang);
    assert.ok(!got.some((a) => a.endsWith(`>${party}`)), `${lang}: ${text} -> ${JSON.stringify(got)}`);
  }
});

test('objects coordinated after the cue are each accused', () => {
  for (const [lang, text, parties] of JOINED_OBJECTS) {
    const got = accused(text, lang);
    for (const p of parties) assert.ok(got.some((a) => a.endsWith(`>${p}`)), `${lang}: ${text} -> ${JSON.stringify(got)}`);
  }
});
