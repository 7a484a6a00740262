/**
 * A court that dismisses or rejects a suit, a petition or an argument rules on a case: it denies no
 * accusation for its state (court-ruling.ts). Negatives: a court or a judge, with its state told by an
 * adjective, a seat or a name, as the subject of the denial verb, in en, de, es, fr and vi (each gave a
 * denial by the court's state, or by the court, before). Controls that still deny: a government rejecting
 * accusations, a state rejecting a court's ruling, a state set off by a comma from a court phrase, and an
 * embassy ("Tòa Đại sứ"), whose word begins like a court's in Vietnamese. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const denials = (cs: ReturnType<typeof claimsOf>) => cs.filter((c) => c.stance === 'denies');

for (const [lang, body] of [
  ['en', 'A Canadian court on Tuesday dismissed a lawsuit brought by the activist Marlo Venn against the spyware vendor Quintrel.'],
  ['en', 'A Dutch judge rejected the claims filed against the Defence Ministry by the activist Marlo Venn.'],
  ['en', "The High Court in Dublin on Friday rejected Iran's argument that it was immune from the suit."],
  ['de', 'Ein österreichisches Gericht wies am Dienstag die Klage des Aktivisten Marlo Venn zurück.'],
  ['es', 'Un tribunal peruano rechazó este lunes la demanda del activista Marlo Venn contra el Ministerio de Defensa.'],
  ['es', 'Un juez de Lima rechazó las acusaciones de la empresa Vexalink contra el Gobierno peruano.'],
  ['fr', "La cour d'appel de Bruxelles a rejeté le recours de l'opérateur belge Vexalink."],
  ['fr', 'Un tribunal suisse a rejeté lundi la plainte déposée par le militant Marlo Venn.'],
  ['vi', 'Tòa án Singapore hôm thứ Ba đã bác bỏ đơn kiện của công ty Quintrel.'],
] as const) {
  test(`${lang}: a court's ruling denies nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Court ruling on spyware suit' });
    assert.deepEqual(denials(cs), [], show(cs));
  });
}

for (const [lang, body, state] of [
  ['en', 'The Canadian government on Tuesday dismissed the allegations by the activist Marlo Venn.', 'CA'],
  ['en', 'Russia rejected the court ruling against its hackers as politically motivated.', 'RU'],
  ['en', 'Moscow, pointing to a court verdict, rejected the accusations of hacking.', 'RU'],
  ['de', 'Die österreichische Regierung wies die Vorwürfe des Aktivisten Marlo Venn am Dienstag zurück.', 'AT'],
  ['es', 'El Gobierno peruano rechazó este lunes las acusaciones del activista Marlo Venn.', 'PE'],
  ['fr', 'Le gouvernement belge a rejeté mardi les accusations de piratage.', 'BE'],
  ['vi', 'Chính phủ Singapore hôm thứ Ba đã bác bỏ những lời cáo buộc về tấn công mạng.', 'SG'],
  ['vi', 'Tòa Đại sứ Trung Quốc tại Hà Nội bác bỏ các cáo buộc tấn công mạng.', 'CN'],
  ['ru', 'Правительство Белоруссии отвергло обвинения компании Vexalink.', 'BY'],
] as const) {
  test(`${lang}: a state's denial is kept (control): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Hacking accusations rejected' });
    assert.ok(denials(cs).some((c) => c.claimant === state), show(cs));
  });
}
