/**
 * A description of a threat group set off by a comma after its name that tells of another party's
 * accusation ("X, a group that prosecutors in Y indicted", "X, que Y a sanctionné", "X, einer
 * Gruppe, die Y angeklagt hat", "X, một nhóm từng bị Y truy tố", "X，该组织曾被Y起诉"): Y is the accuser
 * of its own background claim, never the target of the sentence's claim nor an accuser of its subject.
 * A state that the description ties the group to ("a Russia-linked group", "a group it says works for
 * Russia") is still the target. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance === 'accuses' ? 'attributes' : c.stance} ${c.target ?? '-'}`);

/** No claim by the vendor against the accuser of the description, nor by the accuser against the vendor. */
function noCrossClaim(list: string[], vendor: string, accuser: string): void {
  assert.ok(!list.some((c) => c.startsWith(`${vendor} `) && c.endsWith(` ${accuser}`)), `${vendor} -> ${accuser}: ${JSON.stringify(list)}`);
  assert.ok(!list.some((c) => c.startsWith(`${accuser} `) && c.endsWith(` ${vendor}`)), `${accuser} -> ${vendor}: ${JSON.stringify(list)}`);
}

test('the accuser in a description of the group is not the target of the vendor attribution (en, fr, de, es, ru, vi)', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'ESET linked the spear-phishing wave to Turla, a group that was indicted by Canadian prosecutors in 2021.', 'CA'],
    ['en', 'Kaspersky attributed the espionage campaign to Gamaredon, which Australian authorities sanctioned last spring.', 'AU'],
    ['fr', "ESET a attribué la vague d'hameçonnage à Turla, un groupe qui a été inculpé par la justice canadienne.", 'CA'],
    ['fr', "ESET a attribué l'intrusion à Turla, que l'Australie a sanctionné au printemps.", 'AU'],
    ['de', 'ESET schrieb die Phishing-Welle Turla zu, einer Gruppe, die von der kanadischen Justiz angeklagt wurde.', 'CA'],
    ['es', 'ESET atribuyó la oleada de phishing a Turla, un grupo al que Canadá acusa de espionaje.', 'CA'],
    ['ru', 'ESET приписала волну фишинга группировке Turla, которую канадские прокуроры обвинили в шпионаже.', 'CA'],
    ['vi', 'ESET quy trách nhiệm cho nhóm Turla, nhóm mà Canada đã cáo buộc hoạt động gián điệp.', 'CA'],
  ];
  for (const [lang, body, accuser] of cases) {
    const list = claims(body, lang);
    noCrossClaim(list, 'ESET', accuser);
    noCrossClaim(list, 'Kaspersky', accuser);
    // The vendor's own attribution survives, aimed at the group or the state behind it.
    assert.ok(list.some((c) => /^(?:ESET|Kaspersky) attributes (?!CA|AU)/u.test(c)), `${lang}: ${body} ${JSON.stringify(list)}`);
  }
});

test('the speaker of the sentence does not make the accusation a description of the group tells (vi, zh)', () => {
  const vi = claims('ESET cho rằng vụ xâm nhập do nhóm Turla thực hiện, một nhóm từng bị Canada trừng phạt.', 'vi');
  noCrossClaim(vi, 'ESET', 'CA');
  assert.ok(vi.some((c) => c.startsWith('ESET attributes')), JSON.stringify(vi));
  const zh = claims('ESET将此次攻击归咎于Turla，加拿大曾指控该组织从事间谍活动。', 'zh');
  noCrossClaim(zh, 'ESET', 'CA');
});

test('a state the description ties the group to is still the target (negative cases: en, fr)', () => {
  assert.ok(claims('ESET linked the phishing wave to Turla, a Russia-linked group.', 'en').includes('ESET attributes RU'));
  assert.ok(claims('Canada attributed the intrusion to Turla, a hacking group it says works for Russia.', 'en').includes('CA attributes RU'));
  assert.ok(claims('Le Canada a attribué l’intrusion à Turla, un groupe lié à la Russie.', 'fr').includes('CA attributes RU'));
});

test('a denial told in a description of the group is the denier\'s, not the vendor\'s (en, fr, es, ru, vi)', () => {
  const cases: Array<[string, string]> = [
    ['en', 'Microsoft linked the phishing wave to APT28, a unit that Moscow denies controlling.'],
    ['fr', "Microsoft a attribué la vague d'hameçonnage à APT28, un groupe que Moscou nie contrôler."],
    ['es', 'Microsoft atribuyó la oleada de phishing a APT28, un grupo que Moscú niega controlar.'],
    ['ru', 'Microsoft приписала волну фишинга группировке APT28, причастность к которой Москва отрицает.'],
    ['vi', 'Microsoft quy trách nhiệm cho nhóm APT28, nhóm mà Moscow phủ nhận có liên quan.'],
  ];
  for (const [lang, body] of cases) {
    const list = claims(body, lang);
    assert.ok(!list.some((c) => c.startsWith('Microsoft denies')), `${lang}: ${JSON.stringify(list)}`);
    assert.ok(list.includes('RU denies RU'), `${lang}: ${JSON.stringify(list)}`);
    // The vendor's attribution next to it survives.
    assert.ok(list.includes('Microsoft attributes RU'), `${lang}: ${JSON.stringify(list)}`);
  }
});
