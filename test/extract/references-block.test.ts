/**
 * A list of references under its heading ("References", "Referencias", "Tham khảo: A; B") cites other
 * documents: a state body named only there (an advisory by CISA in the list) does not make its state a
 * party (src/extract/lexicons/entity/related-links.ts, src/extract/extract.ts). The same body acting in
 * the text does. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const countries = (text: string, lang: string) => extract(`${text}\nSource: x`, { lang }).countries.map((c) => c.code).sort();

test('a state body named only in a list of references is no party (en, es, vi)', () => {
  assert.deepEqual(countries('Flaws in VPN gateways\nAttackers exploited two flaws in VPN gateways to steal sessions.\n\nReferences\n- Vendor advisory for the gateways\n- CISA: Emergency Directive on VPN gateways\n', 'en'), []);
  assert.deepEqual(countries('Fallos en pasarelas VPN\nLos atacantes explotaron dos fallos en pasarelas VPN para robar sesiones.\n\nReferencias\n- Aviso del fabricante\n- CISA: Directiva de emergencia sobre pasarelas VPN\n', 'es'), []);
  assert.deepEqual(countries('Lỗ hổng cổng VPN\nTin tặc đã khai thác hai lỗ hổng trong cổng VPN để đánh cắp phiên làm việc.\n\nTham khảo: Khuyến cáo của hãng; CISA.\n', 'vi'), []);
});

test('the same body acting in the text makes its state a party (negative case: en)', () => {
  assert.deepEqual(countries('Flaws in VPN gateways\nCISA said attackers exploited two flaws in VPN gateways to steal sessions.\n', 'en'), ['US']);
});
