/**
 * The victim phrase of a hostile act (a victim marker after the act: "the attack on the company X", "der Angriff auf
 * den Konzern X", "атака на компанию X") names the one hit. Before a verb-final predicate of blame it is not the
 * predicate's subject ("die Akteure seien für den Angriff auf den Konzern X verantwortlich"); after an accusation its
 * noun is no defendant ("accused Y of an attack on the company X": Y is accused). Negative cases: a company
 * sanctioned is still the one sanctioned, and the accused named before the act is still accused. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const VICTIM: Array<{ lang: string; s: string; accused?: string; victim: string }> = [
  { lang: 'en', s: 'Estonia accused Kestrel Labs of an attack on the company Velora Freight.', accused: 'Kestrel Labs', victim: 'Velora Freight' },
  { lang: 'ru', s: 'Эстония обвинила Kestrel Labs в атаке на компанию Velora.', accused: 'Kestrel Labs', victim: 'Velora' },
  { lang: 'ru', s: 'Эстония обвинила нашу страну в атаке на компанию Velora.', victim: 'Velora' },
  { lang: 'de', s: 'Estland erklärte, iranische Akteure seien für den Angriff auf den Hotelkonzern Velora Resorts verantwortlich.', accused: 'IR', victim: 'Velora Resorts' },
  { lang: 'de', s: 'Estland erklärte, die Gruppe Kestrel Labs sei für den Angriff auf das Unternehmen Velora Logistik verantwortlich.', victim: 'Velora Logistik' },
  { lang: 'de', s: 'Estland erklärte, dass die Gruppe Kestrel für die Kampagne gegen den Reiseanbieter Velora Resorts verantwortlich war.', victim: 'Velora Resorts' },
];

for (const c of VICTIM) {
  test(`${c.lang}: the victim in the act's phrase is not the accused: ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!attributes(cs, 'EE', c.victim) && !attributes(cs, 'LV', c.victim), show(cs));
    if (c.accused) assert.ok(attributes(cs, 'EE', c.accused) || attributes(cs, 'LV', c.accused), show(cs));
  });
}

const KEPT: Array<{ lang: string; s: string; target: string }> = [
  // A company sanctioned is the one sanctioned: no act stands before its noun.
  { lang: 'ru', s: 'Эстония ввела санкции против компании Velora.', target: 'Velora' },
  { lang: 'en', s: 'Estonia imposed sanctions against two companies, Kestrel Labs and Orbin Tech.', target: 'Kestrel Labs' },
  // The accused named before the act.
  { lang: 'en', s: 'Estonia accused Russia of an attack on the company Velora Freight.', target: 'RU' },
  { lang: 'fr', s: "L'Estonie a accusé Kestrel Labs d'une attaque contre la société Velora Fret.", target: 'Kestrel Labs' },
  { lang: 'es', s: 'Estonia acusó a Kestrel Labs de un ataque contra la empresa Velora Carga.', target: 'Kestrel Labs' },
  { lang: 'vi', s: 'Estonia cáo buộc nhóm Kestrel Labs đứng sau vụ tấn công vào công ty Velora Freight.', target: 'Kestrel Labs' },
  { lang: 'de', s: 'Estland erklärte, Russland sei für den Angriff verantwortlich.', target: 'RU' },
  { lang: 'zh', s: '爱沙尼亚认为，伊朗须为针对Velora Resorts酒店集团的入侵负责。', target: 'IR' },
  { lang: 'ru', s: 'Эстония заявила, что за атакой на компанию Velora стоит Россия.', target: 'RU' },
];

for (const c of KEPT) {
  test(`${c.lang}: the accused or the sanctioned is kept (negative): ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, 'EE', c.target), show(cs));
  });
}
