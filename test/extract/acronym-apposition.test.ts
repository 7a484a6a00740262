/**
 * An acronym in apposition to an organ phrase that gives its state ("the Belarusian security service VDB", "dem
 * russischen Auslandsgeheimdienst SWR", "le service de sécurité biélorusse VDB", "cơ quan an ninh Belarus VDB") is
 * that state's body wherever the text names it alone: the accused of "attributes the campaign to the VDB" is the
 * state, and so is the speaker of "the VDB accused ...". A company, a news agency, a union's agency, an acronym two
 * states share or one whose phrase a sentence break cuts off keeps its own name. Sentences written for these tests;
 * the bodies and the vendor are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

test('a bare acronym is the state its apposition named, the state before the organ noun (en, de, ru)', () => {
  const en = claimsOf('The intruders are tied to the Belarusian security service VDB. Velmor Labs also attributes the campaign to the VDB.', 'en');
  assert.ok(attributes(en, 'Velmor Labs', 'BY'), show(en));
  assert.ok(!attributes(en, 'Velmor Labs', 'VDB'), show(en));
  const enPossessor = claimsOf("The intruders are tied to Belarus's security service, the VDB. Velmor Labs also attributes the campaign to the VDB.", 'en');
  assert.ok(attributes(enPossessor, 'Velmor Labs', 'BY'), show(enPossessor));
  const de = claimsOf('Die Eindringlinge werden dem belarussischen Geheimdienst KDB zugerechnet. Auch Velmor Labs ordnet die Kampagne dem KDB zu.', 'de');
  assert.ok(attributes(de, 'Velmor Labs', 'BY'), show(de));
  const deCompound = claimsOf('Die Eindringlinge werden dem russischen Auslandsnachrichtendienst ZRA zugerechnet. Auch Velmor Labs ordnet die Kampagne dem ZRA zu.', 'de');
  assert.ok(attributes(deCompound, 'Velmor Labs', 'RU'), show(deCompound));
  const ru = claimsOf('Злоумышленников связывают с белорусской спецслужбой ВДБ. Компания Velmor Labs также приписывает эту кампанию ВДБ.', 'ru');
  assert.ok(attributes(ru, 'Velmor Labs', 'BY'), show(ru));
});

test('a bare acronym is the state its apposition named, the state closing the phrase (fr, es, vi)', () => {
  const fr = claimsOf('Les intrus sont liés au service de sécurité biélorusse VDB. Velmor Labs attribue aussi cette campagne au VDB.', 'fr');
  assert.ok(attributes(fr, 'Velmor Labs', 'BY'), show(fr));
  const es = claimsOf('Los intrusos están vinculados al servicio de seguridad bielorruso VDB. Velmor Labs también atribuye esta campaña al VDB.', 'es');
  assert.ok(attributes(es, 'Velmor Labs', 'BY'), show(es));
  const vi = claimsOf('Những kẻ xâm nhập có liên hệ với cơ quan an ninh Belarus VDB. Hãng Velmor Labs cũng quy kết chiến dịch này cho VDB.', 'vi');
  assert.ok(attributes(vi, 'Velmor Labs', 'BY'), show(vi));
});

test('the body speaks for its state when the bare acronym accuses (en)', () => {
  const cs = claimsOf('The Belarusian security service VDB said on Monday that the leak was staged. Later the VDB accused Lithuania of hacking its servers.', 'en');
  assert.ok(attributes(cs, 'BY', 'LT'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'VDB'), show(cs));
});

test('an acronym no organ phrase of one state introduces keeps its own name (en, de, fr)', () => {
  // A company, a news agency, a union's agency.
  const firm = claimsOf('The Belarusian security firm VDX published a report on the intrusion. Velmor Labs later attributed the campaign to the VDX.', 'en');
  assert.ok(attributes(firm, 'Velmor Labs', 'VDX'), show(firm));
  const news = claimsOf('The Russian news agency RBX published a report on the intrusion. Velmor Labs later accused the RBX of faking it.', 'en');
  assert.ok(!attributes(news, 'Velmor Labs', 'RU'), show(news));
  const union = claimsOf("L'agence européenne ENIVA a publié un rapport. Velmor Labs attribue la campagne à l'ENIVA.", 'fr');
  assert.ok(!attributes(union, 'Velmor Labs', 'EU'), show(union));
  const deFirm = claimsOf('Die Sicherheitsfirma VDX aus Belarus veröffentlichte einen Bericht. Velmor Labs schreibt die Kampagne der VDX zu.', 'de');
  assert.ok(!attributes(deFirm, 'Velmor Labs', 'BY'), show(deFirm));
  // Two states in the phrase; a state the phrase does not reach (another clause).
  const two = claimsOf('The Russian and Belarusian security services VDB published a joint note. Velmor Labs attributed the campaign to the VDB.', 'en');
  assert.ok(!attributes(two, 'Velmor Labs', 'RU') && !attributes(two, 'Velmor Labs', 'BY'), show(two));
  const cut = claimsOf('The campaign was first reported by Belarus, and the security service VDB was named later. Velmor Labs attributed the campaign to the VDB.', 'en');
  assert.ok(attributes(cut, 'Velmor Labs', 'VDB'), show(cut));
});

test("an opposition party accusing its own state's body accuses the state, never the state itself (en)", () => {
  const cs = claimsOf('The opposition Velmoran Freedom Party said the Polish security service ABX had spied on its members. The Velmoran Freedom Party accused the ABX of hacking the phones of two deputies.', 'en');
  assert.ok(attributes(cs, 'Velmoran Freedom Party', 'PL'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'PL' && c.target === 'PL'), show(cs));
});
