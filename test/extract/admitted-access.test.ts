/**
 * An admission of others' access to one's own systems ("reconoció que intrusos accedieron a sus servidores", "a reconnu
 * que des inconnus avaient accédé à ses serveurs", "räumte ein, dass Fremde auf ihre Server zugegriffen hatten", "thừa
 * nhận kẻ lạ đã truy cập vào máy chủ của công ty", "承认有外人访问了其服务器"): the admitting party confirms it was hit
 * (claims/admitted-access.ts). Negatives: a plain confirmation of access, access to another party's systems, access negated, an admission never made, an
 * admission of something else. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['es', 'Korvane', 'La empresa Korvane reconoció el jueves que unos desconocidos accedieron a sus servidores de reservas durante semanas.'],
  ['fr', 'Korvane', 'La société Korvane a reconnu jeudi que des inconnus avaient accédé à ses serveurs de réservation pendant des semaines.'],
  ['de', 'Korvane', 'Die Firma Korvane räumte am Donnerstag ein, dass Fremde wochenlang auf ihre Buchungsserver zugegriffen hatten.'],
  ['vi', 'Korvane', 'Công ty Korvane thừa nhận rằng kẻ lạ đã truy cập vào máy chủ đặt vé của công ty trong nhiều tuần.'],
  ['zh', 'Korvane', 'Korvane公司承认，有外人在数周内访问了其订票服务器。'],
] as const) {
  test(`${lang}: an admission of access to one's own systems confirms a hit: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Company news' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, body] of [
  // A plain confirmation: access by users is no hit.
  ['es', 'Korvane', 'La empresa Korvane confirmó el jueves que sus clientes accedieron a sus cuentas sin problemas.'],
  // Access to another party's systems: no hit on the speaker.
  ['es', 'Korvane', 'La empresa Korvane reconoció el jueves que sus empleados accedieron a los servidores de un competidor.'],
  ['de', 'Korvane', 'Die Firma Korvane räumte am Donnerstag ein, dass ihre Mitarbeiter auf die Server eines Konkurrenten zugegriffen hatten.'],
  // Access negated.
  ['fr', 'Korvane', 'La société Korvane a reconnu jeudi que ses clients n’avaient pas pu accéder à ses serveurs pendant deux jours.'],
  // An admission never made.
  ['de', 'Korvane', 'Die Firma Korvane hat nie eingeräumt, dass Fremde auf ihre Buchungsserver zugegriffen hätten.'],
  // An admission of something else.
  ['vi', 'Korvane', 'Công ty Korvane thừa nhận rằng báo cáo tài chính quý trước là chính xác.'],
  ['zh', 'Korvane', 'Korvane公司承认，上季度的财务报告是准确的。'],
] as const) {
  test(`${lang}: no hit admitted (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Company news' });
    assert.ok(!confirms(cs, who), show(cs));
  });
}
