/**
 * Major political parties are organisations that speak under their usual English name, whatever the
 * language writes: "el Centro Democrático" is the Democratic Center, "執政黨國民力量" the People Power
 * Party, "đảng Tiến bước" the Move Forward Party, "die Liberaldemokratische Partei" Japan's Liberal
 * Democratic Party. A member's
 * claim goes to the party too. Negatives: the Chinese Communist Party ("中共") stays the state it
 * rules, a party that is attacked is no claimant, and "a party to the conflict" names no party.
 * Persons are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Hack of the election commission' };

for (const [lang, body, party, target] of [
  ['en', 'The Kuomintang said Chinese hackers had broken into the election commission.', 'Kuomintang', 'CN'],
  ['es', 'El Partido Republicano acusó a Rusia de atacar los registros de votantes de tres condados.', 'Republican Party', 'RU'],
  ['fr', 'Le Rassemblement national accuse la Russie d’avoir piraté les serveurs de la commission électorale.', 'National Rally', 'RU'],
  ['de', 'Die Liberaldemokratische Partei wirft China vor, die Server der Rentenkasse gehackt zu haben.', 'Liberal Democratic Party', 'CN'],
  ['zh', '國民黨立委指責中國駭客入侵選舉委員會的伺服器。', 'Kuomintang', 'CN'],
  ['vi', 'Hai nghị sĩ thuộc đảng Tiến bước hôm thứ Ba cáo buộc Nga đứng sau vụ tấn công máy chủ của ủy ban bầu cử.', 'Move Forward Party', 'RU'],
  ['ru', 'Гоминьдан обвинил Китай во взломе серверов избирательной комиссии.', 'Kuomintang', 'CN'],
] as const) {
  test(`${lang}: a major party accuses under its English name: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, party, target), show(cs));
  });
}

for (const [lang, body, party] of [
  ['zh', '執政黨國民力量則要求選舉委員會為忽視資安警告一事負起責任。', 'People Power Party'],
  ['zh', '在野的立憲民主黨要求政府徹底查明資料外洩的責任。', 'Constitutional Democratic Party of Japan'],
  ['vi', 'Đảng Golkar yêu cầu chính phủ điều tra vụ tấn công vào trung tâm dữ liệu.', 'Golkar'],
  ['en', 'The Liberal Democratic Party called for an independent inquiry into the leak of pension records.', 'Liberal Democratic Party'],
] as const) {
  test(`${lang}: a major party calls for: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(cs.some((c) => c.claimant === party && c.stance === 'calls-for'), show(cs));
  });
}

test('es: a party leader denies for the party, not a former president for the state', () => {
  const cs = claimsOf('El expresidente Mario Quiroga, líder del Centro Democrático, rechazó las acusaciones de espionaje.', 'es', title);
  assert.ok(cs.some((c) => c.claimant === 'Democratic Center' && c.stance === 'denies'), show(cs));
});

for (const [lang, body, party] of [
  // the ruling Communist Party speaks as its state
  ['zh', '中共駭客每天對我國政府機關發動網路攻擊。', 'Communist Party of China'],
  // a party that is attacked
  ['en', 'Russian hackers broke into the servers of the Republican Party, investigators said.', 'Republican Party'],
  ['es', 'Según la policía, hackers rusos atacaron los servidores del Partido Demócrata.', 'Democratic Party'],
] as const) {
  test(`${lang}: no claim of the party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.claimant === party), show(cs));
  });
}

test('en: "a party to the conflict" is no political party', () => {
  const cs = claimsOf('Every party to the conflict denied any role in the attack on the grid.', 'en', title);
  assert.ok(!cs.some((c) => /part/iu.test(c.claimant)), show(cs));
});

test('fr: a parliamentary record’s party abbreviation in the bracket after a member’s name (PCC)', () => {
  const body = 'M. Paul Verdier (Laval-Nord, PCC) : Monsieur le Président, des pirates chinois ont ciblé des députés canadiens. Pourquoi le gouvernement a-t-il gardé le silence?';
  const cs = claimsOf(body, 'fr', { title: 'Période des questions' });
  assert.ok(attributes(cs, 'Conservative Party of Canada', 'CN'), show(cs));
});
