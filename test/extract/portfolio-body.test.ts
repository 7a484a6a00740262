/**
 * A state body named by its portfolio with no state beside it ("The ministry of defence warned ...", "Le ministère de
 * la Défense a confirmé ...", "El ministerio de Defensa advirtió ...") is a state body (state-body.ts), not the bare
 * noun it opens with ("the ministry", "le ministère", "el ministerio") pointing back to whoever spoke last: a company or
 * a party's lawmaker speaking before does not take its words. Its state is the text's home state (its dateline, or
 * the state speaking in it). Negatives: a state named beside the body keeps it; two states and no home state leave it
 * to no state. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: string, target?: string) =>
  cs.some((c) => c.claimant === claimant && c.stance === stance && (target === undefined || c.target === target));

for (const [lang, body, claimant, stance, target] of [
  ['en', 'WARSAW, 4 May 2021 - Hackers stole tender files from a Polish shipyard that builds patrol boats for Estonia, the shipbuilder Velmora Marine said on Tuesday.\nVelmora Marine said the theft was serious and that its engineers were still counting the lost files.\nThe ministry of defence confirmed that its supply network had been breached in March.', 'PL', 'confirms', 'PL'],
  ['en', 'Poland confirmed on Monday an intrusion at a shipyard that builds patrol boats for Estonia.\nThe shipbuilder Velmora Marine said the theft was serious and that its engineers were still counting the lost files.\nThe ministry of defence warned that North Korea could launch new intrusions against naval suppliers.', 'PL', 'warns', 'KP'],
  ['fr', "RIGA, 4 mai 2021 - Des pirates ont volé des dossiers d'un chantier letton qui construit des patrouilleurs pour l'Estonie, a déclaré mardi le chantier naval Velmora Marine.\nVelmora Marine a jugé ce vol très grave et dit que ses ingénieurs comptaient encore les fichiers perdus.\nLe ministère de la Défense a confirmé que son réseau logistique avait été piraté en mars.", 'LV', 'confirms', 'LV'],
  ['es', 'Chile confirmó el lunes un ataque contra un astillero que construye patrulleras para Perú.\nLa diputada Marta Quiroga, del Partido Republicano, dijo que el robo era muy grave.\nEl ministerio de Defensa advirtió que Corea del Norte podría lanzar nuevos ataques contra la industria naval.', 'CL', 'warns', 'KP'],
] as const) {
  test(`${lang}: a body named by its portfolio speaks for the text's state, not for the last speaker: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Shipyard files stolen' });
    assert.ok(has(cs, claimant, stance, target), show(cs));
    assert.ok(!cs.some((c) => /Velmora|Party/u.test(c.claimant)), show(cs));
  });
}

test('en: a state named beside the body keeps it (negative)', () => {
  const cs = claimsOf('Poland confirmed on Monday an intrusion at a shipyard that builds patrol boats for Estonia.\nThe shipbuilder Velmora Marine said the theft was serious and that its engineers were still counting the lost files.\nThe ministry of defence of Estonia warned that North Korea could launch new intrusions against naval suppliers.', 'en', { title: 'Shipyard files stolen' });
  assert.ok(has(cs, 'EE', 'warns', 'KP'), show(cs));
  assert.ok(!has(cs, 'PL', 'warns'), show(cs));
});

for (const [lang, body] of [
  ['en', 'Hackers stole tender files from a shipyard in Poland that builds patrol boats for Estonia, the shipbuilder Velmora Marine said on Tuesday.\nVelmora Marine said the theft was serious and that its engineers were still counting the lost files.\nThe ministry of defence warned that North Korea could launch new intrusions against naval suppliers.'],
  ['fr', "Des pirates ont volé des dossiers d'un chantier naval en Lettonie qui construit des patrouilleurs pour l'Estonie, a déclaré mardi le chantier Velmora Marine.\nVelmora Marine a jugé ce vol très grave et dit que ses ingénieurs comptaient encore les fichiers perdus.\nLe ministère de la Défense a averti que la Corée du Nord pourrait lancer de nouvelles intrusions."],
] as const) {
  test(`${lang}: two states and no home state leave the body to no one (negative): ${body.slice(-40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Shipyard files stolen' });
    assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
  });
}
