/**
 * An acronym defined in parentheses with a bare state name right after it, joined by the profile's body marker
 * ("la Agencia de Redes (ARV) de Etiopía", "l'Agence des réseaux (ARV) d'Éthiopie") or by nothing, the state as
 * genitive or postposed name ("Агентство сетей (АСБ) Эфиопии", "die Agentur für Netze (ANS) Äthiopiens",
 * "Cơ quan Mạng lưới (ARV) Ethiopia"): the acronym is that state's, so a later bare mention that speaks is the
 * state. A state after a comma or on the next line owns nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const calls = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant && c.stance === 'calls-for');

test('a bare state after the bracket through the body marker owns the acronym (es, fr)', () => {
  const es = claimsOf('La Agencia de Redes Velmar (ARV) de Etiopía publicó un informe técnico. Más tarde, la ARV pidió a los bancos que revisen sus servidores.', 'es');
  assert.ok(calls(es, 'ET'), show(es));
  assert.ok(!calls(es, 'ARV'), show(es));
  const fr = claimsOf("L'Agence des réseaux Velmar (ARV) d'Éthiopie a publié un rapport technique. Plus tard, l'ARV a appelé les banques à vérifier leurs serveurs.", 'fr');
  assert.ok(calls(fr, 'ET'), show(fr));
  assert.ok(!calls(fr, 'ARV'), show(fr));
});

test('a state as genitive or postposed name right after the bracket owns the acronym (ru, de, vi)', () => {
  const ru = claimsOf('Агентство сетей Велмар (АСВ) Эфиопии опубликовало технический отчёт. Позже АСВ призвало банки проверить свои серверы.', 'ru');
  assert.ok(calls(ru, 'ET'), show(ru));
  const de = claimsOf('Die Agentur für Netze Velmar (ANV) Äthiopiens veröffentlichte einen technischen Bericht. Später forderte die ANV die Banken auf, ihre Server zu prüfen.', 'de');
  assert.ok(calls(de, 'ET'), show(de));
  const vi = claimsOf('Cơ quan Mạng lưới Velmar (ARV) Ethiopia đã công bố một báo cáo kỹ thuật. Sau đó, ARV kêu gọi các ngân hàng kiểm tra máy chủ của mình.', 'vi');
  assert.ok(calls(vi, 'ET'), show(vi));
});

test('a state after a comma or a line break does not own the acronym', () => {
  const es = claimsOf('La Agencia de Redes Velmar (ARV), Etiopía y Kenia firmaron un acuerdo técnico. Más tarde, la ARV pidió a los bancos que revisen sus servidores.', 'es');
  assert.ok(!calls(es, 'ET'), show(es));
  const en = claimsOf('The Velmar Network Office (VNO)\nEthiopia and Kenya signed a technical accord. Later the VNO urged banks to check their servers.', 'en');
  assert.ok(!calls(en, 'ET'), show(en));
});
