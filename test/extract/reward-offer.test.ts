/**
 * A reward offered for information on people ("offered rewards for information on ten hackers working for X",
 * "ofreció recompensas por información sobre", "offre une récompense pour toute information sur", "Belohnungen
 * für Hinweise auf", "вознаграждение за информацию о", "treo thưởng", "悬赏") accuses like a charge: the
 * people sought are defendants (defendants.ts), and the state they are said to work for is the accused, not
 * them. Sentences and names written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')).map((c) => c.target);

const REWARDS: Array<[lang: string, body: string]> = [
  ['en', 'Police in Shanghai offered rewards for information on ten people it said were hackers working for the Taiwanese army.'],
  ['es', 'La policía de Shanghái ofreció recompensas por información sobre diez piratas informáticos al servicio del ejército taiwanés.'],
  ['fr', 'La police de Shanghai a offert des récompenses pour des informations sur dix pirates au service de l’armée taïwanaise.'],
  ['de', 'Die Polizei in Shanghai setzte Belohnungen für Hinweise auf zehn Hacker aus, die für das taiwanische Militär arbeiten sollen.'],
  ['ru', 'Полиция Шанхая назначила вознаграждение за информацию о десяти хакерах, работающих на тайваньских военных.'],
  ['vi', 'Cảnh sát Thượng Hải treo thưởng cho thông tin về mười tin tặc làm việc cho quân đội Đài Loan.'],
  ['zh', '上海警方悬赏通缉十名为台湾军方工作的黑客。'],
];

for (const [lang, body] of REWARDS) {
  test(`${lang}: a reward for information on hackers working for a state accuses that state`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'CN'), ['TW'], show(cs));
  });
}

test('en: a reward offered for a lost item is no accusation', () => {
  const cs = claimsOf('The museum in Shanghai offered a reward for the return of a stolen painting.', 'en');
  assert.deepEqual(cs.filter((c) => c.stance === 'accuses' || c.stance === 'attributes').map((c) => c.target), [], show(cs));
});

test('es: a reward for information on a state’s officers accuses their state, not the officers', () => {
  const cs = claimsOf('El Departamento de Estado de Estados Unidos ofrece una recompensa por información sobre dos oficiales de la inteligencia militar rusa.', 'es');
  assert.deepEqual(accused(cs, 'US'), ['RU'], show(cs));
});
