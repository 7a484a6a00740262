/**
 * A state named where a threat group acted is no state it is attributed to, even with a speaker: after a
 * locative, once the reported words name the group ("ESET said it observed X's activity in Laos"), the
 * state is where the group was seen (reported-act.ts). A state joined in a list to the place of the victims
 * ("victims ... in Laos and Cambodia") is a place of the victims too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const targets = (body: string, lang: string) => claimsOf(body, lang).filter((c) => c.stance === 'attributes' || c.stance === 'accuses').map((c) => c.target);

test('a state after a locative where a named group acted is not the accused (speaker named)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['en', 'ESET said it had observed activity of Mustang Panda in Thailand and Malaysia.', ['TH', 'MY']],
    ['fr', "ESET affirme avoir repéré l'activité de Mustang Panda au Laos et au Cambodge.", ['LA', 'KH']],
    ['es', 'ESET afirmó haber detectado la actividad de Mustang Panda en Laos y Camboya.', ['LA', 'KH']],
    ['de', 'ESET erklärte, man habe Aktivitäten von Mustang Panda in Laos und Kambodscha beobachtet.', ['LA', 'KH']],
    ['vi', 'ESET cho biết đã ghi nhận hoạt động của Mustang Panda tại Lào và Campuchia.', ['LA', 'KH']],
    ['ru', 'ESET сообщила, что наблюдала активность Mustang Panda в Лаосе и Камбодже.', ['LA', 'KH']],
  ];
  for (const [lang, body, places] of cases) {
    const cs = claimsOf(body, lang);
    const ts = targets(body, lang);
    for (const p of places) assert.ok(!ts.includes(p), `${lang}: ${p} is where the group acted: ${show(cs)}`);
  }
});

test('the state tied to the acting group by a marker is still the accused', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'ESET said Mustang Panda, a group linked to China, had attacked ministries in Laos.', 'CN'],
    ['fr', 'Selon ESET, des pirates russes ont attaqué des ministères au Laos.', 'RU'],
    ['es', 'Según ESET, hackers rusos atacaron ministerios en Laos.', 'RU'],
  ];
  for (const [lang, body, state] of cases) {
    const cs = claimsOf(body, lang);
    assert.ok(targets(body, lang).includes(state), `${lang}: ${state} is the accused: ${show(cs)}`);
  }
});

test('a state joined in a list to the place of the victims is a place of the victims', () => {
  const cases: Array<[string, string, string[]]> = [
    ['vi', 'Theo ESET, nạn nhân gồm nhiều bộ ngành tại Lào và Campuchia.', ['LA', 'KH']],
  ];
  for (const [lang, body, places] of cases) {
    const cs = claimsOf(body, lang);
    const ts = targets(body, lang);
    for (const p of places) assert.ok(!ts.includes(p), `${lang}: ${p} is where the victims are: ${show(cs)}`);
  }
});
