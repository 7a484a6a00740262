/**
 * The article's home state (home-state.ts) is the state whose organs, officials or government speak in it (subjects of
 * a verb of saying, confirming, warning), not the state whose organs are named most: a text where the accused side's
 * agencies are named again and again, and the home state's government speaks twice, gives the home state to the
 * speakers. A generic "the authorities" then speaks for the speakers' state. Invented texts; the accused agencies are
 * named four times, the speakers' state twice as the subject of a speech verb.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

describe('home state: the state that speaks, not the accused side named most', () => {
  const positives: Array<[string, string, string, string]> = [
    ['en', 'The government of Ireland confirmed on Thursday an intrusion into its diplomatic network. Ireland said the intruders had been removed. Reports say the GRU ran the operation; the GRU and the FSB have run similar ones, and the SVR too. The authorities blamed Russia for the intrusion.', 'IE', 'RU'],
    ['fr', 'Le gouvernement de la Belgique a confirmé jeudi une intrusion dans son réseau diplomatique. La Belgique a déclaré que les intrus avaient été chassés. Selon la presse, le GRU aurait mené l’opération ; le GRU et le FSB ont déjà agi ainsi, comme le SVR. Les autorités ont imputé l’intrusion à la Russie.', 'BE', 'RU'],
    ['de', 'Die Regierung Österreichs bestätigte am Donnerstag einen Einbruch in das diplomatische Netz. Österreich sagte, die Eindringlinge seien entfernt worden. Laut Berichten soll der GRU dahinterstecken; der GRU und der FSB sind bekannt dafür, ebenso der SVR. Die Behörden ordneten den Angriff Russland zu.', 'AT', 'RU'],
    ['ru', 'Правительство Эстонии подтвердило в четверг взлом дипломатической сети. Эстония заявила, что злоумышленники удалены из сети. По данным прессы, за атакой стоит ГРУ; ГРУ и ФСБ уже проводили такие операции, как и СВР. Власти обвинили Россию во взломе.', 'EE', 'RU'],
    ['es', 'El Gobierno de Uruguay confirmó el jueves una intrusión en su red diplomática. Uruguay dijo que los intrusos fueron expulsados. Según la prensa, el GRU estaría detrás; el GRU y el FSB ya lo hicieron antes, igual que el SVR. Las autoridades atribuyeron la intrusión a Rusia.', 'UY', 'RU'],
    ['zh', '捷克外交部周四证实外交网络遭到入侵。捷克外交部表示，入侵者已被清除。据报道，此次行动由GRU实施；GRU和FSB曾多次发动类似攻击，SVR也是如此。当局指责俄罗斯发动了这次攻击。', 'CZ', 'RU'],
    ['vi', 'Chính phủ Phần Lan xác nhận mạng ngoại giao bị xâm nhập. Phần Lan cho biết những kẻ xâm nhập đã bị loại bỏ. Theo báo chí, GRU đứng sau chiến dịch; GRU và FSB từng làm điều tương tự, SVR cũng vậy. Giới chức cáo buộc Nga thực hiện vụ tấn công.', 'FI', 'RU'],
  ];
  for (const [lang, body, claimant, target] of positives) {
    it(`${lang}: the authorities are ${claimant}'s, not the accused's`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(attributes(cs, claimant, target), show(cs));
    });
  }

  // A state named as a modifier or in a list before a verb whose subject is another noun is no speaker.
  it('es: a state in a list before another subject does not speak', () => {
    const cs = claimsOf('Votantes de Uruguay, Chile o Perú denuncian fallos en la plataforma. Según la prensa, el GRU estaría detrás; el GRU y el FSB ya lo hicieron antes, igual que el SVR. Las autoridades atribuyeron la intrusión a Rusia.', 'es');
    assert.ok(!attributes(cs, 'UY', 'RU') && !attributes(cs, 'PE', 'RU'), show(cs));
  });

  // The accused answering with a denial tells no home: the authorities stay the speakers'.
  it('en: an accused state that denies does not become the home state', () => {
    const cs = claimsOf('The government of Ireland confirmed on Thursday an intrusion into its diplomatic network. Ireland said the intruders had been removed. Russia denied any role, and Russia rejected the report; Russia dismissed it again later. The authorities blamed Russia for the intrusion.', 'en');
    assert.ok(attributes(cs, 'IE', 'RU'), show(cs));
  });
});
