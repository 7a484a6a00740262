/**
 * A state's investigating body named by its common noun ("the prosecutors", "le parquet", "die Staatsanwaltschaft",
 * "прокуратура"), which examines others' hits, confirms its own state's hit where its words tell only the extent of
 * the damage in that state, named itself ("according to the prosecutors, 3,000 computers in France were affected").
 * Negatives: the damage in another state, an act told with its victims (theirs is the hit), or a firm of the state
 * named as the one hit. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, title, body] of [
  ['en', 'FR', 'France dismantles a botnet', 'According to the prosecutors, nearly 3,000 computers in France were affected.'],
  ['fr', 'FR', 'France : un logiciel espion neutralisé', 'Selon le parquet, environ 1 200 ordinateurs étaient concernés en France.'],
  ['de', 'AT', 'Österreich: Schadsoftware entfernt', 'Nach Angaben der Staatsanwaltschaft waren in Österreich rund 300 Rechner betroffen.'],
  ['ru', 'KZ', 'Казахстан: вредоносная программа удалена', 'По данным прокуратуры, в Казахстане были затронуты около 300 компьютеров.'],
] as const) {
  test(`${lang}: an investigating body tells of its own state's hit: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, title, body] of [
  ['en', 'FR', 'France dismantles a botnet', 'According to the prosecutors, hackers infected the servers of the Velmora company in France.'],
  ['en', 'FR', 'France dismantles a botnet', 'According to the prosecutors, hackers broke into the network of a hospital in France.'],
  ['fr', 'FR', 'France : un logiciel espion neutralisé', 'Selon le parquet, environ 1 200 ordinateurs étaient concernés en Belgique.'],
  ['ru', 'KZ', 'Казахстан: вредоносная программа удалена', 'По данным прокуратуры, хакеры взломали сеть одной больницы в Казахстане.'],
  ['fr', 'FR', 'France : un logiciel espion neutralisé', 'Selon le parquet, des pirates ont infecté près de 3 000 machines en Belgique.'],
  ['fr', 'FR', 'France : un logiciel espion neutralisé', 'Selon le parquet, des pirates ont infecté les serveurs de la société Velmora.'],
  ['de', 'AT', 'Österreich: Schadsoftware entfernt', 'Nach Angaben der Staatsanwaltschaft waren in Ungarn rund 300 Rechner betroffen.'],
] as const) {
  test(`${lang}: an investigating body tells of another's hit (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!confirms(cs, who), show(cs));
  });
}
