/**
 * A state's police, prosecutor or security office named with a city and no state speaks for the city's state:
 * the city after the body (genitive, apposition, "of"/"de"/"của"), or before it as a modifier, or closing an
 * organ's name ("Oficina de Seguridad Pública de <city>"). Negatives: a city that is the place of the attack or a
 * victim's address names no speaker. Names invented for these tests; the title names no state.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'Charges in hacking case';

for (const [lang, body, state, target] of [
  ['es', 'Según la fiscalía federal de Manhattan, los imputados tomaron parte en una campaña de intrusiones rusa contra aseguradoras.', 'US', 'RU'],
  ['es', 'La Oficina de Seguridad Pública de Cantón acusó a hackers de Taiwán de atacar una empresa local.', 'CN', 'TW'],
  ['de', 'Die Staatsanwaltschaft Köln wirft russischen Hackern den Angriff auf eine Klinik vor.', 'DE', 'RU'],
  ['ru', 'Прокуратура Санкт-Петербурга обвинила украинских хакеров в атаке на банк.', 'RU', 'UA'],
  ['vi', 'Công an TP Hồ Chí Minh cáo buộc tin tặc Trung Quốc tấn công một ngân hàng.', 'VN', 'CN'],
  ['fr', 'Le parquet de Marseille accuse des pirates russes d’avoir attaqué un hôpital.', 'FR', 'RU'],
  ['en', 'The police of Munich accused Russian hackers of attacking a hospital.', 'DE', 'RU'],
] as const) {
  test(`${lang}: a body named with a city speaks for its state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(attributes(cs, state, target), show(cs));
  });
}

for (const [lang, body, city] of [
  ['es', 'Hackers rusos atacaron un hospital de Barcelona, según la policía.', 'ES'],
  ['en', 'The police said Russian hackers attacked a clinic in Manhattan.', 'US'],
  ['en', 'Russian hackers attacked the Manhattan office of a bank, the police said.', 'US'],
  ['de', 'Die Polizei erklärte, russische Hacker hätten eine Klinik in Köln angegriffen.', 'DE'],
  ['fr', 'Selon la police, des pirates russes ont attaqué un hôpital à Marseille.', 'FR'],
] as const) {
  test(`${lang}: a city as the place of the attack names no speaker: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(!cs.some((c) => c.claimant === city), show(cs));
  });
}
