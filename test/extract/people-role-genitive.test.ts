/**
 * Role phrases that introduce any name: a capitalised run inside a known body's name after a role word
 * is the body, the name follows it (vi); chairs, members and representatives are roles (ru, zh, fr);
 * a Russian name in apposition to a role word in the genitive is given in the nominative; a source
 * marker ("according to", "selon", "по словам") may stand before the person's own role phrase.
 * Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const doc = (body: string, lang: string) => extract(`Title\n${body}\nSource: https://example.test/a`, { lang });
const acting = (body: string, lang: string) => doc(body, lang).people;
const everyone = (body: string, lang: string) => { const x = doc(body, lang); return [...x.people, ...x.mentioned_people]; };
const has = (ps: { name: string; aliases: string[] }[], n: string) => ps.some((p) => p.name === n || p.aliases.includes(n));

test('vi: a run inside a known body after the role word is the body; the name after it is the person', () => {
  const ps = acting('Giám đốc Cục Điều tra Liên bang Mark Holloway hôm thứ Tư cho biết nhóm tin tặc đã bị ngăn chặn.', 'vi');
  assert.ok(has(ps, 'Mark Holloway'), JSON.stringify(ps));
});

const ROLES: Array<[string, string, string]> = [
  ['ru', 'Заместитель председателя комиссии Олег Смирнов рассказал, что атаки были отражены.', 'Олег Смирнов'],
  ['zh', '立法会议员李华明表示，这次网络攻击十分严重。', 'Li Huaming'],
  ['zh', '立法院院長游明德表示，這次網路攻擊十分嚴重。', 'You Mingde'],
  ['fr', 'Le haut représentant Marco Bellini a condamné l\'attaque contre les réseaux.', 'Marco Bellini'],
];
for (const [lang, body, name] of ROLES) {
  test(`${lang}: a chair, a member or a representative introduces the name after it`, () => {
    const ps = everyone(body, lang);
    assert.ok(has(ps, name), JSON.stringify(ps.map((p) => [p.name, p.aliases])));
  });
}

test('ru: a name after a role word in the genitive is given in the nominative', () => {
  const a = everyone('«Атака была отражена», — приводит ведомство слова министра обороны Ивана Петрова.', 'ru');
  assert.ok(has(a, 'Иван Петров'), JSON.stringify(a));
  assert.ok(has(a, 'Ivan Petrov'), JSON.stringify(a));
  const b = everyone('Об этом говорится в заявлении официального представителя ведомства Анны Соколовой.', 'ru');
  assert.ok(has(b, 'Анна Соколова'), JSON.stringify(b));
  // a name that is not declined after the role word stays as written
  const c = everyone('По словам заместителя министра Виктор Жора, атака отражена.', 'ru');
  assert.ok(!has(c, 'Виктор Жор'), JSON.stringify(c));
  const d = everyone('Министр обороны Мария Иванова заявила, что атака отражена.', 'ru');
  assert.ok(has(d, 'Мария Иванова'), JSON.stringify(d));
});

const SOURCE: Array<[string, string, string]> = [
  ['en', 'According to the deputy minister of defence Paul Hardy, the intrusion was contained within hours.', 'Paul Hardy'],
  ['fr', 'Selon le ministre de la Défense Marc Lefort, l\'intrusion a été contenue en quelques heures.', 'Marc Lefort'],
  ['es', 'Según el ministro de Defensa Jorge Salinas, la intrusión fue contenida en pocas horas.', 'Jorge Salinas'],
  ['ru', 'По словам заместителя министра обороны Ивана Петрова, атака была отражена за несколько часов.', 'Иван Петров'],
];
for (const [lang, body, name] of SOURCE) {
  test(`${lang}: a source marker before the person's own role phrase makes them a speaker`, () => {
    const ps = acting(body, lang);
    assert.ok(has(ps, name), JSON.stringify(doc(body, lang).mentioned_people));
  });
}
