/**
 * Claim frames by construction, each on sentences written for it in several languages: a predicate
 * whose subject is the accused ("is behind"), an object told before its verb, an impersonal passive
 * reporting verb with the speaker after the clause, and the Spanish profile's stances.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

function claims(body: string, lang: string): ClaimCandidate[] {
  const text = `Headline\n${body}\nSource: https://example.org/story`;
  const x = extract(text, { lang });
  for (const c of x.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  return x.claims;
}

const has = (cs: ClaimCandidate[], claimant: string, stance: string, target?: string) =>
  cs.some((c) => c.claimant === claimant && c.stance === stance && (target === undefined || c.target === target));
const attributes = (cs: ClaimCandidate[], claimant: string, target: string) =>
  has(cs, claimant, 'attributes', target) || has(cs, claimant, 'accuses', target);

const BLAME: Array<[string, string, string, string]> = [
  ['en', 'Officials in Ottawa said Iran was behind the outage at the port.', 'CA', 'IR'],
  ['fr', 'Le gouvernement estonien a déclaré que la Russie était derrière cette panne.', 'EE', 'RU'],
  ['es', 'El Gobierno de Chile afirmó que Corea del Norte está detrás del robo al banco.', 'CL', 'KP'],
  ['de', 'Die polnische Regierung sagte, hinter der Störung stecke Belarus.', 'PL', 'BY'],
  ['ru', 'Правительство Литвы заявило, что за сбоем стоит Россия.', 'LT', 'RU'],
  ['vi', 'Chính phủ Philippines cho biết Trung Quốc đứng sau vụ xâm nhập.', 'PH', 'CN'],
];
for (const [lang, sentence, claimant, target] of BLAME) {
  test(`${lang}: "X is behind it" in a speaker's words is the speaker's attribution to X`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, claimant, target), JSON.stringify(cs));
  });
}

const VERB_FINAL: Array<[string, string, string[], string]> = [
  ['de', 'Norwegen und Dänemark haben Russland für die Störung der Wasserwerke verantwortlich gemacht.', ['NO', 'DK'], 'RU'],
  ['de', 'Die Niederlande hatten den Iran bereits im Frühjahr beschuldigt.', ['NL'], 'IR'],
  ['ru', 'Канада и Австралия Китай обвинили в атаке на свои сети.', ['CA', 'AU'], 'CN'],
];
for (const [lang, sentence, claimants, target] of VERB_FINAL) {
  test(`${lang}: an object told before its verb is the accused, the clause's first party the accuser`, () => {
    const cs = claims(sentence, lang);
    for (const c of claimants) assert.ok(attributes(cs, c, target), `${c} -> ${target}: ${JSON.stringify(cs)}`);
    assert.ok(!cs.some((c) => c.claimant === target), JSON.stringify(cs));
  });
}

const PASSIVE: Array<[string, string, string, string]> = [
  ['en', 'North Korea was assessed to be responsible for the theft, the Japanese police said.', 'JP', 'KP'],
  ['es', 'Rusia fue señalada como responsable del sabotaje, dijo el Gobierno de Suecia.', 'SE', 'RU'],
  ['en', 'Iran is believed to be behind the campaign, Israeli officials said on Sunday.', 'IL', 'IR'],
];
for (const [lang, sentence, claimant, target] of PASSIVE) {
  test(`${lang}: an impersonal passive report names no speaker; the trailing attribution does`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, claimant, target), JSON.stringify(cs));
    assert.ok(!cs.some((c) => c.claimant === target), JSON.stringify(cs));
  });
}

test('es: accusation, denial, warning, appeal and confirmation', () => {
  const cs = claims([
    'El Gobierno de Australia acusó a China de espiar las redes del Parlamento.',
    'Pekín rechazó las acusaciones y las calificó de infundadas.',
    'El ministro británico advirtió a Moscú de que habrá consecuencias.',
    'Francia instó a Rusia a cesar sus ataques.',
    'La empresa Telefónica confirmó que sufrió un ataque.',
  ].join('\n'), 'es');
  assert.ok(attributes(cs, 'AU', 'CN'), JSON.stringify(cs));
  assert.ok(has(cs, 'CN', 'denies'));
  assert.ok(has(cs, 'GB', 'warns', 'RU'));
  assert.ok(has(cs, 'FR', 'calls-for', 'RU'));
  assert.ok(cs.some((c) => c.stance === 'confirms'));
});

const LINKED: Array<[string, string, string, string]> = [
  ['vi', 'Cảnh sát Hàn Quốc cho biết một nhóm tin tặc có liên hệ với Triều Tiên đã đánh cắp dữ liệu của bệnh viện.', 'KR', 'KP'],
  ['en', 'Dutch officials said a crew linked to Russia had broken into the police network.', 'NL', 'RU'],
  ['es', 'La policía de Chile dijo que un grupo vinculado a Corea del Norte atacó al banco.', 'CL', 'KP'],
  ['fr', 'La police belge a indiqué que des pirates liés à la Chine avaient infiltré le ministère.', 'BE', 'CN'],
];
for (const [lang, sentence, claimant, target] of LINKED) {
  test(`${lang}: the state an actor is linked to is the accused, not a victim`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, claimant, target), JSON.stringify(cs));
  });
}

const ACTOR: Array<[string, string, string, string, string]> = [
  ['en', 'Japanese police said on Tuesday that MirrorFace had attacked dozens of research institutes.', 'JP', 'CN', 'MirrorFace'],
  ['vi', 'Hàn Quốc cho biết Kimsuky đã tấn công các viện nghiên cứu.', 'KR', 'KP', 'Kimsuky'],
  ['ru', 'Министерство Украины заявило, что Sandworm атаковала энергосети.', 'UA', 'RU', 'Sandworm Team'],
];
// The text names no state for the group: the group itself is the accused (the labelling convention), not the
// state the knowledge base ties it to (`target` is kept for the negative).
for (const [lang, sentence, claimant, target, group] of ACTOR) {
  test(`${lang}: a group said to act, no state named, is the accused itself`, () => {
    const cs = claims(sentence, lang);
    assert.ok(!cs.some((x) => x.claimant === claimant && x.target === target), JSON.stringify(cs));
    const c = cs.find((x) => x.claimant === claimant && x.target === group);
    assert.ok(c, JSON.stringify(cs));
    assert.ok(c!.about.includes(group), JSON.stringify(c));
  });
}
