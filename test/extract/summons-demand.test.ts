/**
 * A summons made to demand something is a call by the one who summons, on the state whose envoy is summoned:
 * "summoned the Russian ambassador to demand an explanation", "convocó al embajador de Rusia para exigir una
 * investigación", "a convoqué l'ambassadeur de Russie pour demander des explications", "bestellte den russischen
 * Botschafter ein, um Aufklärung zu verlangen", "вызвал российского посла, чтобы потребовать объяснений",
 * "召见俄罗斯大使，要求俄方作出解释", "triệu tập đại sứ Nga để yêu cầu giải thích". Before, the state of the envoy (the
 * party nearest before the demand verb) was made the caller, or no call was read. Negatives: a summons with no demand,
 * a passive summons that names no summoner, a court's summons of a witness, a ministry calling an incident serious.
 * Names and sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const calls = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'calls-for');

const positives: [string, string, string, string, string][] = [
  ['en', 'Estonia reports a breach', 'Hackers broke into the servers of the Estonian finance ministry in May. Estonia\'s foreign ministry summoned the Russian ambassador on Tuesday to demand a full explanation.', 'EE', 'RU'],
  ['en', 'Latvia reports a breach', 'Hackers broke into the servers of the Latvian tax office. Latvia summoned the Chinese envoy in Riga to seek answers about the intrusion.', 'LV', 'CN'],
  ['es', 'Bolivia denuncia un ataque', 'Piratas informáticos entraron en los servidores del ministerio de Hacienda de Bolivia. La cancillería boliviana convocó al embajador de Rusia, Iván Petrov, para exigir una investigación.', 'BO', 'RU'],
  ['es', 'Uruguay denuncia un ataque', 'Piratas informáticos entraron en las redes del Banco Central de Uruguay. Uruguay convocó al embajador de Rusia para pedirle explicaciones sobre el ataque.', 'UY', 'RU'],
  ['fr', 'La Belgique dénonce une intrusion', 'Des pirates ont pénétré les serveurs du ministère belge des Finances. Le ministère belge des Affaires étrangères a convoqué l\'ambassadeur de Chine pour demander des explications.', 'BE', 'CN'],
  ['fr', 'La Suisse dénonce une intrusion', 'Des pirates ont pénétré les serveurs de l\'administration fédérale suisse. Berne a convoqué l\'ambassadeur russe afin d\'exiger une enquête.', 'CH', 'RU'],
  ['de', 'Estland meldet Angriff', 'Hacker drangen in die Server des estnischen Finanzministeriums ein. Das estnische Außenministerium bestellte den russischen Botschafter ein, um eine Erklärung zu verlangen.', 'EE', 'RU'],
  ['de', 'Österreich meldet Angriff', 'Hacker drangen in die Netze des österreichischen Außenministeriums ein. Österreich hat den russischen Botschafter einbestellt, um Aufklärung zu fordern.', 'AT', 'RU'],
  ['ru', 'Эстония сообщила о взломе', 'Хакеры взломали серверы министерства финансов Эстонии. МИД Эстонии вызвал российского посла, чтобы потребовать объяснений.', 'EE', 'RU'],
  ['zh', '爱沙尼亚通报网络攻击', '黑客入侵了爱沙尼亚财政部的服务器。爱沙尼亚外交部召见俄罗斯大使，要求俄方作出解释。', 'EE', 'RU'],
  ['vi', 'Estonia tố bị tấn công mạng', 'Tin tặc đã xâm nhập máy chủ của Bộ Tài chính Estonia. Bộ Ngoại giao Estonia đã triệu tập đại sứ Nga để yêu cầu giải thích.', 'EE', 'RU'],
];

for (const [lang, title, body, caller, summoned] of positives) {
  test(`${lang}: a summons to demand is the summoner's call: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(calls(cs, caller), show(cs));
    assert.ok(!calls(cs, summoned), show(cs));
  });
}

const negatives: [string, string, string][] = [
  ['en', 'Estonia reports a breach', 'Hackers broke into the servers of the Estonian finance ministry in May. Estonia summoned the Russian ambassador on Tuesday.'],
  ['en', 'Estonia reports a breach', 'Hackers broke into the servers of the Estonian finance ministry in May. The Russian ambassador was summoned to the ministry to hear a protest.'],
  ['en', 'Estonia reports a breach', 'Hackers broke into the servers of the Estonian finance ministry in May. The Estonian foreign ministry called the incident serious.'],
  ['es', 'Bolivia denuncia un ataque', 'Piratas informáticos entraron en los servidores del ministerio de Hacienda de Bolivia. El embajador de Rusia fue convocado a la cancillería.'],
  ['es', 'Bolivia denuncia un ataque', 'Piratas informáticos entraron en los servidores del ministerio de Hacienda de Bolivia. Un juez boliviano convocó al exministro ruso Iván Petrov para declarar como testigo.'],
  ['fr', 'La Belgique dénonce une intrusion', 'Des pirates ont pénétré les serveurs du ministère belge des Finances. L\'ambassadeur de Chine a été convoqué pour s\'expliquer.'],
  ['de', 'Estland meldet Angriff', 'Hacker drangen in die Server des estnischen Finanzministeriums ein. Estland hat den russischen Botschafter einbestellt.'],
  ['ru', 'Эстония сообщила о взломе', 'Хакеры взломали серверы министерства финансов Эстонии. МИД Эстонии вызвал посла России.'],
  ['zh', '爱沙尼亚通报网络攻击', '黑客入侵了爱沙尼亚财政部的服务器。爱沙尼亚外交部召见了俄罗斯大使。'],
  ['vi', 'Estonia tố bị tấn công mạng', 'Tin tặc đã xâm nhập máy chủ của Bộ Tài chính Estonia. Đại sứ Nga đã được triệu tập lên Bộ Ngoại giao.'],
];

for (const [lang, title, body] of negatives) {
  test(`${lang}: no call without a demand or a summoner (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}
