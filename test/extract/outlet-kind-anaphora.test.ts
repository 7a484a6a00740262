/**
 * A news outlet referred to by its kind after it was named ("the newspaper", "le quotidien", "l'hebdomadaire",
 * "die Zeitung", "das Magazin", "el diario", "издание", "tờ báo này", "该报") is that outlet: what "the newspaper
 * says" is the outlet's claim, not the claim of the last speaker nor of a company named last. An outlet the text
 * introduced with the same noun comes first ("die Zeitung X und der Sender Y ... so die Zeitung" is X). With no
 * outlet named before, the kind noun speaks for no one. Negatives: the outlet as the audience ("told the
 * newspaper", "sagte der Zeitung"), and as the one attacked. Sentences and companies written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show, attributes } from '../helpers/claim-sentences.ts';

const NEWS = new Set(['The Globe and Mail', 'Süddeutsche Zeitung', 'Le Monde']);

for (const [lang, body, outlet, target] of [
  ['en', 'The Globe and Mail obtained internal memos from the ministry last week. The newspaper said Iranian hackers had broken into its mail servers.', 'The Globe and Mail', 'IR'],
  ['fr', 'Le Figaro a consulté des documents internes du ministère. Le quotidien affirme que des pirates chinois sont à l\'origine de l\'intrusion.', 'Le Figaro', 'CN'],
  ['fr', 'Les premières révélations ont paru dans Le Point en mars. L\'hebdomadaire affirme que des pirates russes sont à l\'origine de l\'opération.', 'Le Point', 'RU'],
  ['de', 'Die Süddeutsche Zeitung hat interne Unterlagen der Firma Talvero ausgewertet. Hinter dem Einbruch, so die Zeitung, steckten chinesische Hacker.', 'Süddeutsche Zeitung', 'CN'],
  ['de', 'Die Recherche stammt von der Zeitung „Handelsblatt“ und dem Sender NDR. Das Unternehmen Talvero äußerte sich nicht. Die Zeitung berichtet, russische Hacker hätten hinter dem Angriff gesteckt.', 'Handelsblatt', 'RU'],
  ['es', 'El País tuvo acceso a un expediente interno de la compañía Talvero. El diario asegura que piratas informáticos rusos estaban detrás del ataque.', 'El País', 'RU'],
  ['ru', 'Газета «Коммерсантъ» ознакомилась с материалами проверки в компании «Талверо». Издание утверждает, что за атакой стоят китайские хакеры.', 'Kommersant', 'CN'],
  ['vi', 'Báo Tuổi Trẻ đã tiếp cận tài liệu nội bộ của công ty Talvero. Tờ báo này cho biết tin tặc Trung Quốc đứng sau vụ tấn công.', 'Tuoi Tre', 'CN'],
  ['zh', '《朝日新闻》获得了塔尔维罗公司的内部文件。该报称，这次攻击是朝鲜黑客所为。', 'Asahi Shimbun', 'KP'],
] as const) {
  test(`${lang}: an outlet by its kind is the outlet named before: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a supplier' });
    assert.ok(attributes(cs, outlet, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Talvero'), show(cs));
  });
}

test('en: the news agency confirming a hit on its own account is the agency', () => {
  const cs = claimsOf('Intruders seized a Reuters account on Tuesday. The news agency later confirmed the hijacking of its feed.', 'en', { title: 'Account hijacked' });
  assert.ok(cs.some((c) => c.claimant === 'Reuters' && c.stance === 'confirms' && c.target === 'Reuters'), show(cs));
});

for (const [lang, body] of [
  ['en', 'Prague blamed an unnamed state for the outage on Monday. The newspaper said Iranian hackers had broken into the ministry servers.'],
  ['fr', 'Le gouvernement tchèque a dénoncé lundi une attaque. Le quotidien affirme que des pirates chinois sont à l\'origine de l\'intrusion.'],
  ['de', 'Die Regierung in Prag sprach am Montag von einem Angriff. Hinter dem Einbruch, so die Zeitung, steckten chinesische Hacker.'],
  ['es', 'El Gobierno checo denunció el lunes un ataque. El diario asegura que piratas informáticos rusos estaban detrás del ataque.'],
] as const) {
  test(`${lang}: a kind noun with no outlet named before speaks for no one (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a ministry' });
    assert.ok(!cs.some((c) => c.claimant === 'CZ' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target !== 'CZ'), show(cs));
  });
}

for (const [lang, body, speaker, target] of [
  ['en', 'The Globe and Mail published the story on Monday. Canadian officials told the newspaper that Russian hackers were behind the breach.', 'CA', 'RU'],
  ['de', 'Die Süddeutsche Zeitung berichtete am Montag über den Fall. Ein Sprecher der Bundesregierung sagte der Zeitung, russische Hacker steckten hinter dem Angriff.', 'DE', 'RU'],
] as const) {
  test(`${lang}: an official telling the newspaper speaks, not the newspaper (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a ministry' });
    assert.ok(!cs.some((c) => NEWS.has(c.claimant) && c.target === target), show(cs));
    assert.ok(attributes(cs, speaker, target), show(cs));
  });
}

for (const [lang, body] of [
  ['fr', 'Le Monde a été visé mardi par une attaque. Le quotidien a été paralysé par des pirates russes pendant deux jours.'],
  ['en', 'The Globe and Mail was hit by an attack on Tuesday. The newspaper was knocked offline by Russian hackers for two days.'],
] as const) {
  test(`${lang}: the outlet attacked accuses no one (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Attack on a newspaper' });
    assert.ok(!cs.some((c) => NEWS.has(c.claimant) && c.target === 'RU'), show(cs));
  });
}
