/**
 * A generic noun for a state's authorities opening a sentence (or its clause after a short adverbial), with a speech or stance verb right after it ("The
 * authorities blamed ...", "Die Behörden ordnen ... zu", "Власти обвинили ...", "当局指责 ..."), speaks for the
 * text's home state: the publisher's when a state body publishes it, else the state whose organs the text names most. A state word beside the noun names its own state
 * ("Chinese authorities denied"); a noun that does not open the sentence, or is qualified before its verb, speaks
 * for no one here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

describe('generic authorities noun opening a sentence speaks for the home state', () => {
  const positives: Array<[string, string, string, string]> = [
    ['en', 'CISA published an alert about the water utility on Tuesday. The authorities blamed Russia for the intrusion.', 'US', 'RU'],
    ['fr', 'L’ANSSI a publié mardi un bulletin sur la compagnie des eaux. Les autorités ont imputé l’intrusion à la Russie.', 'FR', 'RU'],
    ['de', 'Das BSI veröffentlichte am Montag eine Warnung zu dem Wasserwerk. Die Behörden ordnen den Angriff Russland zu.', 'DE', 'RU'],
    ['es', 'El CCN-CERT publicó el lunes un informe sobre la empresa de agua. Las autoridades atribuyeron el ataque a Rusia.', 'ES', 'RU'],
    ['ru', 'ФСБ опубликовала в понедельник заявление о нападении на водоканал. Власти обвинили США в атаке.', 'RU', 'US'],
    ['zh', '国家计算机病毒应急处理中心周一发布报告。当局指责美国对该大学发动网络攻击。', 'CN', 'US'],
    ['vi', 'Bộ Công an Việt Nam hôm thứ Hai ra thông báo về vụ việc. Giới chức cáo buộc Trung Quốc xâm nhập mạng lưới cấp nước của thành phố.', 'VN', 'CN'],
  ];
  for (const [lang, body, claimant, target] of positives) {
    it(`${lang}: ${claimant} attributes to ${target}`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(attributes(cs, claimant, target), show(cs));
    });
  }

  // After a short opening adverbial set off by a comma, the noun still opens its clause as the subject.
  const adverbial: Array<[string, string, string, string]> = [
    ['en', 'CISA published an alert about the water utility on Tuesday. On Wednesday, the authorities blamed Russia for the intrusion.', 'US', 'RU'],
    ['fr', 'L’ANSSI a publié mardi un bulletin sur la compagnie des eaux. Mercredi soir, les autorités ont imputé l’intrusion à la Russie.', 'FR', 'RU'],
    ['es', 'El CCN-CERT publicó el lunes un informe sobre la empresa de agua. Un día después, las autoridades atribuyeron el ataque a Rusia.', 'ES', 'RU'],
    ['zh', '国家计算机病毒应急处理中心周一发布报告。周二，当局指责美国对该大学发动网络攻击。', 'CN', 'US'],
    ['vi', 'Bộ Công an Việt Nam hôm thứ Hai ra thông báo về vụ việc. Hôm thứ Ba, giới chức cáo buộc Trung Quốc xâm nhập mạng lưới cấp nước.', 'VN', 'CN'],
  ];
  for (const [lang, body, claimant, target] of adverbial) {
    it(`${lang}: after an opening adverbial, ${claimant} attributes to ${target}`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(attributes(cs, claimant, target), show(cs));
    });
  }

  it('en: an adverbial naming a party is no time or manner: the noun after it is not taken', () => {
    const cs = claimsOf('CISA published an alert about the water utility on Tuesday. Despite the warnings from Moscow, officials blamed Russia for the intrusion.', 'en');
    assert.ok(!attributes(cs, 'US', 'RU'), show(cs));
  });

  it('en: the home state, not the accused state that spoke last', () => {
    const cs = claimsOf('CISA and the FBI issued a joint advisory on Monday. Russia’s foreign ministry called the report baseless. The authorities blamed Russian military intelligence for the intrusion.', 'en');
    assert.ok(attributes(cs, 'US', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU' && c.stance !== 'denies'), show(cs));
  });

  // A state body's own statement: the authorities are the publisher's state's, however many organs of another state it names.
  const published: Array<[string, string, string]> = [
    ['en', 'Statement by the Embassy of Estonia in Washington', 'CISA and the FBI published an advisory on the outage of the power grid. The authorities accuse Russia of the attack.'],
    ['fr', 'Communiqué de l’ambassade d’Estonie à Paris', 'L’ANSSI et le parquet de Paris ont publié un avis sur la panne du réseau électrique. Les autorités accusent la Russie de cette attaque.'],
    ['de', 'Erklärung der Botschaft Estlands in Berlin', 'Das BSI und das BKA veröffentlichten eine Warnung zum Ausfall des Stromnetzes. Die Behörden werfen Russland den Angriff vor.'],
  ];
  for (const [lang, title, body] of published) {
    it(`${lang}: in a state body's statement the authorities are the publisher's state`, () => {
      const cs = claimsOf(body, lang, { title });
      assert.ok(attributes(cs, 'EE', 'RU'), show(cs));
      assert.ok(!cs.some((c) => c.claimant !== 'EE' && (c.stance === 'accuses' || c.stance === 'attributes')), show(cs));
    });
  }

  const accused: Array<[string, string, string]> = [
    ['en', 'CISA published an alert about the water utility on Tuesday. Chinese authorities denied any role in the intrusion.', 'CN'],
    ['de', 'Das BSI veröffentlichte am Montag eine Warnung zu dem Wasserwerk. Chinesische Behörden wiesen jede Beteiligung zurück.', 'CN'],
    ['es', 'El CCN-CERT publicó el lunes un informe sobre la empresa de agua. Las autoridades chinas negaron cualquier implicación.', 'CN'],
    ['zh', '国家计算机病毒应急处理中心周一发布报告。美国当局否认参与任何网络攻击。', 'US'],
    ['vi', 'Bộ Công an Việt Nam hôm thứ Hai ra thông báo về vụ việc. Giới chức Trung Quốc bác bỏ cáo buộc.', 'CN'],
  ];
  for (const [lang, body, state] of accused) {
    it(`${lang}: a state word beside the noun names the accused state (${state}), not the home state`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(cs.some((c) => c.claimant === state && c.stance === 'denies'), show(cs));
      assert.ok(!cs.some((c) => c.stance === 'denies' && c.claimant !== state), show(cs));
    });
  }

  const none: Array<[string, string, string]> = [
    // Qualified before its verb: other authorities (a town's), not the home state's.
    ['ru', 'ФСБ опубликовала в понедельник заявление о нападении на водоканал. Власти одного техасского городка подтвердили взлом водокачки.', 'RU'],
    // The noun as an object: no speaker.
    ['fr', 'L’ANSSI a publié mardi un bulletin sur la compagnie des eaux. Des pirates ont visé les autorités de plusieurs communes.', 'FR'],
    ['en', 'CISA published an alert about the water utility on Tuesday. Hackers targeted the authorities of several towns.', 'US'],
  ];
  for (const [lang, body, home] of none) {
    it(`${lang}: no claim of the home state (${home}) for authorities that do not open the sentence as its subject`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(!cs.some((c) => c.claimant === home && (c.stance === 'confirms' || c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
    });
  }
});
