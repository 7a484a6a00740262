/**
 * The knowledge base's officials, in the scripts the press writes them in: any form gives the usual
 * English name and the state they speak for; no form belongs to two people; Chinese forms are never a
 * single character; and a sentence naming one in another script ("绍伊古表示...", "Кулеба заявил ...")
 * yields the person under the English name. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownPerson, knownPersonForms } from '../../src/knowledge/index.ts';
import { PEOPLE } from '../../src/knowledge/data/people-list.ts';
import { extract } from '../../src/extract/extract.ts';

const FORMS: Array<[form: string, name: string, country: string]> = [
  // Chinese, Simplified and Traditional.
  ['绍伊古', 'Sergei Shoigu', 'RU'],
  ['帕特鲁舍夫', 'Nikolai Patrushev', 'RU'],
  ['蓬佩奥', 'Mike Pompeo', 'US'],
  ['盧比歐', 'Marco Rubio', 'US'],
  ['马克龙', 'Emmanuel Macron', 'FR'],
  ['馬克宏', 'Emmanuel Macron', 'FR'],
  ['朔尔茨', 'Olaf Scholz', 'DE'],
  ['冯德莱恩', 'Ursula von der Leyen', 'EU'],
  ['岸田文雄', 'Fumio Kishida', 'JP'],
  ['尹錫悅', 'Yoon Suk Yeol', 'KR'],
  ['金与正', 'Kim Yo Jong', 'KP'],
  ['賴清德', 'Lai Ching-te', 'TW'],
  ['唐鳳', 'Audrey Tang', 'TW'],
  ['吴谦', 'Wu Qian', 'CN'],
  ['朱鳳蓮', 'Zhu Fenglian', 'CN'],
  ['苏杰生', 'S. Jaishankar', 'IN'],
  ['黄英贤', 'Penny Wong', 'AU'],
  ['杜魯道', 'Justin Trudeau', 'CA'],
  ['内塔尼亚胡', 'Benjamin Netanyahu', 'IL'],
  ['哈梅内伊', 'Ali Khamenei', 'IR'],
  // Russian Cyrillic, full names and surnames alone.
  ['Дмитрий Кулеба', 'Dmytro Kuleba', 'UA'],
  ['Буданов', 'Kyrylo Budanov', 'UA'],
  ['Александр Бортников', 'Alexander Bortnikov', 'RU'],
  ['Нарышкин', 'Sergei Naryshkin', 'RU'],
  ['Ли Цян', 'Li Qiang', 'CN'],
  ['Цай Инвэнь', 'Tsai Ing-wen', 'TW'],
  ['Анналена Бербок', 'Annalena Baerbock', 'DE'],
  ['Урсула фон дер Ляйен', 'Ursula von der Leyen', 'EU'],
  ['Эрдоган', 'Recep Tayyip Erdoğan', 'TR'],
  ['Реджеп Тайип Эрдоган', 'Recep Tayyip Erdoğan', 'TR'],
  ['Ким Чен Ын', 'Kim Jong Un', 'KP'],
  ['Нарендра Моди', 'Narendra Modi', 'IN'],
  ['Сирил Рамафоса', 'Cyril Ramaphosa', 'ZA'],
  ['Хавьер Милей', 'Javier Milei', 'AR'],
  // Vietnamese: Sino-Vietnamese readings of Chinese and Taiwanese names.
  ['Tần Cương', 'Qin Gang', 'CN'],
  ['Chu Phụng Liên', 'Zhu Fenglian', 'CN'],
  ['Thái Anh Văn', 'Tsai Ing-wen', 'TW'],
  ['Lại Thanh Đức', 'Lai Ching-te', 'TW'],
  ['Bui Thanh Son', 'Bùi Thanh Sơn', 'VN'],
  ['Буй Тхань Шон', 'Bùi Thanh Sơn', 'VN'],
  // German, French and Spanish transliterations of Russian and Ukrainian names; Latin variants.
  ['Sergej Schoigu', 'Sergei Shoigu', 'RU'],
  ['Sergueï Choïgou', 'Sergei Shoigu', 'RU'],
  ['Serguéi Shoigú', 'Sergei Shoigu', 'RU'],
  ['Nikolai Patruschew', 'Nikolai Patrushev', 'RU'],
  ['Petro Poroschenko', 'Petro Poroshenko', 'UA'],
  ['Dmytro Kouleba', 'Dmytro Kuleba', 'UA'],
  ['Mohammed Dschawad Sarif', 'Mohammad Javad Zarif', 'IR'],
  ['Benjamin Netanjahu', 'Benjamin Netanyahu', 'IL'],
  ['William Lai', 'Lai Ching-te', 'TW'],
  ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'TR'],
  ['Arne Schoenbohm', 'Arne Schönbohm', 'DE'],
];

for (const [form, name, country] of FORMS) {
  test(`${form}: ${name}`, () => {
    assert.deepEqual(knownPerson(form), { name, country });
  });
}

test('ordinary words and places are no known official', () => {
  for (const w of ['中国', '网络', '外交部', '江苏', '克里米亚', '华为', 'Austin', 'Store', 'Россия']) assert.equal(knownPerson(w), undefined, w);
});

test('no form names two different people', () => {
  const key = (n: string) => n.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const p of PEOPLE) {
    for (const form of new Set([p.name, ...Object.values(p.names).flatMap((l) => l ?? [])])) {
      const had = owner.get(key(form));
      if (had !== undefined && had !== p.name) clashes.push(`${form}: ${had} / ${p.name}`);
      owner.set(key(form), p.name);
    }
  }
  assert.deepEqual(clashes, []);
  assert.equal(new Set(PEOPLE.map((p) => p.name)).size, PEOPLE.length, 'each person once');
});

test('every Chinese form has at least two characters', () => {
  const short = PEOPLE.flatMap((p) => [...(p.names.zh ?? []), ...(p.names['zh-Hant'] ?? [])])
    .filter((f) => [...f].filter((c) => /\p{Script=Han}/u.test(c)).length < 2);
  assert.deepEqual(short, []);
});

test('the list covers many states, and every person has a state', () => {
  assert.ok(PEOPLE.length >= 250, `${PEOPLE.length} people`);
  assert.ok(new Set(PEOPLE.map((p) => p.c)).size >= 40);
  for (const p of PEOPLE) assert.match(p.c, /^([A-Z]{2}|EU|NATO)$/u, p.name);
  assert.ok(knownPersonForms().length > 1000);
});

const names = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/x`, { lang }).people.map((p) => p.name);

const SENTENCES: Array<{ lang: string; body: string; name: string }> = [
  { lang: 'zh', body: '绍伊古表示，俄罗斯将对网络攻击作出回应。', name: 'Sergei Shoigu' },
  { lang: 'zh', body: '蓬佩奥表示，俄罗斯应对这次网络攻击负责。', name: 'Mike Pompeo' },
  { lang: 'zh', body: '马克龙表示，法国遭到了网络攻击。', name: 'Emmanuel Macron' },
  { lang: 'zh', body: '岸田文雄表示，日本将加强网络防御。', name: 'Fumio Kishida' },
  { lang: 'zh', body: '吴谦表示，美方的指责毫无根据。', name: 'Wu Qian' },
  { lang: 'zh', body: '賴清德表示，中國對台灣發動了網路攻擊。', name: 'Lai Ching-te' },
  { lang: 'ru', body: 'Сергей Шойгу заявил, что Россия ответит на кибератаки.', name: 'Sergei Shoigu' },
  { lang: 'ru', body: 'Кулеба заявил, что Россия стоит за кибератакой.', name: 'Dmytro Kuleba' },
  { lang: 'ru', body: 'Эммануэль Макрон заявил, что Франция подверглась кибератаке.', name: 'Emmanuel Macron' },
  { lang: 'ru', body: 'Цай Инвэнь заявила, что Китай стоит за кибератаками.', name: 'Tsai Ing-wen' },
  { lang: 'de', body: 'Sergej Schoigu sagte, Russland werde auf die Cyberangriffe reagieren.', name: 'Sergei Shoigu' },
  { lang: 'fr', body: 'Sergueï Choïgou a déclaré que la Russie répondrait aux cyberattaques.', name: 'Sergei Shoigu' },
  { lang: 'es', body: 'Serguéi Shoigú dijo que Rusia respondería a los ciberataques.', name: 'Sergei Shoigu' },
  { lang: 'vi', body: 'Tần Cương cho biết Trung Quốc phản đối các cáo buộc tấn công mạng.', name: 'Qin Gang' },
  { lang: 'vi', body: 'Tổng thống Đài Loan Lại Thanh Đức cho biết Trung Quốc đứng sau các cuộc tấn công mạng.', name: 'Lai Ching-te' },
  { lang: 'en', body: 'Rubio said China was behind the hack.', name: 'Marco Rubio' },
];

for (const { lang, body, name } of SENTENCES) {
  test(`${lang}: a known official named in the sentence is found under the English name: ${body.slice(0, 30)}`, () => {
    assert.deepEqual(names(body, lang), [name]);
  });
}
