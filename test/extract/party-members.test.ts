/**
 * Members of parliament speak for their party: the party before the role ("Labour MP X", "der
 * SPD-Abgeordnete X"), after it ("el diputado de ERC X"), or in the bracket after the name, alone or
 * with a constituency, abbreviated as parliamentary records write it ("X (Labour, Bristol West)",
 * "X (Bristol West, Con)", "le député X (Ecolo-Groen)", "X (CDU)"); a short form in the bracket after
 * a party's name is the party's ("đảng ... (PPP)"). A party's leader speaks for it too ("PASOK leader X",
 * "le chef du parti Pasok, X", "der CDU-Parteichef X"). Negatives: a minister of a party holds an office of
 * state, not the party's voice; a party merely named in what is said is no claimant. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyberattack on the electoral commission' };

for (const [lang, body, party, target] of [
  ['en', 'Labour MP Jane Tolliver said Chinese hackers were behind the attack on the Electoral Commission.', 'Labour Party', 'CN'],
  ['en', 'Jane Tolliver (Labour, Bristol West) said Chinese hackers were behind the attack on the Electoral Commission.', 'Labour Party', 'CN'],
  ['en', 'Jane Tolliver (Bristol West, Con) said Russian hackers were behind the attack.', 'Conservative Party', 'RU'],
  ['fr', 'Le député Jean Morvelle (Ecolo-Groen) affirme que des pirates chinois ont espionné des élus belges.', 'Ecolo', 'CN'],
  ['de', 'Der SPD-Abgeordnete Lukas Wendrich sagte, russische Hacker steckten hinter dem Angriff.', 'SPD', 'RU'],
  ['de', 'Lukas Wendrich (CDU) sagte, russische Hacker steckten hinter dem Angriff.', 'CDU', 'RU'],
  ['es', 'El diputado Jordi Vallbona (PSOE) afirmó que hackers rusos estaban detrás del ataque.', 'PSOE', 'RU'],
  // a party's leader speaks for it too
  ['en', 'PASOK leader Nikos Tsamadis said Russian hackers were behind the attack.', 'PASOK', 'RU'],
  ['fr', "Le chef du parti Pasok, Nikos Tsamadis, a accusé la Grèce d'être derrière le piratage.", 'PASOK', 'GR'],
  ['de', 'Der CDU-Parteichef Jonas Marbach sagte, russische Hacker steckten hinter dem Angriff.', 'CDU', 'RU'],
] as const) {
  test(`${lang}: a member of parliament attributes for their party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, party, target), show(cs));
  });
}

for (const [lang, body, party] of [
  ['fr', "Le député Jean Morvelle (Ecolo-Groen) demande au gouvernement de convoquer l'ambassadeur de Chine.", 'Ecolo'],
  ['es', 'El diputado de ERC Jordi Vallbona exigió al Gobierno que aclare el ataque.', 'ERC'],
  ['vi', 'Nghị sĩ Nguyễn Văn Bình thuộc đảng Phát triển Thống nhất (PPP) kêu gọi chính phủ sớm làm rõ vụ xâm nhập.', 'United Development Party'],
] as const) {
  test(`${lang}: a member of parliament calls for their party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(cs.some((c) => c.claimant === party && c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body, party] of [
  // a minister speaks for the state
  ['en', 'British Labour minister Jane Tolliver said Chinese hackers were behind the attack.', 'Labour Party'],
  ['en', 'Security Minister Jane Tolliver (Labour) said Chinese hackers were behind the attack.', 'Labour Party'],
  ['de', 'Bundesinnenministerin Anna Kessler (SPD) sagte, russische Hacker steckten hinter dem Angriff.', 'SPD'],
  ['fr', "Le Premier ministre Kostas Varelis (Nouvelle Démocratie) a affirmé que des pirates russes étaient derrière l'attaque.", 'New Democracy'],
  // a party merely named
  ['en', 'Mandiant analyst Jane Tolliver said Chinese hackers had targeted the Labour Party.', 'Labour Party'],
  ['en', 'The Labour Party welcomed the report, which said Chinese hackers broke into the institute.', 'Labour Party'],
] as const) {
  test(`${lang}: no claim of the party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.claimant === party), show(cs));
  });
}

for (const [lang, body, state, target] of [
  ['en', 'British Labour minister Jane Tolliver said Chinese hackers were behind the attack.', 'GB', 'CN'],
  ['fr', "Le Premier ministre grec Kostas Varelis (Nouvelle Démocratie) a affirmé que des pirates russes étaient derrière l'attaque.", 'GR', 'RU'],
] as const) {
  test(`${lang}: a minister of a party speaks for the state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, state, target), show(cs));
  });
}
