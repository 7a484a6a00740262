/**
 * What is and is not a person's name: role phrases, articles and body names are not names; transcript
 * labels with an apposition, brackets and appositions between a name and its verb, role chains, and
 * short mentions that belong to someone else's longer name. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import type { PersonHit } from '../../src/extract/types.ts';

function split(text: string): { acting: PersonHit[]; all: PersonHit[] } {
  const x = extract(text);
  return { acting: x.people, all: [...x.people, ...x.mentioned_people] };
}
const names = (ps: PersonHit[]) => ps.map((p) => p.name);

test('a capitalised run ending in a role word is the role, not a name (en, es)', () => {
  const en = split('The Deputy Foreign Minister, Tom Harlow, told parliament that the intrusion had been contained.');
  assert.ok(!names(en.all).some((n) => /Minister/u.test(n)), names(en.all).join(', '));
  assert.ok(names(en.acting).includes('Tom Harlow'));
  const es = split('El Director de Inteligencia Nacional, Luis Ferrán, afirmó que el ataque fue contenido.');
  assert.ok(!names(es.all).some((n) => /Inteligencia|Director/u.test(n)), names(es.all).join(', '));
});

test('a sentence-initial article opens a noun phrase, not a name (es, fr)', () => {
  const es = split('El Palacio Real respondió que no había recibido ninguna notificación sobre el ataque.');
  assert.deepEqual(names(es.all), []);
  const fr = split('Le Conseil Constitutionnel a répondu que la procédure restait valable.');
  assert.deepEqual(names(fr.all), []);
});

test('a role phrase never holds another person: what follows a named role holder is no name (de, en)', () => {
  const de = split('Die Angriffe seien inakzeptabel, hieß es in einer Erklärung des Außenbeauftragten Karl Brenner im Namen der Regierungen.');
  assert.ok(!names(de.all).some((n) => /Namen|Regierungen/u.test(n)), names(de.all).join(', '));
  assert.ok(names(de.all).includes('Karl Brenner'));
});

test('transcript labels "NAME, ROLE:" and "Name (bracket), apposition:" (en, fr, es)', () => {
  const en = split('Press conference, Wellington\n\nMARGARET LOWE, MINISTER FOR DIGITAL AFFAIRS: We have identified the group responsible.\n\nJOURNALIST: Is this a state operation?\n\nLOWE: We are not saying that today.\n\nKevin McAllister (Northfield, Lab), one of the members affected: "We were warned far too late."');
  assert.ok(names(en.acting).includes('Margaret Lowe'), names(en.all).join(', '));
  assert.ok(names(en.acting).includes('Kevin McAllister'), names(en.all).join(', '));
  assert.ok(!names(en.all).includes('Journalist'));
  const fr = split('Point de presse\n\nHÉLÈNE MARCHAND, PORTE-PAROLE DU MINISTÈRE : Nous condamnons cette attaque.\n\nQUESTION : Avez-vous des preuves ?');
  assert.ok(names(fr.acting).includes('Hélène Marchand'), names(fr.all).join(', '));
  const es = split('Rueda de prensa\n\nCARMEN ROJAS, MINISTRA DE DEFENSA: El ataque fue detectado a tiempo.\n\nPERIODISTA: ¿Quién está detrás?');
  assert.ok(names(es.acting).includes('Carmen Rojas'), names(es.all).join(', '));
  // A label whose apposition is no role and has no bracket before it is not a speaker label.
  const plain = split('Minutes of the meeting\n\nPeter Grant, for the second time: the list was read out.');
  assert.ok(!names(plain.acting).includes('Peter Grant'));
});

test('an apposition with a bracket, or a party bracket, between the name and its verb (en, de, fr)', () => {
  const en = split('The malware was a new variant, Arun Patel, head of the National Cyber Agency (NCA), told reporters.');
  assert.ok(names(en.acting).includes('Arun Patel'), names(en.all).join(', '));
  const de = split('Der Abgeordnete Roderich Weiland (CDU) sagte, die Angriffe seien schwerwiegend.');
  assert.ok(names(de.acting).includes('Roderich Weiland'), names(de.all).join(', '));
  const fr = split('Le député Marc Olivier (LR) a répondu que le gouvernement avait tardé.');
  assert.ok(names(fr.acting).includes('Marc Olivier'), names(fr.all).join(', '));
});

test('offices that introduce a name: US Attorney, député, đại biểu (en, fr, vi)', () => {
  const en = split('"They sought to cause maximum disruption," said US Attorney Helen Brandt.');
  assert.ok(names(en.acting).includes('Helen Brandt'), names(en.all).join(', '));
  const vi = split('Đại biểu Lê Văn Tùng (đoàn Nam Định) cho biết các cuộc tấn công đã tăng mạnh.');
  assert.ok(names(vi.acting).includes('Lê Văn Tùng'), names(vi.all).join(', '));
});

test('a role governing another role opens the role phrase (ru, fr)', () => {
  const ru = split('"Мы не имеем к этому отношения", - сказал в интервью газете пресс-секретарь президента Иван Соколов.');
  const ivan = ru.acting.find((p) => p.aliases.includes('Ivan Sokolov') || p.name === 'Ivan Sokolov' || p.name === 'Иван Соколов');
  assert.ok(ivan, ru.all.map((p) => `${p.name} [${p.role}]`).join(', '));
  assert.match(ivan!.role!, /^пресс-секретарь президента/u);
  const ru2 = split('Об этом говорится в заявлении, слова министра иностранных дел Анны Лебедевой приводит агентство.');
  assert.ok(ru2.all.some((p) => p.role?.startsWith('министра')), ru2.all.map((p) => `${p.name} [${p.role}]`).join(', '));
});

test('a family name inside another full name is no short mention of the first person (vi, en)', () => {
  const vi = split('Bộ trưởng Nguyễn Văn Bình cho biết hệ thống đã được khôi phục. Đại biểu Nguyễn Thị Lan hỏi về trách nhiệm.');
  const binh = vi.all.find((p) => p.name === 'Nguyễn Văn Bình');
  assert.ok(binh);
  assert.equal(binh!.mentions.length, 1, 'Nguyễn of Nguyễn Thị Lan is not a mention of Nguyễn Văn Bình');
  assert.ok(!binh!.aliases.includes('Nguyễn'));
  const en = split('Senator Anne Walsh said the breach was serious. Walsh Street was closed during the hearing, and Walsh later repeated it.');
  const walsh = en.all.find((p) => p.name === 'Anne Walsh');
  assert.equal(walsh?.mentions.length, 2, 'the street named Walsh is no mention of her');
});

test('zh: a body suffix or a Traditional function character after a role word starts no name', () => {
  const zs = split('总统府以书面形式回应称，相关指控毫无根据。大使馆发言人表示，中方坚决反对。');
  assert.deepEqual(names(zs.all), [], names(zs.all).join(', '));
  const zt = split('外交部發言人毛寧隨後表示，中方堅決反對。發言人並建議美方停止抹黑。');
  assert.ok(names(zt.all).includes('Mao Ning'), names(zt.all).join(', '));
  assert.ok(!names(zt.all).some((n) => /Bing|Ningsui/u.test(n)), names(zt.all).join(', '));
});

test('a statement noun before a person makes them its author, in the body (de, en, fr)', () => {
  const de = split('Die Angriffe hätten Ausfälle verursacht, hieß es in einer Erklärung des Außenbeauftragten Karl Brenner.');
  assert.ok(names(de.acting).includes('Karl Brenner'), names(de.all).join(', '));
  const en = split('The intrusion was contained, according to officials, as noted in a statement by Secretary Laura Finch.');
  assert.ok(names(en.acting).includes('Laura Finch'), names(en.all).join(', '));
  const fr = split("L'attaque a été contenue, selon une déclaration du ministre Paul Girard publiée mardi.");
  assert.ok(names(fr.acting).includes('Paul Girard'), names(fr.all).join(', '));
  // A person named after a statement noun with a clause between is not its author.
  const far = split('The statement was issued on Monday, and later Secretary Laura Finch travelled to Brussels.');
  assert.ok(!names(far.acting).includes('Laura Finch'));
});

test('zh: a dotted foreign name whose parts are all standard transcriptions takes its Latin form; an undotted one is no Chinese name', () => {
  const zs = split('英国外交部副部长约翰·史密斯表示，将对相关个人实施制裁。');
  const js = zs.all.find((p) => p.name === 'John Smith');
  assert.ok(js, zs.all.map((p) => p.name).join(', '));
  assert.deepEqual(js!.aliases, ['约翰·史密斯']);
  const zt = split('美國國務院發言人傑弗里·米勒表示，美方將採取行動。');
  assert.ok(names(zt.all).includes('Jeffrey Miller'), names(zt.all).join(', '));
  // a part the table does not know keeps the characters
  const unknown = split('英国外交部副部长约翰·乌伊表示，将对相关个人实施制裁。');
  assert.ok(names(unknown.all).includes('约翰·乌伊'), names(unknown.all).join(', '));
  const undotted = split('菲律宾总统马科斯称，政府网站遭到攻击。');
  assert.ok(!names(undotted.all).some((n) => /Ma Kesi/u.test(n)), names(undotted.all).join(', '));
});

test('a bare "Words:" line names a speaker only when the text names them again (de, en)', () => {
  const de = split('Die Forscher veröffentlichten ihren Bericht am Montag.\n\nHinweis der Redaktion: Der Hersteller hat inzwischen ein Update bereitgestellt.\n\nWeitere Meldungen: Angriffe auf Behörden | Neue Schadsoftware');
  assert.deepEqual(names(de.all), [], names(de.all).join(', '));
  const en = split('Hearing on grid security, live\n\nAlan Pierce: We saw the intruders in three utilities.\n\nQuestion from the panel about the timeline.\n\nAlan Pierce: It began in early spring.');
  assert.ok(names(en.acting).includes('Alan Pierce'), names(en.all).join(', '));
});
