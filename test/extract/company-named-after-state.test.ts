/**
 * A company named after its country ("Ferrocarriles Peruanos (Ferope)", "Die Dänische Flugkontrolle (DFK)", "British
 * Velmar Lines (BVL)"): the state is a word of the company's own name, right before the bracketed short form, and the
 * name holds no organ noun. The short form is the company's, which speaks for itself, not for the state. A state organ
 * named with its state ("La Agencia Peruana de ...", "Das Dänische Bundesamt ...", "Cơ quan ... Chile (CAMC)"), a
 * state written as an abbreviation ("U.S. ...") and a state outside the name ("the Danish agency (DNA)") keep the
 * state. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirmers = (body: string, lang: string): string[] => claimsOf(body, lang).filter((c) => c.stance === 'confirms').map((c) => c.claimant);

test('a company named after its country confirms for itself (es, de, fr, en, vi)', () => {
  const cases: Array<[string, string, string]> = [
    ['es', 'Ferrocarriles Peruanos (Ferope) confirmó el lunes que varios de sus servidores fueron atacados por piratas.', 'Ferope'],
    ['de', 'Die Dänische Flugkontrolle (DFK) hat bestätigt, dass Unbekannte in ihr Verwaltungsnetz eingedrungen sind.', 'DFK'],
    ['fr', 'La Compagnie Chilienne de Navigation (CCNV) a confirmé que ses serveurs avaient été piratés.', 'CCNV'],
    ['en', 'British Velmar Lines (BVL) confirmed that its booking systems had been breached.', 'BVL'],
    ['vi', 'Hãng Hàng không Chile Velmar (HCV) đã xác nhận hệ thống đặt vé bị xâm nhập.', 'HCV'],
  ];
  for (const [lang, body, who] of cases) {
    const cs = claimsOf(body, lang);
    assert.deepEqual(confirmers(body, lang), [who], `${lang}: ${show(cs)}`);
  }
});

test('the short form keeps the company name later in the text (es)', () => {
  const body = 'Ferrocarriles Peruanos (Ferope) sufrió un ataque el domingo. En un comunicado, Ferope confirmó que sus servidores habían sido cifrados.';
  assert.deepEqual(confirmers(body, 'es'), ['Ferope']);
});

test('a state organ named with its state still speaks for the state (es, de, fr, en, vi)', () => {
  const cases: Array<[string, string, string]> = [
    ['es', 'La Agencia Peruana de Ciberdefensa (APC) confirmó el lunes que varios de sus servidores fueron atacados por piratas.', 'PE'],
    ['de', 'Das Dänische Bundesamt für Netzschutz (DBN) hat bestätigt, dass seine Server angegriffen wurden.', 'DK'],
    ['fr', "L'Agence chilienne de cybersécurité (ACCY) a confirmé que ses serveurs avaient été piratés.", 'CL'],
    ['en', 'The Danish Agency for Network Defence (DAND) confirmed that its systems had been breached.', 'DK'],
    ['en', 'The U.S. Navy Fleet Cyber Response Unit (FCRU) confirmed that its systems had been breached.', 'US'],
    ['vi', 'Cơ quan An ninh mạng Chile (CAMC) đã xác nhận hệ thống bị xâm nhập.', 'CL'],
  ];
  for (const [lang, body, who] of cases) {
    const cs = claimsOf(body, lang);
    assert.deepEqual(confirmers(body, lang), [who], `${lang}: ${show(cs)}`);
  }
});
