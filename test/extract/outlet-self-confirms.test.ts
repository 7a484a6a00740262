/**
 * A news outlet the text cites reports the story: a later confirmation by others ("They later confirmed ...",
 * "Später räumten sie ein ...", "Sau đó họ thừa nhận ...", "Позже они признали ...") is no confirmation that
 * the outlet itself was hit, nor is a hit on another that the outlet is cited for ("..., according to Reuters",
 * "..., theo hãng tin Reuters"). An outlet named in its own confirmation ("Reuters confirmed its website had been
 * defaced") still confirms. Names of the victims invented for these tests; the outlets are real agencies.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const selfHit = (cs: ReturnType<typeof claimsOf>, outlet: string) => cs.some((c) => c.claimant === outlet && c.stance === 'confirms' && c.target === outlet);

for (const [lang, body, outlet] of [
  ['en', "Iran was behind the hacking of the Velmora assembly's mail server, Reuters reported on Friday. They later confirmed that fewer than 50 accounts had been compromised.", 'Reuters'],
  ['de', 'Laut Spiegel steckt Russland hinter dem Angriff. Später räumten sie ein, dass rund 40 Konten kompromittiert worden seien.', 'Der Spiegel'],
  ['vi', 'Theo Reuters, tin tặc Nga đứng sau vụ tấn công vào hội đồng thành phố Velmora. Sau đó họ thừa nhận khoảng 40 tài khoản đã bị xâm nhập.', 'Reuters'],
  ['ru', 'По данным Reuters, за атакой на городской совет стоят российские хакеры. Позже они признали, что около 40 учетных записей были взломаны.', 'Reuters'],
  ['vi', 'Máy chủ của hội đồng thành phố Velmora đã bị xâm nhập trong đợt tấn công lớn mà Nga bị nghi là thủ phạm, theo hãng tin Reuters.', 'Reuters'],
  ['en', "The Velmora council's servers were breached in an attack blamed on Russia, according to Reuters.", 'Reuters'],
] as const) {
  test(`${lang}: an outlet cited as the source confirms no hit on itself: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Mail server of a city council hacked' });
    assert.ok(!selfHit(cs, outlet), show(cs));
    assert.ok(cs.some((c) => c.claimant === outlet && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}

for (const [lang, body, outlet] of [
  ['en', 'Reuters confirmed on Friday that its own website had been defaced by the hackers.', 'Reuters'],
  ['fr', 'Le Monde a reconnu que son site avait été piraté.', 'Le Monde'],
] as const) {
  test(`${lang}: an outlet named in its own confirmation still confirms (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'News site hacked' });
    assert.ok(selfHit(cs, outlet), show(cs));
  });
}
