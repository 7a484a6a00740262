/**
 * A joint advisory's recommendations: the co-signers of a joint act, named together or referred back to as a whole
 * ("the authoring agencies", "les deux services", "die beiden Behörden", "ambos países", "оба ведомства", "hai nước",
 * "两国机构"), appealing to the advisory's generic audience ("urge organisations to patch") make no call of their own:
 * recommendations inside an advisory are no separate calls. One co-signer appealing alone, an appeal of the co-signers
 * to a party, and a collective reference with no joint act told still call. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const calls = (cs: ClaimCandidate[], claimant: string, target?: string): boolean =>
  cs.some((c) => c.claimant === claimant && c.stance === 'calls-for' && (target === undefined || c.target === target));

const RECOMMENDATIONS: Array<[string, string]> = [
  ['en', "The FBI and Norway's police released a joint advisory on the Vexa intrusions. The authoring agencies urge organisations to patch exposed servers and to reset passwords."],
  ['en', "The FBI and Norway's police released a joint advisory on the Vexa intrusions. The FBI and the Norwegian police urge software developers to sign their updates."],
  ['fr', 'Le FBI et la police norvégienne ont publié un avis conjoint sur les intrusions Vexa. Les deux services invitent les organisations à corriger leurs serveurs exposés.'],
  ['de', 'Das FBI und die norwegische Polizei haben eine gemeinsame Warnung zu den Vexa-Angriffen veröffentlicht. Die beiden Behörden rufen Unternehmen dazu auf, exponierte Server zu patchen.'],
  ['es', 'El FBI y la policía noruega publicaron un aviso conjunto sobre las intrusiones Vexa. Ambos países instan a las empresas a actualizar sus servidores expuestos.'],
  ['ru', 'ФБР и полиция Норвегии выпустили совместное предупреждение о взломах Vexa. Оба ведомства призывают организации обновить уязвимые серверы.'],
  ['vi', 'Hoa Kỳ và Na Uy ra tuyên bố chung về các vụ xâm nhập Vexa. Hai nước kêu gọi doanh nghiệp vá các máy chủ bị lộ.'],
  ['zh', '美国联邦调查局与挪威警方发布联合警告，涉及Vexa入侵行动。两国机构呼吁各机关尽快修补暴露的服务器。'],
];

for (const [lang, body] of RECOMMENDATIONS) {
  test(`${lang}: the co-signers of a joint advisory appealing to its generic audience make no call`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['US', 'NO']) assert.ok(!calls(cs, s), `${s} ${show(cs)}`);
  });
}

const CALLS: Array<[string, string, string, string | undefined]> = [
  // One co-signer alone, later: still its call.
  ['en', "The FBI and Norway's police released a joint advisory on the Vexa intrusions. The FBI director later urged businesses to report suspicious logins.", 'US', undefined],
  ['es', 'El FBI y la policía noruega publicaron un aviso conjunto sobre las intrusiones Vexa. El FBI pidió después a las empresas denunciar los accesos sospechosos.', 'US', undefined],
  // The co-signers calling on a party: a call.
  ['en', "The FBI and Norway's police released a joint advisory on the Vexa intrusions. The authoring agencies urge Russia to stop the Vexa intrusions.", 'NO', 'RU'],
  ['de', 'Das FBI und die norwegische Polizei haben eine gemeinsame Warnung zu den Vexa-Angriffen veröffentlicht. Die beiden Behörden fordern Russland auf, die Angriffe einzustellen.', 'US', 'RU'],
];

for (const [lang, body, claimant, target] of CALLS) {
  test(`${lang}: an appeal by one co-signer, or to a party, is still a call`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(calls(cs, claimant, target), show(cs));
  });
}

test('en: with no joint act told, a ministry appealing to companies still calls', () => {
  const cs = claimsOf("Norway's justice ministry urged companies to report suspicious logins to the police.", 'en');
  assert.ok(calls(cs, 'NO'), show(cs));
});
