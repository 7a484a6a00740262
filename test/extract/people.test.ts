import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import type { PersonHit } from '../../src/extract/types.ts';

function everyone(text: string): PersonHit[] {
  const x = extract(text);
  for (const p of [...x.people, ...x.mentioned_people]) for (const m of p.mentions) assert.ok(m.end > m.start && m.end <= text.length);
  return [...x.people, ...x.mentioned_people];
}

test('en: role before the name, apposition after it, and a later surname-only mention', () => {
  const text = 'The French foreign minister Jean Dupont said on Monday that Russia was behind the attack.\n'
    + 'Anna Keller, the spokesperson of the German interior ministry, rejected that view.\nDupont did not comment further.';
  const ppl = everyone(text);
  const dupont = ppl.find((p) => p.name === 'Jean Dupont');
  assert.ok(dupont, 'Jean Dupont found');
  assert.equal(dupont!.speaks_for, 'FR');
  assert.equal(dupont!.mentions.length, 2);
  assert.equal(text.slice(dupont!.mentions[1]!.start, dupont!.mentions[1]!.end), 'Dupont');
  const keller = ppl.find((p) => p.name === 'Anna Keller');
  assert.equal(keller?.speaks_for, 'DE');
  assert.match(keller!.role!, /spokesperson/);
});

test('vi: honorific + name with the foreign form in parentheses as alias; role + country + name', () => {
  const text = 'Ông Tập Cận (Xi Jin), người phát ngôn của Bộ Quốc phòng Trung Quốc, bác bỏ cáo buộc.\n'
    + 'Thứ trưởng Ngoại giao Mỹ Kurt Campbell cho biết Washington sẽ đáp trả.';
  const ppl = everyone(text);
  const xi = ppl.find((p) => p.name === 'Xi Jin');
  assert.deepEqual(xi?.aliases, ['Tập Cận']);
  assert.equal(xi?.speaks_for, 'CN');
  const kc = ppl.find((p) => p.name === 'Kurt Campbell');
  assert.equal(kc?.speaks_for, 'US');
});

test('zh: a name after a role word; ru: a name after a role, transliterated, surname alias', () => {
  // (A state whose officials bear Chinese names: see people-han-foreign-officials.test.ts.)
  const zh = everyone('新加坡外交部发言人李明表示，新方否认参与。李明还说，这是抹黑。');
  const li = zh.find((p) => p.name === 'Li Ming');
  assert.deepEqual(li?.aliases, ['李明'], 'pinyin name, characters as alias');
  assert.equal(li?.speaks_for, 'SG');
  assert.equal(li?.mentions.length, 2);
  const ru = everyone('Представитель Кремля Дмитрий Песков заявил, что Москва отвергает обвинения. Пескова спросили ещё раз.');
  // A known official takes the name the other languages use; the Cyrillic form stays an alias.
  const peskov = ru.find((p) => p.name === 'Dmitry Peskov');
  assert.ok(peskov, 'Peskov found');
  assert.equal(peskov!.speaks_for, 'RU');
  assert.ok(peskov!.aliases.includes('Дмитрий Песков'));
  assert.ok(peskov!.aliases.includes('Peskov'));
  assert.equal(peskov!.mentions.length, 2, 'the inflected surname is a mention');
});

test('fr: name in apposition after a role, with the state from the role phrase', () => {
  const ppl = everyone("La porte-parole de la diplomatie chinoise, Li Hua, a estimé que ces accusations étaient infondées.");
  const li = ppl.find((p) => p.name === 'Li Hua');
  assert.equal(li?.speaks_for, 'CN');
});

test('en: a role phrase of several capitalised words before a name ("Foreign Secretary Liz Truss")', () => {
  const ppl = everyone('British Foreign Secretary Liz Truss said Russia was behind the attack. Hewlett Packard Enterprise said it was hit too.');
  const truss = ppl.find((p) => p.name === 'Liz Truss');
  assert.ok(truss, JSON.stringify(ppl.map((p) => p.name)));
  assert.equal(truss.speaks_for, 'GB');
  assert.ok(!ppl.some((p) => /Hewlett|Secretary/u.test(p.name)), JSON.stringify(ppl.map((p) => p.name)));
});

test('vi: a Chinese official written in Sino-Vietnamese gets the pinyin name; a Vietnamese official keeps theirs', () => {
  const zh = everyone('Đại sứ Trung Quốc Trương Quân cho biết Bắc Kinh bác bỏ các cáo buộc.');
  const zhang = zh.find((p) => p.name === 'Zhang Jun');
  assert.ok(zhang, JSON.stringify(zh.map((p) => p.name)));
  assert.ok(zhang.aliases.includes('Trương Quân'));
  const vn = everyone('Người phát ngôn Bộ Ngoại giao Việt Nam Phạm Thu Hằng cho biết Việt Nam bác bỏ các cáo buộc.');
  assert.deepEqual(vn.map((p) => p.name), ['Phạm Thu Hằng']);
});

test('capitalised words right after "des", "für", "de", "du" name a body, not a person (de, es, fr)', () => {
  const names = (text: string, lang: string) => { const x = extract(text, { lang }); return [...x.people, ...x.mentioned_people].map((p) => p.name); };
  // The body of a role or an organisation word, then a real name after it in the same sentence.
  const de = names('Ein Sprecher des Bundesamtes Verfassungsschutz sagte, die Behörde prüfe die Angriffe. Die Ministerin Petra Albers sagte, man nehme das ernst.\n', 'de');
  assert.ok(!de.some((n) => /Bundesamtes|Verfassungsschutz/u.test(n)), de.join('|'));
  assert.ok(de.includes('Petra Albers'), de.join('|'));
  const de2 = names('Das Ministerium für Innere Sicherheit erklärt, die Angreifer kämen aus dem Ausland.\n', 'de');
  assert.ok(!de2.some((n) => /Innere Sicherheit/u.test(n)), de2.join('|'));
  const es = names('El ministro de Transformación Digital, Carlos Ruiz Ortega, dijo que los ataques continúan.\n', 'es');
  assert.ok(!es.some((n) => /Transformación/u.test(n)), es.join('|'));
  assert.ok(es.some((n) => /Carlos Ruiz/u.test(n)), es.join('|'));
  const fr = names('Le porte-parole du Service National a déclaré que les pirates étaient liés à un État.\n', 'fr');
  assert.ok(!fr.some((n) => /Service National/u.test(n)), fr.join('|'));
});

test('ru: a speaker with an imperfective past verb ("тогда заявлял", "неоднократно говорила") acts', () => {
  const acting = (text: string) => extract(text, { lang: 'ru' }).people.map((p) => p.name);
  const a = acting('Глава агентства Иван Сидоренко тогда заявлял, что хакеры атаковали сети министерства.\n');
  assert.ok(a.some((n) => /Сидоренко|Sidorenko/u.test(n)), a.join('|'));
  const b = acting('Представитель ведомства Ольга Петренко неоднократно говорила, что атаки продолжаются.\n');
  assert.ok(b.some((n) => /Петренко|Petrenko/u.test(n)), b.join('|'));
  // Named only, without a verb of speech of their own: not acting.
  const c = acting('Хакеры взломали почту министра Ивана Сидоренко.\n');
  assert.ok(!c.some((n) => /Сидоренко|Sidorenko/u.test(n)), c.join('|'));
});

test('a speaker who repeats or reiterates a position acts (en, fr, es); "repeated attacks" is no speech', () => {
  const acting = (text: string, lang: string) => extract(text, { lang }).people.map((p) => p.name);
  assert.ok(acting('Government spokesman Ivan Petrov repeated that the country had no part in the intrusion.\n', 'en').includes('Ivan Petrov'));
  assert.ok(acting('Government spokesman Ivan Petrov reiterated the denial on Monday.\n', 'en').includes('Ivan Petrov'));
  assert.ok(!acting('The repeated attacks on the ministry of Ivan Petrov worried officials.\n', 'en').includes('Ivan Petrov'));
  assert.ok(acting('Le porte-parole Marc Delorme a répété que le pays n’était pas impliqué.\n', 'fr').includes('Marc Delorme'));
  assert.ok(acting('El portavoz Luis Herrera reiteró que el país no tuvo ninguna participación.\n', 'es').some((n) => n.includes('Luis Herrera')));
  assert.ok(acting('El portavoz Luis Herrera repitió que el país no tuvo ninguna participación.\n', 'es').some((n) => n.includes('Luis Herrera')));
});

test('a known official keeps the other Latin spellings of their name as aliases (de, fr, ru, es)', () => {
  const found = (text: string, lang: string) => extract(text, { lang }).people.find((p) => p.name === 'Dmitry Peskov');
  const de = found('Kremlsprecher Dmitri Peskow sagte, Russland habe nichts mit den Angriffen zu tun.\n', 'de');
  assert.ok(de && de.aliases.includes('Dmitri Peskow') && de.aliases.includes('Dmitri Peskov'), JSON.stringify(de));
  const fr = found('Le porte-parole du Kremlin, Dmitri Peskov, assure que Moscou n’a joué aucun rôle dans ces attaques.\n', 'fr');
  assert.ok(fr && fr.aliases.includes('Dmitri Peskow'), JSON.stringify(fr));
  const ru = found('Пресс-секретарь Кремля Дмитрий Песков заявил, что Россия не причастна к атакам.\n', 'ru');
  assert.ok(ru && ru.aliases.includes('Dmitri Peskov'), JSON.stringify(ru));
  const es = found('El portavoz del Kremlin, Dimitri Peskov, declaró que Rusia no tiene nada que ver.\n', 'es');
  assert.ok(es, 'the Spanish spelling links to the known official');
});
